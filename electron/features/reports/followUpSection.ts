import type { FollowUpFigures } from '../../../shared/contract/reportViews';
import type { Db } from '../../db/types';
import type { PeriodDays } from './reportDays';

/** 回访 reached on a day of the period (follow_up_calls_done_day). */
export const DONE_SQL = `SELECT count(*) FROM follow_up_calls
  WHERE done_day BETWEEN @first AND @last AND outcome = 'reached'`;
/** Given up in the span: after the last attempt, or a plan ended (follow_up_calls_dropped). */
export const DROPPED_SQL = `SELECT count(*) FROM follow_up_calls
  WHERE dropped_at IS NOT NULL AND dropped_at >= @from AND dropped_at < @to`;
/** Due on a day of the period before today and still not made (follow_up_calls_open). */
export const OVERDUE_SQL = `SELECT count(*) FROM follow_up_calls
  WHERE done_at IS NULL AND dropped_at IS NULL AND due_day BETWEEN @first AND @last
    AND due_day < @today`;

export function followUpFigures(db: Db, p: PeriodDays, today: string): FollowUpFigures {
  const days = { first: p.days[0], last: p.days[p.days.length - 1], today };
  const count = (sql: string, params: object) => db.prepare(sql).pluck().get(params) as number;
  return {
    done: count(DONE_SQL, days),
    missed: count(DROPPED_SQL, p.span) + count(OVERDUE_SQL, days),
  };
}
