import { describe, expect, it } from 'vitest';
import {
  changeKind,
  lastDay,
  parseReportParam,
  periodInput,
  printParam,
  stepPeriod,
  thisPeriod,
} from './period';

describe('report periods', () => {
  it('this day, week (from Monday) and month hold today', () => {
    expect(thisPeriod('day', '2026-12-03')).toEqual({ kind: 'day', from: '2026-12-03' });
    expect(thisPeriod('week', '2026-12-03')).toEqual({ kind: 'week', from: '2026-11-30' });
    expect(thisPeriod('month', '2026-12-03')).toEqual({ kind: 'month', from: '2026-12-01' });
    expect(thisPeriod('range', '2026-12-03')).toEqual({
      kind: 'range',
      from: '2026-12-01',
      to: '2026-12-03',
    });
  });

  it('steps over month and year ends, and a range by its own length', () => {
    const jan = stepPeriod({ kind: 'month', from: '2026-12-01' }, 1);
    expect(jan).toEqual({ kind: 'month', from: '2027-01-01' });
    expect(lastDay(stepPeriod({ kind: 'month', from: '2027-03-01' }, -1))).toBe('2027-02-28');
    expect(stepPeriod({ kind: 'week', from: '2026-12-28' }, 1)).toEqual({
      kind: 'week',
      from: '2027-01-04',
    });
    expect(stepPeriod({ kind: 'range', from: '2026-11-10', to: '2026-11-19' }, -1)).toEqual({
      kind: 'range',
      from: '2026-10-31',
      to: '2026-11-09',
    });
  });

  it('another kind keeps the day looked at', () => {
    expect(changeKind({ kind: 'month', from: '2026-10-01' }, 'week')).toEqual({
      kind: 'week',
      from: '2026-09-28',
    });
    expect(changeKind({ kind: 'week', from: '2026-09-28' }, 'range')).toEqual({
      kind: 'range',
      from: '2026-09-28',
      to: '2026-10-04',
    });
    // This month's daily report is today's; a past month's is its first day's.
    expect(changeKind({ kind: 'month', from: '2026-12-01' }, 'day', '2026-12-03')).toEqual({
      kind: 'day',
      from: '2026-12-03',
    });
    expect(changeKind({ kind: 'month', from: '2026-11-01' }, 'day', '2026-12-03')).toEqual({
      kind: 'day',
      from: '2026-11-01',
    });
    // The channel gets a period's first day; a date inside is normalised here too.
    expect(periodInput({ kind: 'month', from: '2026-10-17' })).toEqual({
      kind: 'month',
      from: '2026-10-01',
    });
  });

  it('the print address names the period and reads back', () => {
    for (const p of [
      { kind: 'month' as const, from: '2026-11-01' },
      { kind: 'range' as const, from: '2026-11-03', to: '2026-11-20' },
    ])
      expect(parseReportParam(printParam(p))).toEqual(p);
    expect(printParam({ kind: 'week', from: '2026-12-02' })).toBe('report:week:2026-11-30');
    expect(parseReportParam('report:range:2026-11-20:2026-11-03')).toBeNull();
    expect(parseReportParam('report:month:2026-02-31')).toBeNull();
    expect(parseReportParam('handover:abc')).toBeNull();
  });
});
