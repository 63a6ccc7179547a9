import type { Migration } from './types';

/**
 * The waiver and health declaration (免责协议、健康声明) signed on screen. The text is
 * configurable per site and versioned; each signature points at the exact text signed, so a
 * new version asks everyone to sign again. The drawn signature is a PNG kept in the vault.
 */
export const waivers: Migration = {
  version: 6,
  name: 'waivers',
  up(db) {
    db.exec(`
      CREATE TABLE waiver_texts (
        id         TEXT PRIMARY KEY,
        version    INTEGER NOT NULL UNIQUE CHECK (version >= 0),
        title      TEXT NOT NULL,
        body       TEXT NOT NULL,
        -- NULL for the built-in default, stored when the first person signs it.
        created_by TEXT REFERENCES staff (id),
        created_at INTEGER NOT NULL,
        active     INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0,1))
      ) STRICT;
      CREATE UNIQUE INDEX waiver_texts_active ON waiver_texts (active) WHERE active = 1;

      CREATE TABLE waivers (
        id             TEXT PRIMARY KEY,
        client_id      TEXT REFERENCES clients (id) ON DELETE CASCADE,
        visitor_id     TEXT REFERENCES visitors (id),
        text_id        TEXT NOT NULL REFERENCES waiver_texts (id),
        signer_name    TEXT NOT NULL,
        signature      BLOB NOT NULL,
        signature_mime TEXT NOT NULL,
        signed_at      INTEGER NOT NULL,
        taken_by       TEXT NOT NULL REFERENCES staff (id),
        CHECK (client_id IS NOT NULL OR visitor_id IS NOT NULL)
      ) STRICT;
      CREATE INDEX waivers_client ON waivers (client_id, text_id) WHERE client_id IS NOT NULL;
    `);
  },
};
