import type { Db } from '../../db/types';
import type { PeriodDays } from './reportDays';

/**
 * Every entry of the span in one read of the covering index check_ins_report (migration
 * 018): the check-in, occupancy and override figures all come from it, so a yearly report
 * reads its half million entries once, not once per section.
 */
export const ENTRIES_SQL = `SELECT checked_in_at, checked_out_at, gender, override_by IS NOT NULL
  FROM check_ins
  WHERE business_date BETWEEN @fromDay AND @toDay
    AND checked_in_at >= @from AND checked_in_at < @to`;

export const GENDER_CODE = { female: 0, male: 1 } as Record<string, number>;

export interface Entries {
  count: number;
  /** Check-in time, ms. */
  at: Float64Array;
  /** Check-out time clipped to [at, span end]; still on site: now or the span's end. */
  out: Float64Array;
  /** 0 female, 1 male, 2 no gender on file. */
  gender: Uint8Array;
  /** Index into the period's days. */
  day: Int32Array;
  overrides: number;
}

const loaded = new WeakMap<PeriodDays, Entries>();

export function entriesOf(db: Db, p: PeriodDays, now: number): Entries {
  const held = loaded.get(p);
  if (held) return held;
  const rows = db.prepare(ENTRIES_SQL).raw().all(p.span) as [
    number,
    number | null,
    string,
    number,
  ][];
  const until = Math.min(now, p.span.to);
  const e: Entries = {
    count: 0,
    at: new Float64Array(rows.length),
    out: new Float64Array(rows.length),
    gender: new Uint8Array(rows.length),
    day: new Int32Array(rows.length),
    overrides: 0,
  };
  for (const [at, out, gender, override] of rows) {
    const day = p.dayIndex(at);
    if (day < 0) continue;
    const i = e.count++;
    e.at[i] = at;
    e.out[i] = Math.min(Math.max(out ?? until, at), p.span.to);
    e.gender[i] = GENDER_CODE[gender] ?? 2;
    e.day[i] = day;
    e.overrides += override;
  }
  loaded.set(p, e);
  return e;
}
