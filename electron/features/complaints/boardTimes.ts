import type { ComplaintBoard } from '../../../shared/contract/complaintViews';
import {
  clockPaused,
  type ComplaintCategory,
  type ComplaintSeverity,
  type ComplaintState,
} from '../../../shared/domain/complaint';
import type { ServiceLevel, StateChange } from '../../../shared/domain/serviceLevel';
import { countedMinutes, type ClockPause } from '../../../shared/domain/siteCalendar';
import { addDays, businessDate, startOfDay } from '../../../shared/domain/time';
import type { Db } from '../../db/types';
import { BOARD_SQL } from './boardQueries';
import { readCalendar, serviceLevelFor } from './serviceSettings';

const DAY_MS = 86_400_000;
export const TIMES_WINDOW_DAYS = 30;
export const SATISFACTION_WEEKS = 8;

type Times = ComplaintBoard['responseMinutes'];

interface EndRow {
  id: string;
  category: ComplaintCategory;
  severity: ComplaintSeverity;
  end_at: number;
}

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

function historyOf(db: Db, ids: string[]): Map<string, StateChange[]> {
  const out = new Map<string, StateChange[]>();
  const rows = db.prepare(BOARD_SQL.history).all(JSON.stringify(ids)) as {
    complaint_id: string;
    at: number;
    state: ComplaintState;
  }[];
  for (const r of rows) {
    const list = out.get(r.complaint_id) ?? [];
    list.push({ at: r.at, state: r.state });
    out.set(r.complaint_id, list);
  }
  return out;
}

interface Counting {
  cal: ReturnType<typeof readCalendar>;
  levels: Map<string, ServiceLevel>;
  history: Map<string, StateChange[]>;
}

function timesOf(db: Db, rows: readonly EndRow[], c: Counting): Times {
  const minutes: number[] = [];
  for (const r of rows) {
    const key = `${r.category}|${r.severity}`;
    if (!c.levels.has(key)) c.levels.set(key, serviceLevelFor(db, r.category, r.severity));
    const m = countedUntil(c.history.get(r.id) ?? [], r.end_at, c.levels.get(key)!, c.cal);
    if (m !== null) minutes.push(Math.round(m));
  }
  minutes.sort((a, b) => a - b);
  return { median: rank(minutes, 50), p90: rank(minutes, 90), count: minutes.length };
}

/** First response and resolution times together: one read of the cases' histories. */
export function caseTimes(db: Db, now: number): { response: Times; resolution: Times } {
  const since = now - TIMES_WINDOW_DAYS * DAY_MS;
  const responded = db.prepare(BOARD_SQL.responded).all(since, now) as EndRow[];
  const resolved = db.prepare(BOARD_SQL.resolved).all(since, now) as EndRow[];
  const ids = [...new Set([...responded, ...resolved].map((r) => r.id))];
  const c: Counting = {
    cal: readCalendar(db),
    levels: new Map(),
    history: ids.length ? historyOf(db, ids) : new Map(),
  };
  return { response: timesOf(db, responded, c), resolution: timesOf(db, resolved, c) };
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
