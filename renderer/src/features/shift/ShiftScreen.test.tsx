import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CurrentShift, ShiftView } from '../../../../shared/contract/shiftViews';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { useStaffDirectoryStore } from '../clients/store';
import { fail, ok, sessionAs } from '../clients/fixtures';
import { current, directory, entry, logOf, MIN, openShift, shiftView, T0 } from './fixtures';
import { useShiftLogStore } from './logStore';
import { ShiftScreen } from './ShiftScreen';
import { useShiftStore } from './shiftStore';

const sent = (calls: { channel: string; input: unknown }[], channel: string) =>
  calls.filter((c) => c.channel === channel).map((c) => c.input);

const me = sessionAs('receptionist');

/** main answering with a shift that the test changes as it goes. */
function desk(initial: Partial<CurrentShift>, extra: Record<string, unknown> = {}) {
  const state = { now: current(initial) };
  const withShift = (shift: ShiftView) => {
    state.now = { ...state.now, shift };
    return ok(shift);
  };
  const calls = fakeBridge({
    'shifts.current': () => ok(state.now),
    'shiftLog.list': ok(logOf([])),
    'staff.directory': ok(directory),
    ...extra,
  });
  return { calls, state, withShift };
}

beforeAll(() => {
  // jsdom has no FontFaceSet; Mantine's autosizing text areas listen to it.
  if (!('fonts' in document))
    Object.defineProperty(document, 'fonts', {
      value: { addEventListener: () => {}, removeEventListener: () => {} },
    });
});

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useShiftStore.setState({ current: null, last: null, error: null, reminderDismissedFor: null });
  useShiftLogStore.setState({ log: null, error: null });
  useStaffDirectoryStore.setState({ entries: [] });
  window.location.hash = '#/shift';
});

describe('ShiftScreen: opening a shift', () => {
  it('opens the suggested shift with the float typed in yuan, sent in cents', async () => {
    const { calls, withShift } = desk({}, { 'shifts.open': () => withShift(shiftView()) });
    renderWithMantine(<ShiftScreen session={me} />);
    const float = (await screen.findByTestId('shift-open-float')) as HTMLInputElement;
    expect(float.value).toBe('500.00');
    expect((screen.getByTestId('shift-open-template') as HTMLInputElement).value).toBe(
      '早班  09:30–16:00',
    );
    fireEvent.change(float, { target: { value: '823.5' } });
    fireEvent.click(screen.getByTestId('shift-open-submit'));
    await screen.findByTestId('shift-header');
    expect(sent(calls, 'shifts.open')).toEqual([
      { templateId: 'tpl-early', openingFloatCents: 82_350 },
    ]);
    expect(screen.getByTestId('shift-status').textContent).toBe('Opening');
  });

  it('refuses to open with a float that is not an amount', async () => {
    const { calls } = desk({});
    renderWithMantine(<ShiftScreen session={me} />);
    fireEvent.change(await screen.findByTestId('shift-open-float'), {
      target: { value: '12.345' },
    });
    expect(screen.getByTestId('shift-open-submit').hasAttribute('disabled')).toBe(true);
    expect(screen.getByText('An amount such as 500 or 500.00')).toBeTruthy();
    expect(sent(calls, 'shifts.open')).toEqual([]);
  });

  it('puts the previous shift waiting for its signature first, with the way to receive it', async () => {
    desk({
      awaitingHandover: {
        shiftId: 'shift-0',
        handoverId: 'ho-0',
        name: '晚班',
        outgoingName: '李娜',
      },
    });
    renderWithMantine(<ShiftScreen session={me} />);
    const alert = await screen.findByTestId('shift-awaiting');
    expect(alert.textContent).toContain(
      'The previous shift (晚班, handed over by 李娜) waits for your signature',
    );
    fireEvent.click(within(alert).getByTestId('shift-awaiting-receive'));
    expect(window.location.hash).toBe('#/handover/ho-0');
  });
});

