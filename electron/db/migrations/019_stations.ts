import type { Migration } from './types';

/**
 * Several desks at one site (issue 14): the desk PCs and hall displays paired with this vault
 * PC, found by the fingerprint of the client certificate they present (UNIQUE: one look-up per
 * connection). The vault PC's own TLS identity and its LAN settings are single rows; the key
 * is a secret, so it lives here, in the encrypted vault, and nowhere else.
 */
export const stations: Migration = {
  version: 19,
  name: 'stations',
  up(db) {
    db.exec(`
      CREATE TABLE stations (
        id               TEXT PRIMARY KEY,
        name             TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
        kind             TEXT NOT NULL CHECK (kind IN ('desk','display')),
        cert_fingerprint TEXT NOT NULL UNIQUE,
        paired_at        INTEGER NOT NULL,
        paired_by        TEXT,
        revoked_at       INTEGER,
        revoked_by       TEXT,
        last_seen_at     INTEGER,
        last_address     TEXT
      ) STRICT;

      CREATE TABLE lan_identity (
        id             INTEGER PRIMARY KEY CHECK (id = 1),
        cert_pem       TEXT NOT NULL,
        key_pem        TEXT NOT NULL,
        fingerprint256 TEXT NOT NULL,
        created_at     INTEGER NOT NULL
      ) STRICT;

      -- Off until the admin turns it on (局域网前台).
      CREATE TABLE lan_settings (
        id      INTEGER PRIMARY KEY CHECK (id = 1),
        enabled INTEGER NOT NULL DEFAULT 0 CHECK (enabled IN (0, 1)),
        port    INTEGER NOT NULL DEFAULT 47613 CHECK (port BETWEEN 1024 AND 65535)
      ) STRICT;
      INSERT INTO lan_settings (id) VALUES (1);
    `);
  },
};
