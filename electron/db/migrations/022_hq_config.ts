import type { Migration } from './types';

/**
 * Head-office mode (issue 15): how this head-office PC reaches PostgreSQL as deskbook_ho, and
 * head office's X25519 key pair for branches' offline files. The password and the private key
 * are secrets, so they live here in the encrypted vault and no channel returns them. One row,
 * made on first need (the port is written by the code, as in migration 021).
 */
export const hqConfig: Migration = {
  version: 22,
  name: 'hq_config',
  up(db) {
    db.exec(`
      CREATE TABLE hq_config (
        id              INTEGER PRIMARY KEY CHECK (id = 1),
        host            TEXT NOT NULL DEFAULT '',
        port            INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
        database        TEXT NOT NULL DEFAULT 'deskbook',
        role_name       TEXT NOT NULL DEFAULT 'deskbook_ho',
        password        TEXT NOT NULL DEFAULT '',
        ca_pem          TEXT,
        box_public_key  BLOB NOT NULL CHECK (length(box_public_key) = 32),
        box_private_key BLOB NOT NULL CHECK (length(box_private_key) = 32),
        created_at      INTEGER NOT NULL,
        last_check_at   INTEGER,
        last_outcome    TEXT CHECK (last_outcome IN ('ok','failed')),
        last_reason     TEXT
      ) STRICT;
    `);
  },
};
