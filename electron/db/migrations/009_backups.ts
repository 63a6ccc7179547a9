import type { Migration } from './types';

/**
 * The backup history: one row per backup target, recovery drill or restore, with its
 * result. The backups themselves live on disk with their manifests (the only record a new
 * PC or a damaged vault can read); this table is what the admin's screen shows of them.
 */
export const backups: Migration = {
  version: 9,
  name: 'backups',
  up(db) {
    db.exec(`
      CREATE TABLE backup_runs (
        id        TEXT PRIMARY KEY,
        at        INTEGER NOT NULL,
        kind      TEXT NOT NULL CHECK (kind IN ('backup', 'drill', 'restore')),
        trigger   TEXT CHECK (trigger IN ('manual', 'daily', 'update', 'migration')),
        target    TEXT CHECK (target IN ('local', 'external')),
        file_name TEXT,
        size      INTEGER,
        sha256    TEXT,
        outcome   TEXT NOT NULL CHECK (outcome IN ('ok', 'failed', 'missing')),
        reason    TEXT,
        staff_id  TEXT,
        by_name   TEXT
      ) STRICT;
      CREATE INDEX backup_runs_at ON backup_runs (kind, at);
    `);
  },
};
