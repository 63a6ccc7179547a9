import type { ComplaintFigures } from '../../../shared/contract/reportViews';
import type { Db } from '../../db/types';
import type { PeriodDays } from './reportDays';

/** Cases received in the span, by category (complaints_received). */
export const OPENED_SQL = `SELECT category, count(*) AS n FROM complaints
  WHERE received_at >= @from AND received_at < @to GROUP BY category`;
/**
 * First responses and resolutions in the span with their stored counted minutes (business
 * or clock hours as the case ran, fixed when they happened: complaints_responded/_resolved).
 */
export const RESPONDED_SQL = `SELECT avg(response_minutes) FROM complaints
  WHERE responded_at IS NOT NULL AND responded_at >= @from AND responded_at < @to
    AND response_minutes IS NOT NULL`;
export const RESOLVED_SQL = `SELECT count(*) AS n, avg(resolution_minutes) AS minutes FROM complaints
  WHERE resolved_at IS NOT NULL AND resolved_at >= @from AND resolved_at < @to`;
/** Level raises, automatic and by hand (complaint_events_escalated, migration 018). */
export const ESCALATED_SQL = `SELECT count(*) FROM complaint_events
  WHERE kind = 'escalated' AND at >= @from AND at < @to`;
/** Scores a complaint's follow-up call recorded on a day of the period (done_day index). */
export const SCORES_SQL = `SELECT count(score) AS n, avg(score) AS average FROM follow_up_calls
  WHERE done_day BETWEEN @first AND @last AND complaint_id IS NOT NULL AND score IS NOT NULL`;

const oneDecimal = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

export function complaintFigures(db: Db, p: PeriodDays): ComplaintFigures {
  const s = p.span;
  const byCategory = (db.prepare(OPENED_SQL).all(s) as { category: string; n: number }[])
    .map((r) => ({ category: r.category, count: r.n }))
    .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category));
  const resolved = db.prepare(RESOLVED_SQL).get(s) as { n: number; minutes: number | null };
  const days = { first: p.days[0], last: p.days[p.days.length - 1] };
  const scores = db.prepare(SCORES_SQL).get(days) as { n: number; average: number | null };
  return {
    opened: byCategory.reduce((n, c) => n + c.count, 0),
    resolved: resolved.n,
    escalations: db.prepare(ESCALATED_SQL).pluck().get(s) as number,
    averageFirstResponseMinutes: oneDecimal(
      db.prepare(RESPONDED_SQL).pluck().get(s) as number | null,
    ),
    averageResolutionMinutes: oneDecimal(resolved.minutes),
    satisfactionAverage: scores.n > 0 ? Math.round((scores.average ?? 0) * 100) / 100 : null,
    satisfactionCount: scores.n,
    byCategory,
  };
}
