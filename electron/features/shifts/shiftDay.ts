import { addDays, businessDate } from '../../../shared/domain/time';
import type { Db } from '../../db/types';

/**
 * Which business date a moment near `day` counts for, for a site open past midnight: a moment
 * while a shift was at work (opened, not yet handed over or abandoned) belongs to that shift's
 * business date, so a night shift's 00:40 check-in counts for the evening it started; a moment
 * outside every shift keeps its calendar day. Only shifts of the day before to the day after
 * can cover the calendar days `day` and `day + 1`, so the day index finds them.
 */
export function shiftDayOf(db: Db, day: string): (ms: number) => string {
  const shifts = db
    .prepare(
      `SELECT business_date AS day, opened_at AS "from", closed_at AS "to" FROM shifts
       WHERE business_date BETWEEN ? AND ?`,
    )
    .all(addDays(day, -1), addDays(day, 1)) as { day: string; from: number; to: number | null }[];
  return (ms) =>
    shifts.find((s) => s.from <= ms && (s.to === null || ms < s.to))?.day ?? businessDate(ms);
}
