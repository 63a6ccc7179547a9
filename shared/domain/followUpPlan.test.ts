import { describe, expect, it } from 'vitest';
import {
  MAX_CALL_ATTEMPTS,
  NEW_MEMBER_PLAN,
  nextAttemptAt,
  oneOffDay,
  recurringDays,
} from './followUpPlan';
import { addMonths } from './time';

describe('follow-up plans', () => {
  it('adds months, keeping to the end of short months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    // Backwards too: the handover board keeps the months before today.
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('a new member is called monthly for 12 months, then quarterly', () => {
    if (NEW_MEMBER_PLAN.kind !== 'recurring') throw new Error('plan kind');
    const days = recurringDays('2026-01-31', NEW_MEMBER_PLAN.steps, '2027-12-31');
    expect(days.slice(0, 3)).toEqual(['2026-02-28', '2026-03-31', '2026-04-30']);
    expect(days[11]).toBe('2027-01-31');
    expect(days.slice(12)).toEqual(['2027-04-30', '2027-07-31', '2027-10-31']);
  });

  it('one-off rules fall on their day, or not at all without the date', () => {
    const c = { firstVisit: '2026-12-01', membershipEnd: '2027-01-10', lastVisit: '2026-10-20' };
    expect(oneOffDay({ kind: 'afterFirstVisit', days: 3 }, c)).toBe('2026-12-04');
    expect(oneOffDay({ kind: 'beforeExpiry', days: 14 }, c)).toBe('2026-12-27');
    expect(oneOffDay({ kind: 'notSeen', days: 30 }, c)).toBe('2026-11-19');
    expect(oneOffDay({ kind: 'notSeen', days: 30 }, { ...c, lastVisit: null })).toBeNull();
  });

  it('an unanswered call is tried the next day until the attempts run out', () => {
    const at = Date.UTC(2026, 11, 3, 10);
    expect(nextAttemptAt('noAnswer', 1, at)).toBe(at + 86_400_000);
    expect(nextAttemptAt('noAnswer', MAX_CALL_ATTEMPTS, at)).toBeNull();
    expect(nextAttemptAt('callBack', 1, at, at + 3_600_000)).toBe(at + 3_600_000);
    expect(nextAttemptAt('reached', 1, at)).toBeNull();
    expect(nextAttemptAt('wrongNumber', 1, at)).toBeNull();
  });
});
