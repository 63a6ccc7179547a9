/**
 * The period the screen asks for, and its navigation, by the shared rules main uses
 * (`shared/domain/reportPeriod.ts`): 日报 / 周报 / 月报 name their first day (a week starts on
 * Monday, a month on the 1st), a range names both ends.
 */
import type { ReportKind, ReportPeriod } from '../../../../shared/contract/reportViews';
import { normalisePeriod, stepPeriod as step } from '../../../../shared/domain/reportPeriod';

export interface PeriodChoice {
  kind: ReportKind;
  from: string;
  /** Only for a range (the last day, included). */
  to?: string;
}

/** The whole period a choice names; a range with a bad end is its first day alone. */
export function resolve(p: PeriodChoice): ReportPeriod {
  const r = normalisePeriod(p);
  return typeof r === 'string' ? { kind: p.kind, from: p.from, to: p.from, days: 1 } : r;
}

const choice = (p: ReportPeriod): PeriodChoice =>
  p.kind === 'range' ? { kind: p.kind, from: p.from, to: p.to } : { kind: p.kind, from: p.from };

/** The day, week or month that holds `today`; a range is this month up to today. */
export function thisPeriod(kind: ReportKind, today: string): PeriodChoice {
  if (kind === 'range') return { kind, from: `${today.slice(0, 7)}-01`, to: today };
  return choice(resolve({ kind, from: today }));
}

/** The last day of the period, included. */
export const lastDay = (p: PeriodChoice): string => resolve(p).to;

/** One period back (-1) or on (+1); a range moves by its own length. */
export const stepPeriod = (p: PeriodChoice, direction: -1 | 1): PeriodChoice =>
  choice(step(resolve(p), direction));

/**
 * Another kind, around the day the person was looking at: today when the period shown holds
 * it (this month's 日报 is today's), else the period's first day.
 */
export function changeKind(p: PeriodChoice, kind: ReportKind, today?: string): PeriodChoice {
  if (kind === p.kind) return p;
  const to = lastDay(p);
  const anchor = today && p.from <= today && today <= to ? today : p.from;
  if (kind === 'range') return { kind, from: p.from, to };
  return choice(resolve({ kind, from: anchor }));
}

/** What the channels take: `to` only for a range. */
export const periodInput = (p: PeriodChoice): PeriodChoice => choice(resolve(p));

export function samePeriod(a: PeriodChoice, b: PeriodChoice): boolean {
  const x = resolve(a);
  const y = resolve(b);
  return x.kind === y.kind && x.from === y.from && x.to === y.to;
}

/** `report:<kind>:<from>[:<to>]`, the print view's address. */
export function printParam(p: PeriodChoice): string {
  const r = resolve(p);
  return r.kind === 'range' ? `report:range:${r.from}:${r.to}` : `report:${r.kind}:${r.from}`;
}

const PARAM =
  /^report:(day|week|month):(\d{4}-\d{2}-\d{2})$|^report:range:(\d{4}-\d{2}-\d{2}):(\d{4}-\d{2}-\d{2})$/;

/** The print view's period, or null for anything else. */
export function parseReportParam(param: string | null | undefined): PeriodChoice | null {
  const m = PARAM.exec(param ?? '');
  if (!m) return null;
  const p: PeriodChoice = m[1]
    ? { kind: m[1] as ReportKind, from: m[2]! }
    : { kind: 'range', from: m[3]!, to: m[4]! };
  return typeof normalisePeriod(p) === 'string' ? null : p;
}
