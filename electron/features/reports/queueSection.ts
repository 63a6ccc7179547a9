import type { QueueFigures } from '../../../shared/contract/reportViews';
import type { Db } from '../../db/types';
import type { PeriodDays } from './reportDays';

/** Served tickets, as the handover counts them (day and status from the index, then time). */
export const SERVED_SQL = `SELECT served_at, coalesce(called_at, served_at) - taken_at FROM queue_tickets
  WHERE business_date BETWEEN @fromDay AND @toDay AND status = 'served'
    AND served_at >= @from AND served_at < @to`;

/** The p-th quantile of sorted values, nearest rank (p90 of 10 waits is the 9th). */
export function nearestRank(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}

/** Waits from taking the ticket to being called, in seconds. */
export function queueFigures(db: Db, p: PeriodDays): QueueFigures {
  const rows = db.prepare(SERVED_SQL).raw().all(p.span) as [number, number][];
  const waits = rows
    .filter(([at]) => p.dayIndex(at) >= 0)
    .map(([, ms]) => Math.max(0, ms) / 1000)
    .sort((a, b) => a - b);
  const sum = waits.reduce((n, w) => n + w, 0);
  const p90 = nearestRank(waits, 0.9);
  return {
    served: waits.length,
    averageWaitSeconds: waits.length ? Math.round(sum / waits.length) : null,
    p90WaitSeconds: p90 === null ? null : Math.round(p90),
  };
}
