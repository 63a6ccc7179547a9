import type { Db } from '../../db/types';
import type { PeriodDays } from './reportDays';

/** 电话咨询: every call the phone log recorded (calls_day, then cut by time). */
export const CALLS_SQL = `SELECT at FROM calls
  WHERE business_date BETWEEN @fromDay AND @toDay AND at >= @from AND at < @to`;

export function callFigures(db: Db, p: PeriodDays): number {
  const times = db.prepare(CALLS_SQL).pluck().all(p.span) as number[];
  return times.filter((at) => p.dayIndex(at) >= 0).length;
}
