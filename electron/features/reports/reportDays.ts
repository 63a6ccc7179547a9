import type { ReportPeriod } from '../../../shared/contract/reportViews';
import { daysOf } from '../../../shared/domain/reportPeriod';
import { addDays, businessDate, startOfDay } from '../../../shared/domain/time';
import type { Db } from '../../db/types';

/**
 * The moments a period's figures count, as the handovers count them: [from, to) in ms, and
 * the calendar days it touches (@fromDay/@toDay, for each table's business_date index).
 */
export interface ReportSpan {
  from: number;
  to: number;
  fromDay: string;
  toDay: string;
}

export interface PeriodDays {
  span: ReportSpan;
  days: string[];
  /** Index into `days` of the business date a moment counts for; -1 outside the period. */
  dayIndex(ms: number): number;
  /** Local hour 0–23 of a moment inside the span. */
  hourOf(ms: number): number;
}

interface ShiftSpan {
  day: string;
  opened: number;
  closed: number | null;
}

/** The last index whose value is <= x, or -1. */
export function lastAtOrBefore(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Which business date a moment counts for, the way the handovers divide time: while a shift
 * is at work (opened to its hand-over, inclusive), that shift's date, so a night shift's 00:40
 * is the evening's; between shifts, the next shift's date, because its handover carries the
 * gap as "before opening" — unless that shift opened more than a day later (a desk closed for
 * days would lump them); before the first shift ever, or after the last, the calendar day.
 */
function labeler(db: Db, from: string, to: string): (ms: number) => string {
  const shifts = db
    .prepare(
      `SELECT business_date AS day, opened_at AS opened, closed_at AS closed FROM shifts
       WHERE business_date BETWEEN ? AND ? ORDER BY opened_at`,
    )
    .all(addDays(from, -3), addDays(to, 3)) as ShiftSpan[];
  const firstUse = db.prepare('SELECT min(opened_at) FROM shifts').pluck().get() as number | null;
  const keptFrom = firstUse === null ? Infinity : startOfDay(firstUse);
  const opened = shifts.map((s) => s.opened);
  return (ms) => {
    if (ms < keptFrom) return businessDate(ms);
    const i = lastAtOrBefore(opened, ms);
    const at = shifts[i];
    if (at && (at.closed === null || ms <= at.closed)) return at.day;
    const next = shifts[i + 1];
    const calendar = businessDate(ms);
    return next && next.day <= addDays(calendar, 1) ? next.day : calendar;
  };
}

/** The first moment whose business date is `day` or later (the labels only grow with time). */
function startOf(label: (ms: number) => string, day: string): number {
  // A moment is never counted more than a day before its calendar day, nor after it.
  let lo = startOfDay(Date.parse(`${addDays(day, -2)}T12:00:00`));
  let hi = startOfDay(Date.parse(`${addDays(day, 1)}T12:00:00`));
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (label(mid) >= day) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Local midnights of the calendar days around the span, to read a moment's hour cheaply. */
function midnights(fromDay: string, toDay: string): number[] {
  const out: number[] = [];
  for (let d = addDays(fromDay, -1); d <= addDays(toDay, 1); d = addDays(d, 1))
    out.push(startOfDay(Date.parse(`${d}T12:00:00`)));
  return out;
}

const DAY_MS = 86_400_000;

/**
 * The index of the last of `sorted` at or before `x` (-1 if none), starting from a guess:
 * the entries are about a day apart, so the guess is right or one off and a report of a
 * million entries makes no binary search per entry.
 */
function nearDay(sorted: readonly number[], x: number): number {
  let k = Math.min(sorted.length - 1, Math.max(0, Math.floor((x - sorted[0]!) / DAY_MS)));
  while (k >= 0 && sorted[k]! > x) k -= 1;
  while (k + 1 < sorted.length && sorted[k + 1]! <= x) k += 1;
  return k;
}

export function periodDays(db: Db, period: ReportPeriod): PeriodDays {
  const days = daysOf(period);
  const label = labeler(db, period.from, period.to);
  const starts = [...days, addDays(period.to, 1)].map((d) => startOf(label, d));
  const from = starts[0]!;
  const to = starts[days.length]!;
  const span = {
    from,
    to,
    fromDay: businessDate(from),
    toDay: businessDate(Math.max(from, to - 1)),
  };
  const mids = midnights(span.fromDay, span.toDay);
  return {
    span,
    days,
    dayIndex: (ms) => (ms < from || ms >= to ? -1 : Math.min(days.length - 1, nearDay(starts, ms))),
    hourOf: (ms) => {
      const m = mids[Math.max(0, nearDay(mids, ms))]!;
      return Math.min(23, Math.max(0, Math.floor((ms - m) / 3_600_000)));
    },
  };
}
