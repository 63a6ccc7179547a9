import type { Db } from '../../db/types';

/**
 * Main's visitor timer: every waiting visitor whose hand-over deadline has passed is marked
 * overdue once (`overdue_at` = the deadline), whether or not anyone at the desk acts, so the
 * desk can be told without a call. Returns how many were newly marked: 0 means nothing to push.
 */
export function markOverdueVisitors(db: Db, now: number): number {
  return db
    .prepare(
      `UPDATE visitors INDEXED BY visitors_due SET overdue_at = deadline_at
       WHERE status = 'waiting' AND overdue_at IS NULL AND deadline_at IS NOT NULL
         AND deadline_at <= ?`,
    )
    .run(now).changes;
}
