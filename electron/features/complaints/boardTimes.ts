import type { ComplaintBoard } from '../../../shared/contract/complaintViews';
import { clockPaused } from '../../../shared/domain/complaint';
import type { ServiceLevel, StateChange } from '../../../shared/domain/serviceLevel';
import { countedMinutes, type ClockPause } from '../../../shared/domain/siteCalendar';
import { addDays, businessDate, startOfDay } from '../../../shared/domain/time';
import type { Db } from '../../db/types';
import { BOARD_SQL } from './boardQueries';

const DAY_MS = 86_400_000;
export const TIMES_WINDOW_DAYS = 30;
export const SATISFACTION_WEEKS = 8;

type Times = ComplaintBoard['responseMinutes'];

/** Nearest rank: the value at or below which `p` per cent of the sorted values lie. */
export function rank(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Minutes the service level counted up to `end`: from the last (re)opening before it, in
 * opening hours or by the clock, less the time spent waiting for the client when the
 * level pauses for it — the same clock the deadlines run on.
 */
export function countedUntil(
  history: readonly StateChange[],
  end: number,
  level: ServiceLevel,
  cal: Parameters<typeof countedMinutes>[2],
): number | null {
  const before = history.filter((h) => h.at <= end);
  const opened = before.findLast((h) => h.state === 'open');
  if (!opened) return null;
  const since = before.filter((h) => h.at >= opened.at);
  const pauses: ClockPause[] = [];
  since.forEach((h, i) => {
    if (clockPaused(h.state, level.pausesWhileWaiting))
      pauses.push({ from: h.at, to: since[i + 1]?.at ?? end });
  });
  return countedMinutes(opened.at, end, cal, level.clock, pauses);
}

function timesOf(db: Db, sql: string, since: number, now: number): Times {
  const minutes = db.prepare(sql).pluck().all(since, now) as number[];
  return { median: rank(minutes, 50), p90: rank(minutes, 90), count: minutes.length };
}

/**
 * First response and resolution times of the last 30 days: the counted minutes each case
 * stored when it happened (caseClock), already sorted by the index read.
 */
export function caseTimes(db: Db, now: number): { response: Times; resolution: Times } {
  const since = now - TIMES_WINDOW_DAYS * DAY_MS;
  return {
    response: timesOf(db, BOARD_SQL.responded, since, now),
    resolution: timesOf(db, BOARD_SQL.resolved, since, now),
  };
}

/** The Monday of the week `day` falls in (weeks run Monday to Sunday at the desk). */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/** The average follow-up score of complaint calls, per week, oldest first, this week last. */
export function satisfaction(db: Db, now: number): ComplaintBoard['satisfaction'] {
  const thisWeek = mondayOf(businessDate(now));
  const weeks = Array.from({ length: SATISFACTION_WEEKS }, (_, i) =>
    addDays(thisWeek, -7 * (SATISFACTION_WEEKS - 1 - i)),
  );
  const sums = new Map(weeks.map((w) => [w, { sum: 0, count: 0 }]));
  const rows = db.prepare(BOARD_SQL.satisfaction).all(weeks[0]) as {
    week: string;
    sum: number;
    count: number;
  }[];
  for (const r of rows) {
    const s = sums.get(r.week);
    if (s) Object.assign(s, { sum: r.sum, count: r.count });
  }
  return weeks.map((week) => {
    const { sum, count } = sums.get(week)!;
    return { week, count, average: count ? Math.round((sum / count) * 100) / 100 : null };
  });
}

/** Every follow-up call of the desk today (plans, complaints, incidents): see ComplaintBoard. */
export function followUpsToday(db: Db, now: number): ComplaintBoard['followUpsToday'] {
  const today = businessDate(now);
  const count = (sql: string, ...args: unknown[]) =>
    db
      .prepare(sql)
      .pluck()
      .get(...args) as number;
  const midnight = startOfDay(now);
  return {
    due: count(BOARD_SQL.callsDue, today),
    done: count(BOARD_SQL.callsDone, today),
    missed:
      count(BOARD_SQL.callsOverdue, today) +
      count(BOARD_SQL.callsDropped, midnight, startOfDay(midnight + DAY_MS + 3_600_000)),
  };
}
