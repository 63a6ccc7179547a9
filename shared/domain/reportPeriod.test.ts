import { describe, expect, it } from 'vitest';
import { daysOf, normalisePeriod, previousPeriod, stepPeriod, weekdayOf } from './reportPeriod';

describe('report periods', () => {
  it('a week starts on its Monday, a month on its 1st, whatever date inside names it', () => {
    // 2026-12-03 is a Thursday.
    expect(weekdayOf('2026-12-03')).toBe(3);
    expect(normalisePeriod({ kind: 'week', from: '2026-12-03' })).toEqual({
      kind: 'week',
      from: '2026-11-30',
      to: '2026-12-06',
      days: 7,
    });
    expect(normalisePeriod({ kind: 'week', from: '2026-12-06' })).toMatchObject({
      from: '2026-11-30',
    });
    expect(normalisePeriod({ kind: 'month', from: '2028-02-17' })).toEqual({
      kind: 'month',
      from: '2028-02-01',
      to: '2028-02-29',
      days: 29,
    });
    expect(normalisePeriod({ kind: 'day', from: '2026-12-03' })).toMatchObject({ days: 1 });
  });

  it('a range names both ends, at most two years, else the field at fault', () => {
    expect(normalisePeriod({ kind: 'range', from: '2025-01-01', to: '2026-12-31' })).toMatchObject({
      days: 730,
    });
    expect(normalisePeriod({ kind: 'range', from: '2025-01-01', to: '2027-01-01' })).toBe('to');
    expect(normalisePeriod({ kind: 'range', from: '2025-01-01' })).toBe('to');
    expect(normalisePeriod({ kind: 'range', from: '2025-01-02', to: '2025-01-01' })).toBe('to');
    expect(normalisePeriod({ kind: 'range', from: '2025-01-01', to: '2025-02-30' })).toBe('to');
    expect(normalisePeriod({ kind: 'day', from: '2026-02-31' })).toBe('from');
  });

  it('the previous period has the same kind and length; a month is the whole month before', () => {
    const march = normalisePeriod({ kind: 'month', from: '2026-03-01' });
    if (typeof march === 'string') throw new Error(march);
    expect(previousPeriod(march)).toEqual({
      kind: 'month',
      from: '2026-02-01',
      to: '2026-02-28',
      days: 28,
    });
    const range = normalisePeriod({ kind: 'range', from: '2026-11-26', to: '2026-12-02' });
    if (typeof range === 'string') throw new Error(range);
    expect(previousPeriod(range)).toMatchObject({ from: '2026-11-19', to: '2026-11-25', days: 7 });
    expect(stepPeriod(march, 10)).toMatchObject({ from: '2027-01-01', to: '2027-01-31' });
    expect(daysOf(range)).toHaveLength(7);
    expect(daysOf(range)[6]).toBe('2026-12-02');
  });
});
