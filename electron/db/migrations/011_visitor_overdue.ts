import type { Migration } from './types';

/**
 * Visitor timer in main (issue 11): `overdue_at` is set once, by main's tick, when a waiting
 * visitor's hand-over deadline passes, so the overdue state is recorded and pushed even when
 * nobody at the desk acts. The partial index keeps the tick's look a few rows long.
 */
export const visitorOverdue: Migration = {
  version: 11,
  name: 'visitor_overdue',
  up(db) {
    db.exec(`
      ALTER TABLE visitors ADD COLUMN overdue_at INTEGER;
      CREATE INDEX visitors_due ON visitors (deadline_at)
        WHERE status = 'waiting' AND overdue_at IS NULL AND deadline_at IS NOT NULL;
    `);
  },
};
