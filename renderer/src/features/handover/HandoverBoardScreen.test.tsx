import './testEnv';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { FollowUpHistory } from '../../../../shared/contract/shiftViews';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { ok, sessionAs } from '../clients/fixtures';
import { daysOf, rangeOf, useBoardStore } from './boardStore';
import { board, boardShift, DAY, END, START } from './fixtures';
import { HandoverBoardScreen } from './HandoverBoardScreen';

const supervisor = sessionAs('supervisor');
const sent = (calls: { channel: string; input: unknown }[], channel: string) =>
  calls.filter((c) => c.channel === channel).map((c) => c.input);

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useBoardStore.setState({
    mode: 'day',
    anchor: DAY,
    board: null,
    error: null,
    historyFor: null,
    history: null,
    historyError: null,
  });
  window.location.hash = '#/handovers';
});

describe('board ranges', () => {
  it('a week runs Monday to Sunday around the chosen day', () => {
    expect(rangeOf('day', '2025-06-04')).toEqual({ from: '2025-06-04', to: '2025-06-04' });
    expect(rangeOf('week', '2025-06-04')).toEqual({ from: '2025-06-02', to: '2025-06-08' });
    expect(rangeOf('week', '2025-06-08')).toEqual({ from: '2025-06-02', to: '2025-06-08' });
    expect(daysOf('2025-06-30', '2025-07-02')).toEqual(['2025-06-30', '2025-07-01', '2025-07-02']);
  });
});

describe('HandoverBoardScreen', () => {
  it('shows missing in red and flagged in orange, with the totals and variance', async () => {
    const calls = fakeBridge({ 'handover.board': ok(board()) });
    renderWithMantine(<HandoverBoardScreen session={supervisor} />);
    const rows = await screen.findAllByTestId('board-row');
    expect(rows.map((r) => r.getAttribute('data-state'))).toEqual(['signed', 'flagged', 'missing']);
    const badge = (i: number) => within(rows[i]!).getByTestId('state-badge');
    expect(badge(1).textContent).toBe('Flagged');
    expect(badge(2).textContent).toBe('Missing');
    expect(rows[2]!.getAttribute('style') ?? '').toContain('red');
    expect(rows[1]!.getAttribute('style') ?? '').toContain('orange');
    expect(within(rows[1]!).getByTestId('board-flagged').textContent).toBe('Cash');
    expect(within(rows[1]!).getByTestId('board-variance').textContent).toBe('-¥2.00');
    expect(within(screen.getByTestId('total-missing')).getByText('1')).toBeTruthy();
    expect(screen.getByTestId('total-variance').textContent).toContain('-¥2.00');
    expect(sent(calls, 'handover.board')).toEqual([{ from: DAY, to: DAY }]);
    // Only signed and flagged handovers can be accepted.
    expect(within(rows[0]!).queryByTestId('board-accept')).toBeTruthy();
    expect(within(rows[2]!).queryByTestId('board-accept')).toBeNull();
  });

  it('shows the desk now, whatever the shifts’ state; an upcoming shift shows no figures', async () => {
    const upcoming = boardShift({ state: 'upcoming', shiftId: null, handoverId: null });
    fakeBridge({ 'handover.board': ok(board({ shifts: [upcoming] })) });
    renderWithMantine(<HandoverBoardScreen session={supervisor} />);
    const now = await screen.findByTestId('board-now');
    expect(within(now).getByTestId('now-onsite').textContent).toContain('9');
    expect(within(now).getByTestId('now-tags').textContent).toContain('7');
    expect(within(now).getByTestId('now-cash').textContent).toContain('¥123.00');
    expect(within(now).getByTestId('now-waiting').textContent).toContain('2');
    expect(within(now).getByTestId('board-now-shift').textContent).toBe('No shift open');
    const row = screen.getByTestId('board-row');
    expect(within(row).getByTestId('board-upcoming').textContent).toBe('—');
  });

  it('accept opens the note modal and sends the note with handover.review', async () => {
    let current = board();
    const calls = fakeBridge({
      'handover.board': () => ok(current),
      'handover.review': () => {
        current = board({
          shifts: current.shifts.map((s) =>
            s.handoverId === 'h-2' ? { ...s, state: 'accepted' as const } : s,
          ),
        });
        return ok({});
      },
    });
    renderWithMantine(<HandoverBoardScreen session={supervisor} />);
    const rows = await screen.findAllByTestId('board-row');
    fireEvent.click(within(rows[1]!).getByTestId('board-accept'));
    expect(await screen.findByText(/Flagged sections: Cash/)).toBeTruthy();
    expect(screen.getByTestId('review-submit')).toHaveProperty('disabled', true);
    fireEvent.change(screen.getByTestId('review-note'), {
      target: { value: '已核实，找零少收 2 元，已补' },
    });
    fireEvent.click(screen.getByTestId('review-submit'));
    await waitFor(() => expect(screen.queryByTestId('review-form')).toBeNull());
    expect(sent(calls, 'handover.review')).toEqual([
      { handoverId: 'h-2', note: '已核实，找零少收 2 元，已补' },
    ]);
    const after = await screen.findAllByTestId('board-row');
    await waitFor(() => expect(after[1]!.getAttribute('data-state')).toBe('accepted'));
    // Accepting did not open the handover.
    expect(window.location.hash).toBe('#/handovers');
  });

  it('a row opens its handover; week view asks for Monday to Sunday', async () => {
    const calls = fakeBridge({
      // A week already past: every day of it is listed, with shifts or without.
      'handover.board': (input: unknown) =>
        ok(
          board({
            ...(input as { from: string; to: string }),
            now: { ...board().now, businessDate: '2099-01-01' },
          }),
        ),
    });
    renderWithMantine(<HandoverBoardScreen session={supervisor} />);
    fireEvent.click((await screen.findAllByTestId('board-row'))[0]!);
    expect(window.location.hash).toBe('#/handover/h-1');
    fireEvent.click(screen.getByText('Week'));
    await waitFor(() => expect(screen.getAllByTestId('board-day')).toHaveLength(7));
    expect(sent(calls, 'handover.board').at(-1)).toEqual({ from: '2025-06-02', to: '2025-06-08' });
    fireEvent.click(screen.getByTestId('board-next'));
    await waitFor(() =>
      expect(sent(calls, 'handover.board').at(-1)).toEqual({
        from: '2025-06-09',
        to: '2025-06-15',
      }),
    );
  });

  it('a carried-over follow-up shows its way across shifts with each handover’s state', async () => {
    const history: FollowUpHistory = {
      entry: {
        id: 'e-1',
        shiftId: 'shift-0',
        shiftName: '晚班',
        businessDate: '2025-06-01',
        at: START - 86_400_000,
        byStaff: 'staff-zhao',
        byName: '赵敏',
        category: 'maintenance',
        body: '3 号跑步机异响，已报修',
        editedAt: null,
        correctsId: null,
        correctedBy: [],
        locked: true,
        followUp: {
          ownerId: null,
          ownerName: null,
          dueAt: null,
          overdue: true,
          doneAt: null,
          doneBy: null,
          doneByName: null,
          doneNote: null,
        },
        carriedShifts: 3,
        complaintId: null,
        complaintNumber: null,
      },
      corrections: [],
      carries: [
        {
          shiftId: 'shift-1',
          shiftName: '早班',
          businessDate: DAY,
          at: START,
          handoverId: 'h-1',
          handoverStatus: 'accepted',
        },
        {
          shiftId: 'shift-2',
          shiftName: '晚班',
          businessDate: DAY,
          at: END,
          handoverId: 'h-2',
          handoverStatus: 'flagged',
        },
      ],
    };
    const calls = fakeBridge({
      'handover.board': ok(board()),
      'shiftLog.followUpHistory': ok(history),
    });
    renderWithMantine(<HandoverBoardScreen session={supervisor} />);
    const panel = await screen.findByTestId('board-followups');
    expect(within(panel).getByTestId('followup-carried').textContent).toBe(
      'Carried through 3 shifts',
    );
    expect(within(panel).getByTestId('followup-overdue')).toBeTruthy();
    fireEvent.click(within(panel).getByTestId('followup-history'));
    const carries = await screen.findAllByTestId('history-carry');
    expect(sent(calls, 'shiftLog.followUpHistory')).toEqual([{ entryId: 'e-1' }]);
    expect(carries.map((c) => within(c).getByTestId('state-badge').textContent)).toEqual([
      'Accepted',
      'Flagged',
    ]);
    expect(screen.getByTestId('history-logged').textContent).toContain('赵敏');
    expect(screen.getByTestId('history-open').textContent).toBe('Still open');
  });

  it('print the day goes to the day’s print view', async () => {
    fakeBridge({ 'handover.board': ok(board({ shifts: [boardShift()] })) });
    renderWithMantine(<HandoverBoardScreen session={supervisor} />);
    await screen.findAllByTestId('board-row');
    fireEvent.click(screen.getByTestId('board-print'));
    expect(window.location.hash).toBe(`#/print/${encodeURIComponent(`day:${DAY}`)}`);
  });
});