describe('ShiftScreen: the opening', () => {
  it('keeps Start disabled until main says the opening is complete; ticks and reads send their calls', async () => {
    const { calls, state, withShift } = desk(
      { shift: shiftView() },
      {
        'shifts.check': (input: unknown) => {
          const { itemId, done } = input as { itemId: string; done: boolean };
          const s = state.now.shift!;
          return withShift({
            ...s,
            checks: s.checks.map((c) =>
              c.itemId === itemId
                ? { ...c, doneAt: done ? T0 + 20 * MIN : null, doneByName: '王芳' }
                : c,
            ),
          });
        },
        'shifts.acknowledge': (input: unknown) => {
          const { refId } = input as { refId: string };
          const s = state.now.shift!;
          const acks = s.acks.map((a) =>
            a.refId === refId ? { ...a, ackedAt: T0 + 21 * MIN } : a,
          );
          return withShift({ ...s, acks, canStart: acks.every((a) => a.ackedAt !== null) });
        },
        'shifts.start': () => withShift(openShift()),
      },
    );
    renderWithMantine(<ShiftScreen session={me} />);
    const start = await screen.findByTestId('shift-start');
    expect(start.hasAttribute('disabled')).toBe(true);
    expect(screen.getByTestId('shift-start-hint').textContent).toBe(
      'Still open: 1 checklist item, 2 to read.',
    );

    const lights = screen
      .getAllByTestId('shift-check')
      .find((c) => c.getAttribute('data-item') === 'chk-lights')!;
    fireEvent.click(
      within(lights.closest('.mantine-Checkbox-root') as HTMLElement).getByRole('checkbox'),
    );
    await screen.findByText('✓ 王芳, 09:50');
    expect(sent(calls, 'shifts.check')).toEqual([
      { shiftId: 'shift-1', itemId: 'chk-lights', done: true },
    ]);

    const acks = screen.getAllByTestId('shift-ack');
    expect(acks[0]!.textContent).toContain('跑步机 3 号皮带打滑，已报修。');
    fireEvent.click(within(acks[0]!).getByTestId('shift-ack-read'));
    await waitFor(() => expect(within(acks[0]!).queryByTestId('shift-ack-done')).toBeTruthy());
    expect(start.hasAttribute('disabled')).toBe(true);
    fireEvent.click(within(acks[1]!).getByTestId('shift-ack-read'));
    await waitFor(() =>
      expect(screen.getByTestId('shift-start').hasAttribute('disabled')).toBe(false),
    );
    expect(sent(calls, 'shifts.acknowledge')).toEqual([
      { shiftId: 'shift-1', kind: 'handover', refId: 'ho-prev' },
      { shiftId: 'shift-1', kind: 'message', refId: 'msg-1' },
    ]);

    fireEvent.click(screen.getByTestId('shift-start'));
    await waitFor(() => expect(screen.getByTestId('shift-status').textContent).toBe('At work'));
    expect(sent(calls, 'shifts.start')).toEqual([{ shiftId: 'shift-1' }]);
    expect(screen.queryByTestId('shift-start')).toBeNull();
    expect(screen.getByTestId('shift-checklist-closing')).toBeTruthy();
  });

  it('shows main’s refusal to start', async () => {
    desk(
      { shift: shiftView({ canStart: true }) },
      { 'shifts.start': fail({ code: 'CONFLICT', reason: 'shifts.openingIncomplete' }) },
    );
    renderWithMantine(<ShiftScreen session={me} />);
    fireEvent.click(await screen.findByTestId('shift-start'));
    expect(
      await screen.findByText(
        'The opening is not complete: tick every opening item and read everything first.',
      ),
    ).toBeTruthy();
  });

  it('sends the incoming side to receive a handover still waiting, instead of “read”', async () => {
    const waiting = shiftView().acks.map((a) =>
      a.kind === 'handover' ? { ...a, awaitingIncoming: true } : a,
    );
    desk({ shift: shiftView({ acks: waiting }) });
    renderWithMantine(<ShiftScreen session={me} />);
    const [handover] = await screen.findAllByTestId('shift-ack');
    expect(within(handover!).queryByTestId('shift-ack-read')).toBeNull();
    expect(handover!.textContent).toContain('Not received yet');
    fireEvent.click(within(handover!).getByTestId('shift-ack-receive'));
    expect(window.location.hash).toBe('#/handover/ho-prev');
  });

  it('lists who is on duty with late and not-rostered marks, and clocks in a colleague with their PIN', async () => {
    const { calls, state, withShift } = desk(
      { shift: shiftView() },
      {
        'shifts.clockIn': () =>
          withShift({
            ...state.now.shift!,
            staff: [
              ...state.now.shift!.staff,
              {
                staffId: 'staff-duty',
                displayName: '周强',
                role: 'dutyManager',
                clockInAt: T0 + 25 * MIN,
                lateMinutes: 0,
                rostered: false,
                clockOutAt: null,
              },
            ],
          }),
      },
    );
    useUiStore.setState({ language: 'zh-CN' });
    renderWithMantine(<ShiftScreen session={me} />);
    const [wang] = await screen.findAllByTestId('shift-staff-row');
    expect(within(wang!).getByTestId('shift-staff-late').textContent).toBe('迟到 2 分钟');

    fireEvent.change(screen.getByTestId('shift-clock-user'), { target: { value: ' zhouqiang ' } });
    fireEvent.change(screen.getByTestId('shift-clock-pin'), { target: { value: '2468' } });
    fireEvent.click(screen.getByTestId('shift-clock-in'));
    await waitFor(() => expect(screen.getAllByTestId('shift-staff-row')).toHaveLength(2));
    expect(sent(calls, 'shifts.clockIn')).toEqual([
      { shiftId: 'shift-1', username: 'zhouqiang', pin: '2468' },
    ]);
    const zhou = screen.getAllByTestId('shift-staff-row')[1]!;
    expect(within(zhou).getByTestId('shift-staff-unrostered').textContent).toBe('未排班');
    expect((screen.getByTestId('shift-clock-pin') as HTMLInputElement).value).toBe('');
  });
});

