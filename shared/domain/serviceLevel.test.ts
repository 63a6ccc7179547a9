import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVICE_LEVELS, deadlinesFromHistory, type ServiceLevel } from './serviceLevel';
import type { SiteCalendar } from './siteCalendar';

const at = (m: number, d: number, h = 0) => new Date(2026, m - 1, d, h).getTime();
const hours = { open: '09:00', close: '17:00' };
const hall: SiteCalendar = {
  weekly: [null, hours, hours, hours, hours, hours, null],
  holidays: [],
  makeUpWorkdays: [],
};
const level: ServiceLevel = {
  firstResponseMinutes: 8 * 60,
  resolutionMinutes: 16 * 60,
  clock: 'opening',
  pausesWhileWaiting: true,
};

describe('service levels', () => {
  it('counts from the opening, in opening hours', () => {
    const d = deadlinesFromHistory([{ at: at(12, 4, 16), state: 'open' }], level, hall);
    expect(d.firstResponseDue).toBe(at(12, 7, 16));
    expect(d.resolutionDue).toBe(at(12, 8, 16));
  });

  it('stands still while waiting for the client, and not when the level says no', () => {
    const history = [
      { at: at(12, 7, 9), state: 'open' as const },
      { at: at(12, 7, 10), state: 'waitingForClient' as const },
      { at: at(12, 8, 10), state: 'responded' as const },
    ];
    // One hour on Monday, then the clock resumes Tuesday 10:00: 7 more hours → 17:00.
    expect(deadlinesFromHistory(history, level, hall).firstResponseDue).toBe(at(12, 8, 17));
    const noPause = { ...level, pausesWhileWaiting: false };
    expect(deadlinesFromHistory(history, noPause, hall).firstResponseDue).toBe(at(12, 7, 17));
    // Still waiting: no deadline runs.
    expect(deadlinesFromHistory(history.slice(0, 2), level, hall).resolutionDue).toBeNull();
  });

  it('a reopened case gets a new clock from its reopening', () => {
    const history = [
      { at: at(12, 1, 9), state: 'open' as const },
      { at: at(12, 2, 9), state: 'resolved' as const },
      { at: at(12, 3, 9), state: 'closed' as const },
      { at: at(12, 9, 9), state: 'open' as const },
    ];
    expect(deadlinesFromHistory(history, level, hall).firstResponseDue).toBe(at(12, 9, 17));
  });

  it('a changed calendar recomputes the same history', () => {
    const history = [{ at: at(12, 4, 16), state: 'open' as const }];
    const holiday = { ...hall, holidays: ['2026-12-07'] };
    expect(deadlinesFromHistory(history, level, holiday).firstResponseDue).toBe(at(12, 8, 16));
  });

  it('defaults give a first response within 24 h and a critical case the clock', () => {
    expect(DEFAULT_SERVICE_LEVELS.normal.firstResponseMinutes).toBe(24 * 60);
    expect(DEFAULT_SERVICE_LEVELS.critical.clock).toBe('clock');
  });
});
