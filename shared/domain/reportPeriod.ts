import type { ReportKind, ReportPeriod } from '../contract/reportViews';
import { addDays, addMonths, daysBetween } from './time';

/** A range report covers at most two years (the bench's yearly report is well inside it). */
export const MAX_RANGE_MONTHS = 24;

/** 0 = Monday … 6 = Sunday of a YYYY-MM-DD, whatever the machine's time zone. */
export function weekdayOf(day: string): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** Whether a YYYY-MM-DD names a real calendar day (the contract's pattern lets 02-31 through). */
export function isRealDay(day: string): boolean {
  return addDays(day, 0) === day;
}

function period(kind: ReportKind, from: string, to: string): ReportPeriod {
  return { kind, from, to, days: daysBetween(from, to) + 1 };
}

export type PeriodProblem = 'from' | 'to';

/**
 * The period a request names: a day is itself, a week starts on its Monday, a month on its
 * 1st (any date inside names it); a range is both ends. Answers the field at fault instead
 * of a period when the request cannot be a period (main turns it into VALIDATION).
 */
export function normalisePeriod(input: {
  kind: ReportKind;
  from: string;
  to?: string | undefined;
}): ReportPeriod | PeriodProblem {
  const { kind, from } = input;
  if (!isRealDay(from)) return 'from';
  if (kind === 'day') return period(kind, from, from);
  if (kind === 'week') {
    const monday = addDays(from, -weekdayOf(from));
    return period(kind, monday, addDays(monday, 6));
  }
  if (kind === 'month') {
    const first = `${from.slice(0, 7)}-01`;
    return period(kind, first, addDays(addMonths(first, 1), -1));
  }
  const to = input.to;
  if (!to || !isRealDay(to) || to < from) return 'to';
  if (to >= addMonths(from, MAX_RANGE_MONTHS)) return 'to';
  return period(kind, from, to);
}

/** The same kind of period `n` steps away: the next or previous day, week, month or range. */
export function stepPeriod(p: ReportPeriod, n: number): ReportPeriod {
  if (p.kind === 'month') {
    const first = addMonths(p.from, n);
    return period('month', first, addDays(addMonths(first, 1), -1));
  }
  const from = addDays(p.from, n * p.days);
  return period(p.kind, from, addDays(from, p.days - 1));
}

/** What a report compares with: the period of the same kind and length just before. */
export function previousPeriod(p: ReportPeriod): ReportPeriod {
  return stepPeriod(p, -1);
}

/** Every business date of the period, in order. */
export function daysOf(p: ReportPeriod): string[] {
  return Array.from({ length: p.days }, (_, i) => addDays(p.from, i));
}
