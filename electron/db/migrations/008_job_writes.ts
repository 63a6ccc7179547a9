import type { Migration } from './types';

/**
 * Write jobs that stay atomic across many small transactions. A job's rows carry its id
 * (`clients.pending_job`) and stay invisible to every query until one small transaction
 * sets `job_writes.published_at`; a cancelled, failed or interrupted job's rows are
 * deleted in chunks, and the next open finishes what an interrupted one left.
 */
export const jobWrites: Migration = {
  version: 8,
  name: 'job writes',
  up(db) {
    db.exec(`
      CREATE TABLE job_writes (
        job_id       TEXT PRIMARY KEY,
        kind         TEXT NOT NULL,
        started_by   TEXT,
        started_at   INTEGER NOT NULL,
        published_at INTEGER
      ) STRICT;

      ALTER TABLE clients ADD COLUMN pending_job TEXT;
      CREATE INDEX clients_pending_job ON clients (pending_job) WHERE pending_job IS NOT NULL;
    `);
  },
};
