import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SCAN_TONES, useScanSound } from '../../app/live/scanSound';
import { useUiStore } from '../../app/uiStore';
import { fakeAudio } from '../../test/fakeAudio';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { fail, ok, sessionAs } from '../clients/fixtures';
import { baseAnswers, charge, entry, message, T0, tagOut, visitor } from './fixtures';
import type { DeskSettings } from '../../../../shared/contract/views';
import { MODULES } from '../../../../shared/domain/modules';
import { useSettingsStore } from '../settings/store';
import { useMessagesStore } from './messagesStore';
import { ReceptionScreen } from './ReceptionScreen';
import { useCheckInStore } from './store';
import { useTagsStore } from './tagsStore';
import { useVisitorsStore } from './visitorsStore';

const session = sessionAs('receptionist');

function setup(extra: Record<string, unknown> = {}) {
  const calls = fakeBridge({ ...baseAnswers(), ...extra });
  renderWithMantine(<ReceptionScreen session={session} />);
  return calls;
}
const sent = (calls: { channel: string; input: unknown }[], channel: string) =>
  calls.filter((c) => c.channel === channel).map((c) => c.input);

/** A keyboard-wedge scanner: every key at once, then Enter, with nothing focused. */
function scan(code: string) {
  (document.activeElement as HTMLElement | null)?.blur();
  for (const key of code) fireEvent.keyDown(document.body, { key });
  fireEvent.keyDown(document.body, { key: 'Enter' });
}

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useCheckInStore.setState({ entry: null, done: null, error: null, busy: false });
  useTagsStore.setState({ tags: [], open: null, charges: [], unsettled: false });
  useVisitorsStore.setState({ visitors: [], offsetMs: 0 });
  useMessagesStore.setState({ messages: [], seen: [] });
  useSettingsStore.setState({ settings: null });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('ReceptionScreen', () => {
  it('a scan anywhere looks the card up, opens check-in, and Enter sends the typed tag', async () => {
    const zhang = entry();
    const calls = setup({
      'desk.lookup': ok([zhang]),
      'desk.checkIn': (input: unknown) =>
        ok({
          checkIn: {
            id: 'ci-9',
            clientId: 'c-zhang',
            tagNumber: (input as { tagNumber?: string }).tagNumber ?? '1',
            gender: 'male',
            businessDate: '2025-06-02',
            checkedInAt: T0,
            checkedOutAt: null,
            overrideByName: null,
            overrideReason: null,
          },
          summary: zhang.summary,
          occupancy: { onSite: 6, capacity: 100, atCapacity: false },
        }),
    });
    expect(document.activeElement).toBe(screen.getByTestId('desk-lookup'));
    scan('M0001');
    const tagBox = await screen.findByTestId('checkin-tag');
    expect(sent(calls, 'desk.lookup')).toEqual([{ q: 'M0001', limit: 12 }]);
    expect(within(screen.getByTestId('checkin-panel')).getByText('张三')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(tagBox));

    fireEvent.change(tagBox, { target: { value: '12' } });
    fireEvent.keyDown(tagBox, { key: 'Enter' });
    expect((await screen.findByTestId('checkin-done-tag')).textContent).toBe('12');
    expect(sent(calls, 'desk.checkIn')).toEqual([{ clientId: 'c-zhang', tagNumber: '12' }]);
  });

  it('keeps the member on the panel when main pushes the settings again (same modules)', async () => {
    const gym: DeskSettings = {
      siteName: '阳光健身',
      idleLockMinutes: 5,
      defaultLanguage: 'zh-CN',
      siteProfile: 'gym',
      modules: [...MODULES],
    };
    useSettingsStore.setState({ settings: gym });
    setup({ 'desk.lookup': ok([entry()]) });
    scan('M0001');
    await screen.findByTestId('checkin-tag');
    // A settings push (any window's save, a reconnect's reload) is a new object each time.
    act(() => useSettingsStore.setState({ settings: { ...gym, modules: [...MODULES] } }));
    expect(within(screen.getByTestId('checkin-panel')).getByText('张三')).toBeTruthy();
    expect(useCheckInStore.getState().entry?.summary.name).toBe('张三');
  });

  it('refuses a blocked status in red and lets a manager override with PIN and reason', async () => {
    const calls = setup({
      'desk.lookup': ok([
        entry({ status: 'expired', alerts: [{ kind: 'expired', text: '2025-01-01' }] }),
      ]),
      'desk.checkIn': fail({ code: 'FORBIDDEN', reason: 'desk.overrideRefused' }),
    });
    const box = screen.getByTestId('desk-lookup');
    fireEvent.change(box, { target: { value: 'M0001' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(await screen.findByTestId('checkin-refused')).toBeTruthy();
    expect((screen.getByTestId('checkin-confirm') as HTMLButtonElement).disabled).toBe(true);
    const submit = screen.getByTestId('checkin-override-submit') as HTMLButtonElement;
    expect(submit.disabled).toBe(true);

    fireEvent.change(screen.getByTestId('checkin-override-user'), { target: { value: 'duty' } });
    fireEvent.change(screen.getByTestId('checkin-override-pin'), { target: { value: '246810' } });
    fireEvent.change(screen.getByTestId('checkin-override-reason'), {
      target: { value: '续卡手续办理中' },
    });
    fireEvent.click(submit);
    await waitFor(() =>
      expect(sent(calls, 'desk.checkIn')).toEqual([
        {
          clientId: 'c-zhang',
          overrideStaff: 'duty',
          overridePin: '246810',
          overrideReason: '续卡手续办理中',
        },
      ]),
    );
    expect(await screen.findByTestId('error-alert')).toBeTruthy();
  });

  it('check-out refused for open charges shows them with the settle form', async () => {
    const calls = setup({
      'desk.tagsOut': ok([tagOut()]),
      'desk.charges': ok([charge()]),
      'desk.checkOut': fail({ code: 'CONFLICT', reason: 'desk.unsettled' }),
      'desk.settle': ok([charge({ state: 'settled', method: 'cash' })]),
    });
    fireEvent.click(await screen.findByTestId('tag-tile-12'));
    await screen.findAllByTestId('charge-item');
    fireEvent.click(screen.getByTestId('checkout-submit'));
    expect(await screen.findByTestId('checkout-unsettled')).toBeTruthy();
    expect(screen.getByTestId('checkout-unsettled').textContent).toContain('¥15.00');
    expect(screen.getByTestId('settle-form')).toBeTruthy();
    expect(sent(calls, 'desk.checkOut')).toEqual([{ checkInId: 'ci-1' }]);

    fireEvent.click(screen.getByTestId('settle-submit'));
    await waitFor(() =>
      expect(sent(calls, 'desk.settle')).toEqual([{ checkInId: 'ci-1', method: 'cash' }]),
    );
    await waitFor(() => expect(screen.queryByTestId('checkout-unsettled')).toBeNull());
  });

  it('a visitor timer counts down on main’s clock, turns overdue and enables pass-on', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(T0 - 2_000); // our clock is 2 s behind main's
    const calls = setup({
      'visitors.waiting': ok({ now: T0, visitors: [visitor()] }),
      'visitors.passOn': ok(visitor({ consultantName: '钱顾问' })),
    });
    const row = await screen.findByTestId('visitor-row');
    expect(within(row).getByTestId('visitor-timer').textContent).toBe('0:05');
    const pass = within(row).getByTestId('visitor-passon') as HTMLButtonElement;
    expect(pass.disabled).toBe(true);

    act(() => vi.advanceTimersByTime(3_000));
    expect(within(row).getByTestId('visitor-timer').textContent).toBe('0:02');
    act(() => vi.advanceTimersByTime(3_000));
    expect(row.getAttribute('data-overdue')).toBe('true');
    expect(within(row).getByTestId('visitor-timer').textContent).toBe('late 0:01');
    expect(pass.disabled).toBe(false);

    fireEvent.click(pass);
    await waitFor(() =>
      expect(sent(calls, 'visitors.passOn')).toEqual([{ visitorId: 'v-1', reason: 'timeout' }]),
    );
  });

  it('unread notes show once at the top; the recipient marks one read', async () => {
    const calls = setup({
      'messages.list': ok([message()]),
      'messages.markRead': ok(message({ readAt: T0 + 60_000, readByName: '王芳' })),
    });
    expect(await screen.findByTestId('messages-banner')).toBeTruthy();
    expect(screen.getByTestId('messages-open').getAttribute('data-unread')).toBe('1');

    fireEvent.click(screen.getByTestId('messages-open'));
    const row = await screen.findByTestId('message-row');
    expect(within(row).getByText('13800000000')).toBeTruthy();
    fireEvent.click(within(row).getByTestId('message-read'));
    await waitFor(() => expect(row.getAttribute('data-read')).toBe('true'));
    expect(sent(calls, 'messages.markRead')).toEqual([{ id: 'm-1' }]);
    expect(screen.getByTestId('messages-open').getAttribute('data-unread')).toBe('0');
    expect(screen.queryByTestId('messages-banner')).toBeNull();
  });
});

describe('the birthday greeting at check-in', () => {
  it.each([
    ['en', "It's 张三's birthday today!"],
    ['zh-CN', '今天是张三的生日！'],
  ] as const)(
    'greets in %s when main marks the birthday, and not otherwise',
    async (lang, title) => {
      useUiStore.setState({ language: lang });
      setup({
        'desk.lookup': (input: unknown) =>
          ok([
            (input as { q: string }).q === 'M0001'
              ? entry({ alerts: [{ kind: 'birthday' }] })
              : entry({ id: 'c-li', name: '李四', alerts: [] }),
          ]),
      });
      scan('M0001');
      const greeting = await screen.findByTestId('checkin-birthday');
      expect(greeting.textContent).toContain(title);
      scan('M0002');
      await within(screen.getByTestId('checkin-panel')).findByText('李四');
      expect(screen.queryByTestId('checkin-birthday')).toBeNull();
    },
  );
});

describe('the scan sound (a per-PC choice)', () => {
  /** What the page asked WebAudio to play: each oscillator's pitch and wave, in order. */
  const audio = fakeAudio();
  const played = audio.played;
  const tone = (name: keyof typeof SCAN_TONES) =>
    SCAN_TONES[name].notes.map((hz) => ({ hz, wave: SCAN_TONES[name].wave }));

  beforeEach(() => {
    played.length = 0;
    vi.stubGlobal('AudioContext', audio.AudioContext);
    useScanSound.setState({ on: true });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    useScanSound.setState({ on: false });
  });

  it('the two tones are told apart', () => {
    expect(tone('accepted')).not.toEqual(tone('refused'));
  });

  it('an active member sounds accepted', async () => {
    setup({ 'desk.lookup': ok([entry()]) });
    scan('M0001');
    await screen.findByTestId('checkin-tag');
    expect(played).toEqual(tone('accepted'));
  });

  it.each([
    ['no card matches', []],
    ['a frozen membership', [entry({ status: 'frozen', alerts: [{ kind: 'frozen' }] })]],
  ])('%s sounds refused', async (_, found) => {
    setup({ 'desk.lookup': ok(found) });
    scan('M0404');
    await waitFor(() => expect(played).toEqual(tone('refused')));
  });

  it('a scan into the lookup box itself sounds too', async () => {
    setup({ 'desk.lookup': ok([]) });
    const box = screen.getByTestId('desk-lookup');
    fireEvent.change(box, { target: { value: 'M0404' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(played).toEqual(tone('refused')));
  });

  it('is silent when this PC has not chosen it', async () => {
    useScanSound.setState({ on: false });
    setup({ 'desk.lookup': ok([entry()]) });
    scan('M0001');
    await screen.findByTestId('checkin-tag');
    expect(played).toEqual([]);
  });
});