describe('ShiftScreen: the shift log', () => {
  it('adds an entry with a follow-up: owner and due time go to main', async () => {
    const { calls } = desk(
      { shift: openShift() },
      { 'shiftLog.add': () => ok(entry()), 'shiftLog.list': ok(logOf([])) },
    );
    renderWithMantine(<ShiftScreen session={me} />);
    await screen.findByTestId('shift-log-form');
    await waitFor(() => expect(useStaffDirectoryStore.getState().entries).toHaveLength(3));

    fireEvent.click(screen.getByLabelText('Maintenance'));
    fireEvent.change(screen.getByTestId('shift-log-body'), {
      target: { value: ' 3 号跑步机皮带打滑 ' },
    });
    fireEvent.click(screen.getByTestId('shift-log-followup'));
    const owner = screen.getByTestId('shift-log-owner') as HTMLInputElement;
    expect(owner.value).toBe('王芳');
    fireEvent.click(owner);
    fireEvent.click(await screen.findByRole('option', { name: '周强' }));
    fireEvent.change(screen.getByTestId('shift-log-due'), {
      target: { value: '2025-06-02T15:30' },
    });
    fireEvent.click(screen.getByTestId('shift-log-add'));

    await waitFor(() => expect(sent(calls, 'shiftLog.add')).toHaveLength(1));
    expect(sent(calls, 'shiftLog.add')[0]).toEqual({
      category: 'maintenance',
      body: '3 号跑步机皮带打滑',
      followUp: { ownerId: 'staff-duty', dueAt: new Date(2025, 5, 2, 15, 30).getTime() },
    });
    await waitFor(() =>
      expect((screen.getByTestId('shift-log-body') as HTMLTextAreaElement).value).toBe(''),
    );
  });

  it('marks the owner main refused (made inactive since the list loaded), and no bare alert', async () => {
    desk(
      { shift: openShift() },
      {
        'shiftLog.add': fail({
          code: 'VALIDATION',
          message: 'invalid input',
          reason: 'shiftLog.unknownOwner',
          fields: { 'followUp.ownerId': 'not an active staff member' },
        }),
      },
    );
    renderWithMantine(<ShiftScreen session={me} />);
    await screen.findByTestId('shift-log-form');
    await waitFor(() => expect(useStaffDirectoryStore.getState().entries).toHaveLength(3));
    fireEvent.change(screen.getByTestId('shift-log-body'), { target: { value: '回电刘女士' } });
    fireEvent.click(screen.getByTestId('shift-log-followup'));
    fireEvent.click(screen.getByTestId('shift-log-add'));
    const owner = screen.getByTestId('shift-log-owner');
    await waitFor(() => expect(owner.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByTestId('shift-log-form').textContent).toContain(
      'The owner must be an active staff member.',
    );
    expect(screen.queryByText(/check the marked fields/i)).toBeNull();
  });

  it('marks a due time main refused as out of range', async () => {
    desk(
      { shift: openShift() },
      {
        'shiftLog.add': fail({
          code: 'VALIDATION',
          message: 'invalid input',
          fields: { 'followUp.dueAt': 'Too big' },
        }),
      },
    );
    renderWithMantine(<ShiftScreen session={me} />);
    await screen.findByTestId('shift-log-form');
    fireEvent.change(screen.getByTestId('shift-log-body'), { target: { value: '回电刘女士' } });
    fireEvent.click(screen.getByTestId('shift-log-followup'));
    fireEvent.change(screen.getByTestId('shift-log-due'), {
      target: { value: '2025-06-02T15:30' },
    });
    fireEvent.click(screen.getByTestId('shift-log-add'));
    const due = screen.getByTestId('shift-log-due');
    await waitFor(() => expect(due.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.queryByText(/check the marked fields/i)).toBeNull();
  });

  it('adds a plain entry with Ctrl+Enter and no follow-up', async () => {
    const { calls } = desk({ shift: openShift() }, { 'shiftLog.add': () => ok(entry()) });
    renderWithMantine(<ShiftScreen session={me} />);
    const body = await screen.findByTestId('shift-log-body');
    fireEvent.change(body, { target: { value: '贵宾刘女士到店' } });
    fireEvent.keyDown(body, { key: 'Enter', ctrlKey: true });
    await waitFor(() =>
      expect(sent(calls, 'shiftLog.add')).toEqual([
        { category: 'general', body: '贵宾刘女士到店' },
      ]),
    );
  });

  it('offers Edit only on one’s own unlocked entries; others are corrected with a linked entry', async () => {
    const mine = entry({ id: 'e-mine', body: '我的记录' });
    const theirs = entry({
      id: 'e-theirs',
      byStaff: 'staff-li',
      byName: '李娜',
      body: '李娜的记录',
    });
    const locked = entry({
      id: 'e-locked',
      shiftName: '晚班',
      locked: true,
      body: '昨晚的跟进',
      at: T0 - 14 * 60 * MIN,
      carriedShifts: 2,
      followUp: {
        ownerId: 'staff-receptionist',
        ownerName: '王芳',
        dueAt: T0 - 60 * MIN,
        overdue: true,
        doneAt: null,
        doneBy: null,
        doneByName: null,
        doneNote: null,
      },
    });
    const { calls } = desk(
      { shift: openShift() },
      {
        'shiftLog.list': ok(logOf([mine, theirs], [locked])),
        'shiftLog.correct': () => ok(entry({ id: 'e-fix', correctsId: 'e-locked' })),
        'shiftLog.edit': () => ok(mine),
      },
    );
    renderWithMantine(<ShiftScreen session={me} />);
    await screen.findByText('我的记录');
    const card = (id: string) =>
      screen.getAllByTestId('shift-entry').find((e) => e.getAttribute('data-entry') === id)!;

    expect(within(card('e-mine')).queryByTestId('shift-entry-edit')).toBeTruthy();
    expect(within(card('e-mine')).queryByTestId('shift-entry-correct')).toBeNull();
    expect(within(card('e-theirs')).queryByTestId('shift-entry-edit')).toBeNull();
    expect(within(card('e-locked')).queryByTestId('shift-entry-edit')).toBeNull();
    expect(card('e-locked').getAttribute('data-locked')).toBe('true');
    expect(within(card('e-locked')).getByTestId('shift-followup').getAttribute('data-state')).toBe(
      'overdue',
    );
    expect(screen.getByTestId('shift-carried-travel').textContent).toContain(
      'carried through 2 shifts',
    );

    fireEvent.click(within(card('e-locked')).getByTestId('shift-entry-correct'));
    fireEvent.change(await screen.findByTestId('shift-entry-text'), {
      target: { value: '应为 4 号柜' },
    });
    fireEvent.click(screen.getByTestId('shift-entry-save'));
    await waitFor(() =>
      expect(sent(calls, 'shiftLog.correct')).toEqual([
        { entryId: 'e-locked', body: '应为 4 号柜' },
      ]),
    );

    fireEvent.click(within(card('e-mine')).getByTestId('shift-entry-edit'));
    const text = (await screen.findByTestId('shift-entry-text')) as HTMLTextAreaElement;
    expect(text.value).toBe('我的记录');
    fireEvent.change(text, { target: { value: '我的记录（补充）' } });
    fireEvent.click(screen.getByTestId('shift-entry-save'));
    await waitFor(() =>
      expect(sent(calls, 'shiftLog.edit')).toEqual([
        { entryId: 'e-mine', category: 'general', body: '我的记录（补充）' },
      ]),
    );
  });

  it('links a correction to what it corrects, and closes a follow-up with a note', async () => {
    const original = entry({
      id: 'e-1',
      correctedBy: ['e-2'],
      followUp: {
        ownerId: null,
        ownerName: null,
        dueAt: null,
        overdue: false,
        doneAt: null,
        doneBy: null,
        doneByName: null,
        doneNote: null,
      },
    });
    const fix = entry({ id: 'e-2', correctsId: 'e-1', at: T0 + 40 * MIN, body: '是 4 号柜' });
    const { calls } = desk(
      { shift: openShift() },
      {
        'shiftLog.list': ok(logOf([fix, original])),
        'shiftLog.completeFollowUp': () => ok(original),
      },
    );
    useUiStore.setState({ language: 'zh-CN' });
    renderWithMantine(<ShiftScreen session={me} />);
    expect((await screen.findByTestId('shift-corrects')).textContent).toBe(
      '更正了 王芳 10:00 的记录',
    );
    expect(screen.getByTestId('shift-corrected-by').textContent).toBe('已被更正，查看更正');

    fireEvent.click(screen.getByTestId('shift-followup-complete'));
    fireEvent.change(await screen.findByTestId('shift-entry-text'), {
      target: { value: '已联系维修' },
    });
    fireEvent.click(screen.getByTestId('shift-entry-save'));
    await waitFor(() =>
      expect(sent(calls, 'shiftLog.completeFollowUp')).toEqual([
        { entryId: 'e-1', note: '已联系维修' },
      ]),
    );
  });

  it('shows the way a carried-over follow-up travelled', async () => {
    const carried = entry({
      id: 'e-old',
      locked: true,
      carriedShifts: 1,
      followUp: {
        ownerId: null,
        ownerName: null,
        dueAt: null,
        overdue: false,
        doneAt: null,
        doneBy: null,
        doneByName: null,
        doneNote: null,
      },
    });
    const { calls } = desk(
      { shift: openShift() },
      {
        'shiftLog.list': ok(logOf([], [carried])),
        'shiftLog.followUpHistory': ok({
          entry: carried,
          corrections: [],
          carries: [
            {
              shiftId: 'shift-1',
              shiftName: '早班',
              businessDate: '2025-06-02',
              at: T0,
              handoverId: 'ho-1',
              handoverStatus: 'awaitingIncoming',
            },
          ],
        }),
      },
    );
    renderWithMantine(<ShiftScreen session={me} />);
    fireEvent.click(await screen.findByTestId('shift-entry-history'));
    expect(await screen.findByText('Carried into 早班, 2025-06-02')).toBeTruthy();
    expect(screen.getByText('Waiting for the incoming signature')).toBeTruthy();
    expect(sent(calls, 'shiftLog.followUpHistory')).toEqual([{ entryId: 'e-old' }]);
  });
});

describe('ShiftScreen: towards the handover', () => {
  it('shows the reminder when main says so, and prepares the handover', async () => {
    const { calls } = desk(
      { shift: openShift({ handoverReminder: true }), now: T0 + 382 * MIN },
      { 'handover.prepare': ok({ id: 'ho-1' }) },
    );
    renderWithMantine(<ShiftScreen session={me} />);
    const banner = await screen.findByTestId('shift-reminder');
    expect(banner.textContent).toContain(
      '8 minutes to the end of the shift — prepare the handover',
    );
    expect(within(banner).queryByTestId('shift-reminder-action')).toBeNull();
    expect(screen.getByTestId('shift-time-left').textContent).toBe('8 min');
    fireEvent.click(screen.getByTestId('shift-prepare'));
    await waitFor(() => expect(window.location.hash).toBe('#/handover/ho-1'));
    expect(sent(calls, 'handover.prepare')).toEqual([{ shiftId: 'shift-1' }]);
  });

  it('has no reminder before main says so', async () => {
    desk({ shift: openShift() });
    renderWithMantine(<ShiftScreen session={me} />);
    await screen.findByTestId('shift-header');
    expect(screen.queryByTestId('shift-reminder')).toBeNull();
    expect(screen.getByTestId('shift-window').textContent).toBe('09:30–16:00');
    expect(screen.getByTestId('shift-float').textContent).toBe('¥500.00');
  });

  it('after the hand-over, says it is signed and links to it', async () => {
    const { state } = desk(
      { shift: openShift() },
      {
        'shifts.get': ok(
          openShift({
            status: 'handedOver',
            handoverId: 'ho-1',
            handoverStatus: 'awaitingIncoming',
          }),
        ),
      },
    );
    renderWithMantine(<ShiftScreen session={me} />);
    await screen.findByTestId('shift-header');
    state.now = {
      ...state.now,
      shift: null,
      awaitingHandover: {
        shiftId: 'shift-1',
        handoverId: 'ho-1',
        name: '早班',
        outgoingName: '王芳',
      },
    };
    await useShiftStore.getState().load();
    const done = await screen.findByTestId('shift-handed-over');
    expect(done.textContent).toContain('早班 is handed over');
    expect(done.textContent).toContain('Handover: Waiting for the incoming signature');
    // The outgoing person is not asked to receive their own handover.
    expect(screen.queryByTestId('shift-awaiting')).toBeNull();
    fireEvent.click(within(done).getByTestId('shift-open-handover'));
    expect(window.location.hash).toBe('#/handover/ho-1');
  });
});
