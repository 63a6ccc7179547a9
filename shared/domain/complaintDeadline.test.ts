import { describe, expect, it } from 'vitest';
import { deadlineState, nextDueAt, type DeadlineFacts } from './complaintDeadline';

const H = 3_600_000;
const base: DeadlineFacts = {
  state: 'open',
  clockFrom: 0,
  firstResponseDue: 24 * H,
  resolutionDue: 72 * H,
  respondedAt: null,
};

describe('deadlineState', () => {
  it('watches the first response until given, then the resolution', () => {
    expect(nextDueAt(base)).toBe(24 * H);
    expect(nextDueAt({ ...base, state: 'responded', respondedAt: H })).toBe(72 * H);
  });

  it('is due soon at most 2 h before a long deadline, overdue from the deadline on', () => {
    expect(deadlineState(base, 22 * H - 1)).toBe('onTime');
    expect(deadlineState(base, 22 * H)).toBe('dueSoon');
    expect(deadlineState(base, 24 * H - 1)).toBe('dueSoon');
    expect(deadlineState(base, 24 * H)).toBe('overdue');
  });

  it('is due soon in the last quarter of a short deadline', () => {
    const short = { ...base, firstResponseDue: 4 * H };
    expect(deadlineState(short, 3 * H - 1)).toBe('onTime');
    expect(deadlineState(short, 3 * H)).toBe('dueSoon');
  });

  it('is paused while waiting with no deadline running, done once resolved or closed', () => {
    const waiting = { ...base, state: 'waitingForClient', firstResponseDue: null };
    expect(deadlineState(waiting, 100 * H)).toBe('paused');
    // A level that does not pause keeps its deadline while waiting.
    expect(deadlineState({ ...base, state: 'waitingForClient' }, 25 * H)).toBe('overdue');
    expect(deadlineState({ ...base, state: 'resolved' }, 100 * H)).toBe('done');
    expect(deadlineState({ ...base, state: 'closed' }, 100 * H)).toBe('done');
  });

  it('counts the quarter from the last reopening, not from the intake', () => {
    // Reopened at 100 h with a one-hour first response: due soon only in its last 15 minutes.
    const reopened = { ...base, clockFrom: 100 * H, firstResponseDue: 101 * H };
    expect(deadlineState(reopened, 100.5 * H)).toBe('onTime');
    expect(deadlineState(reopened, 100.75 * H)).toBe('dueSoon');
  });
});
