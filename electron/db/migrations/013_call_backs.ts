import type { Migration } from './types';

/**
 * Call-backs (回电, issue 11): a phone inquiry passed to a consultant or left for a colleague
 * stays open until that person says they called back. `called_back_day` is the business day
 * it was closed, so "done today" needs no clock arithmetic. The partial indexes keep the open
 * lists a few rows long however many calls the desk has taken.
 */
export const callBacks: Migration = {
  version: 13,
  name: 'call_backs',
  up(db) {
    db.exec(`
      ALTER TABLE calls ADD COLUMN called_back_at INTEGER;
      ALTER TABLE calls ADD COLUMN called_back_by TEXT REFERENCES staff (id);
      ALTER TABLE calls ADD COLUMN called_back_note TEXT;
      ALTER TABLE calls ADD COLUMN called_back_day TEXT;
      CREATE INDEX calls_open_consultant ON calls (consultant_id, at)
        WHERE called_back_at IS NULL AND consultant_id IS NOT NULL;
      CREATE INDEX calls_done_day ON calls (called_back_day) WHERE called_back_day IS NOT NULL;
    `);
  },
};
