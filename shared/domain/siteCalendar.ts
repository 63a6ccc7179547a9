import { addDays, businessDate } from './time';

/**
 * The site calendar (营业日历, issue 12 service levels): when the desk is open, so a
 * complaint's "first response within 24 h" can be counted in opening hours. Times are the
 * desk's local time, as every business date is.
 */

/** Opening hours of one day, 'HH:MM' to 'HH:MM' (close after open, same day). */
export interface OpeningHours {
  open: string;
  close: string;
}

export interface SiteCalendar {
  /** Index 0 is Sunday, as `Date.getDay()`; null is closed all day. */
  weekly: readonly (OpeningHours | null)[];
  /** Public holidays (YYYY-MM-DD): closed, whatever the weekday. */
  holidays: readonly string[];
  /**
   * 调休: make-up working days (YYYY-MM-DD) open with the hours of `asWeekday` (Monday by
   * default), e.g. a Saturday worked so that a holiday week is one block.
   */
  makeUpWorkdays: readonly { date: string; asWeekday?: number }[];
}

/** How a service level counts its hours. */
export type ServiceClock = 'opening' | 'clock';

/** A span during which the clock stood still (waiting for the client); `to` null: still. */
export interface ClockPause {
  from: number;
  to: number | null;
}

type Span = readonly [number, number];

/** A horizon long enough for any service level; a calendar never open gives no deadline. */
const SEARCH_DAYS = 800;

function atTime(day: string, hhmm: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [h, min] = hhmm.split(':').map(Number) as [number, number];
  return new Date(y, m - 1, d, h, min).getTime();
}

function weekdayOf(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The hours the desk keeps on `day`, after holidays and make-up days. */
export function hoursOn(cal: SiteCalendar, day: string): OpeningHours | null {
  const makeUp = cal.makeUpWorkdays.find((m) => m.date === day);
  if (makeUp) return cal.weekly[makeUp.asWeekday ?? 1] ?? null;
  if (cal.holidays.includes(day)) return null;
  return cal.weekly[weekdayOf(day)] ?? null;
}

/** The spans the clock runs in, from `from` on, in order (one endless span by the clock). */
function* runningSpans(cal: SiteCalendar, clock: ServiceClock, from: number): Generator<Span> {
  if (clock === 'clock') {
    yield [from, Number.POSITIVE_INFINITY];
    return;
  }
  const first = businessDate(from);
  for (let i = 0; i < SEARCH_DAYS; i += 1) {
    const day = addDays(first, i);
    const hours = hoursOn(cal, day);
    if (!hours) continue;
    const open = Math.max(atTime(day, hours.open), from);
    const close = atTime(day, hours.close);
    if (close > open) yield [open, close];
  }
}

/** `span` less the pauses (sorted by start), as the pieces that still count. */
function withoutPauses(span: Span, pauses: readonly ClockPause[]): Span[] {
  let pieces: Span[] = [span];
  for (const p of pauses) {
    const to = p.to ?? Number.POSITIVE_INFINITY;
    pieces = pieces.flatMap(([a, b]): Span[] => {
      if (to <= a || p.from >= b) return [[a, b]];
      const out: Span[] = [];
      if (p.from > a) out.push([a, p.from]);
      if (to < b) out.push([to, b]);
      return out;
    });
  }
  return pieces;
}

function sorted(pauses: readonly ClockPause[]): ClockPause[] {
  return [...pauses].sort((x, y) => x.from - y.from);
}

/**
 * When `minutes` of counted time have run from `start`: in opening hours or by the clock,
 * the pauses not counted. Null when the clock never gets there (paused without end, or a
 * calendar with no opening hours ahead).
 */
export function dueAt(
  start: number,
  minutes: number,
  cal: SiteCalendar,
  clock: ServiceClock,
  pauses: readonly ClockPause[] = [],
): number | null {
  let left = minutes * 60_000;
  const ordered = sorted(pauses);
  // A case still waiting: nothing after the pause began counts, so stop there instead of
  // walking the whole horizon (refreshing every open case after a calendar change did).
  const endless = ordered.find((p) => p.to === null);
  for (const span of runningSpans(cal, clock, start)) {
    if (endless && span[0] >= endless.from) return null;
    for (const [a, b] of withoutPauses(span, ordered)) {
      if (b - a >= left) return a + left;
      left -= b - a;
    }
    if (span[1] === Number.POSITIVE_INFINITY) return null;
  }
  return null;
}

/** Counted minutes from `from` to `to` (response and resolution times in reports). */
export function countedMinutes(
  from: number,
  to: number,
  cal: SiteCalendar,
  clock: ServiceClock,
  pauses: readonly ClockPause[] = [],
): number {
  let ms = 0;
  const ordered = sorted(pauses);
  for (const span of runningSpans(cal, clock, from)) {
    if (span[0] >= to) break;
    const cut: Span = [span[0], Math.min(span[1], to)];
    for (const [a, b] of withoutPauses(cut, ordered)) ms += b - a;
    if (span[1] >= to) break;
  }
  return ms / 60_000;
}
