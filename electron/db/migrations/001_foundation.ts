import type { Migration } from './types';

/** Settings, staff accounts and the hash-chained audit log. */
export const foundation: Migration = {
  version: 1,
  name: 'foundation',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE staff (
        id              TEXT PRIMARY KEY,
        username        TEXT NOT NULL COLLATE NOCASE UNIQUE,
        display_name    TEXT NOT NULL,
        role            TEXT NOT NULL
                        CHECK (role IN ('receptionist','consultant','dutyManager','supervisor','admin')),
        pin_hash        TEXT NOT NULL,
        active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        must_change_pin INTEGER NOT NULL DEFAULT 0 CHECK (must_change_pin IN (0, 1)),
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until    INTEGER,
        last_login_at   INTEGER,
        language        TEXT CHECK (language IN ('zh-CN', 'en')),
        color_scheme    TEXT NOT NULL DEFAULT 'auto' CHECK (color_scheme IN ('light','dark','auto')),
        created_at      INTEGER NOT NULL,
        updated_at      INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE audit_log (
        seq           INTEGER PRIMARY KEY,
        at            INTEGER NOT NULL,
        business_date TEXT NOT NULL,
        actor_id      TEXT,
        actor_name    TEXT,
        action        TEXT NOT NULL,
        target_type   TEXT,
        target_id     TEXT,
        outcome       TEXT NOT NULL CHECK (outcome IN ('ok','denied','failed')),
        detail        TEXT,
        prev_hash     TEXT NOT NULL,
        hash          TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_actor_seq ON audit_log (actor_id, seq);
      CREATE INDEX audit_action_seq ON audit_log (action, seq);
      CREATE INDEX audit_at ON audit_log (at);

      -- Append-only inside the app; verify() still catches edits made around these.
      CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `);
  },
};
