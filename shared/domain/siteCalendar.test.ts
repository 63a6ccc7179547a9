import { describe, expect, it } from 'vitest';
import { countedMinutes, dueAt, hoursOn, type SiteCalendar } from './siteCalendar';

const at = (y: number, m: number, d: number, h = 0, min = 0) =>
  new Date(y, m - 1, d, h, min).getTime();
const day9to5 = { open: '09:00', close: '17:00' };

/** A service hall: weekdays 09:00–17:00, closed at weekends. */
const hall: SiteCalendar = {
  weekly: [null, day9to5, day9to5, day9to5, day9to5, day9to5, null],
  holidays: [],
  makeUpWorkdays: [],
};
/** The same hall with a holiday week (Thu 1 – Wed 7 October 2026) and a worked Saturday. */
const holidayWeek: SiteCalendar = {
  ...hall,
  holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
  makeUpWorkdays: [{ date: '2026-10-10' }],
};

describe('site calendar', () => {
  it('counts clock hours straight through the night and the weekend', () => {
    expect(dueAt(at(2026, 12, 4, 16), 24 * 60, hall, 'clock')).toBe(at(2026, 12, 5, 16));
  });

  it('counts opening hours across closed nights and a weekend', () => {
    // Friday 16:00: one hour on Friday, 8 on Monday and Tuesday, 7 on Wednesday.
    expect(dueAt(at(2026, 12, 4, 16), 24 * 60, hall, 'opening')).toBe(at(2026, 12, 9, 16));
    // Taken after closing: the clock starts when the desk opens again.
    expect(dueAt(at(2026, 12, 7, 20), 60, hall, 'opening')).toBe(at(2026, 12, 8, 10));
  });

  it('skips public holidays and counts a 调休 working Saturday', () => {
    expect(hoursOn(holidayWeek, '2026-10-01')).toBeNull();
    expect(hoursOn(holidayWeek, '2026-10-10')).toEqual(day9to5);
    // Wednesday before the holiday, 16:00, 8 hours: 1 that day, the rest on Thursday the 8th.
    expect(dueAt(at(2026, 9, 30, 16), 8 * 60, holidayWeek, 'opening')).toBe(at(2026, 10, 8, 16));
    // Friday the 9th, 16:00: the worked Saturday carries it, not the Monday.
    expect(dueAt(at(2026, 10, 9, 16), 8 * 60, holidayWeek, 'opening')).toBe(at(2026, 10, 10, 16));
    expect(dueAt(at(2026, 10, 9, 16), 8 * 60, hall, 'opening')).toBe(at(2026, 10, 12, 16));
  });

  it('stops the clock while waiting for the client, and resumes it', () => {
    const pause = { from: at(2026, 12, 7, 12), to: at(2026, 12, 8, 12) };
    expect(dueAt(at(2026, 12, 7, 10), 24 * 60, hall, 'clock', [pause])).toBe(at(2026, 12, 9, 10));
    // In opening hours: Monday 10–12 counts, Tuesday 12–17 counts, then Wednesday.
    expect(dueAt(at(2026, 12, 7, 10), 8 * 60, hall, 'opening', [pause])).toBe(at(2026, 12, 9, 10));
    expect(
      dueAt(at(2026, 12, 7, 10), 60, hall, 'clock', [{ from: at(2026, 12, 7, 10, 30), to: null }]),
    ).toBeNull();
    // Still waiting in opening hours: no deadline, found without walking the whole horizon,
    // and a deadline reached before the pause began stays.
    const waiting = [{ from: at(2026, 12, 7, 12), to: null }];
    expect(dueAt(at(2026, 12, 7, 10), 8 * 60, hall, 'opening', waiting)).toBeNull();
    expect(dueAt(at(2026, 12, 7, 10), 60, hall, 'opening', waiting)).toBe(at(2026, 12, 7, 11));
  });

  it('measures counted minutes as the deadlines count them', () => {
    expect(countedMinutes(at(2026, 12, 4, 16), at(2026, 12, 7, 10), hall, 'opening')).toBe(120);
    expect(countedMinutes(at(2026, 12, 4, 16), at(2026, 12, 7, 10), hall, 'clock')).toBe(66 * 60);
    const start = at(2026, 9, 30, 16);
    const due = dueAt(start, 8 * 60, holidayWeek, 'opening')!;
    expect(countedMinutes(start, due, holidayWeek, 'opening')).toBe(8 * 60);
  });

  it('gives no deadline when the desk is never open', () => {
    const closed: SiteCalendar = { weekly: Array(7).fill(null), holidays: [], makeUpWorkdays: [] };
    expect(dueAt(at(2026, 12, 4, 16), 60, closed, 'opening')).toBeNull();
  });
});
