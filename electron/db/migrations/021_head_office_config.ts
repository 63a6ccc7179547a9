import type { Migration } from './types';

/**
 * Head office (issue 15), the branch's push: where head office's PostgreSQL is and how
 * this branch logs in. The role's password is a secret, so it lives here, in the encrypted
 * vault, and no channel returns it. One row once the admin has set it; none before.
 * The port has no default here: the code writes PostgreSQL's (5432) with the first row, and a
 * schema text stays free of such numbers (a destroyed client's phone digits are searched for
 * in the whole file, schema included).
 */
export const headOfficeConfig: Migration = {
  version: 21,
  name: 'head_office_config',
  up(db) {
    db.exec(`
      CREATE TABLE head_office_config (
        id             INTEGER PRIMARY KEY CHECK (id = 1),
        host           TEXT NOT NULL DEFAULT '',
        port           INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
        database       TEXT NOT NULL DEFAULT 'deskbook',
        role_name      TEXT NOT NULL DEFAULT '',
        password       TEXT NOT NULL DEFAULT '',
        ca_pem         TEXT,
        ho_public_key  TEXT,
        last_attempt_at INTEGER,
        last_outcome   TEXT CHECK (last_outcome IN ('ok','failed')),
        last_reason    TEXT
      ) STRICT;
    `);
  },
};
