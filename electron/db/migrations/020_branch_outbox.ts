import type { Migration } from './types';

/**
 * Head office (issue 15), the branch side: the branch's identity (a site id and its Ed25519
 * key pair; the private key is a secret, so it lives here, in the encrypted vault, and
 * nowhere else) and its outbox, the numbered, signed bundles head office may see. The outbox
 * is append-only like the audit log; when a bundle was pushed (to PostgreSQL or in a file)
 * is kept apart in `outbox_pushed`, so no outbox row ever changes.
 */
export const branchOutbox: Migration = {
  version: 20,
  name: 'branch_outbox',
  up(db) {
    db.exec(`
      CREATE TABLE branch_identity (
        id              INTEGER PRIMARY KEY CHECK (id = 1),
        site_id         TEXT NOT NULL,
        private_key_pem TEXT NOT NULL,
        public_key_pem  TEXT NOT NULL,
        created_at      INTEGER NOT NULL,
        enrolled_at     INTEGER
      ) STRICT;

      CREATE TABLE outbox (
        seq           INTEGER PRIMARY KEY CHECK (seq >= 1),
        kind          TEXT NOT NULL CHECK (kind IN
                        ('handover','dayFigures','complaint','incident','auditHead','backupStatus')),
        business_date TEXT,
        created_at    INTEGER NOT NULL,
        body_json     TEXT NOT NULL,
        hash          TEXT NOT NULL,
        signature     TEXT NOT NULL
      ) STRICT;
      -- The daily bundles are made once per business day: found by kind and day.
      CREATE INDEX outbox_kind_day ON outbox (kind, business_date);
      CREATE TRIGGER outbox_no_update BEFORE UPDATE ON outbox
        BEGIN SELECT RAISE(ABORT, 'outbox is append-only'); END;
      CREATE TRIGGER outbox_no_delete BEFORE DELETE ON outbox
        BEGIN SELECT RAISE(ABORT, 'outbox is append-only'); END;

      CREATE TABLE outbox_pushed (
        seq       INTEGER PRIMARY KEY REFERENCES outbox (seq),
        pushed_at INTEGER NOT NULL,
        via       TEXT NOT NULL CHECK (via IN ('pg','file'))
      ) STRICT;

      -- Names and phones of clients stay at the branch unless the admin allows them.
      INSERT OR IGNORE INTO settings (key, value) VALUES ('headOffice.sharePersonalData', 'false');
    `);
  },
};