describe('the week on the board', () => {
  it('lists no days ahead of today (main leaves their shifts out)', async () => {
    fakeBridge({
      'handover.board': ok(board({ from: DAY, to: daysOf(DAY, '2099-01-01')[6]! })),
    });
    renderWithMantine(<HandoverBoardScreen session={supervisor} />);
    await screen.findAllByTestId('board-row');
    expect(screen.getAllByTestId('board-day').map((d) => d.getAttribute('data-day'))).toEqual([
      DAY,
    ]);
  });
});

describe('HandoverBoardScreen on return (issue 11, felt speed)', () => {
  it('shows the board it has at once, re-reads it quietly, and spins only a pressed refresh', async () => {
    let answer: (v: unknown) => void = () => {};
    fakeBridge({ 'handover.board': () => new Promise((resolve) => (answer = resolve)) });
    const before = board();
    useBoardStore.setState({ board: before });
    renderWithMantine(<HandoverBoardScreen session={supervisor} />);
    expect(screen.getAllByTestId('board-row')).toHaveLength(3);
    const refresh = screen.getByRole('button', { name: 'Refresh' });
    expect(refresh.hasAttribute('data-loading')).toBe(false);
    answer(ok(board()));
    await waitFor(() => expect(useBoardStore.getState().loading).toBe(false));
    expect(useBoardStore.getState().board).toBe(before);
    fireEvent.click(refresh);
    await waitFor(() => expect(refresh.hasAttribute('data-loading')).toBe(true));
    answer(ok(board()));
    await waitFor(() => expect(refresh.hasAttribute('data-loading')).toBe(false));
  });
});
