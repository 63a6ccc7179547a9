import type { Migration } from './types';

/**
 * The front desk: check-ins with their hand tags, tags out of service, charges on a tag
 * (水吧单) with the price list, and cards sold by type (卖出卡种及张数, never a price).
 */
export const frontDesk: Migration = {
  version: 3,
  name: 'front_desk',
  up(db) {
    db.exec(`
      -- A client file may be destroyed later; its past entries stay in the day's counts.
      CREATE TABLE check_ins (
        id              TEXT PRIMARY KEY,
        client_id       TEXT REFERENCES clients (id) ON DELETE SET NULL,
        tag_number      TEXT,
        gender          TEXT NOT NULL CHECK (gender IN ('female','male','unspecified')),
        business_date   TEXT NOT NULL,
        checked_in_at   INTEGER NOT NULL,
        checked_in_by   TEXT NOT NULL,
        checked_out_at  INTEGER,
        checked_out_by  TEXT,
        override_by     TEXT,
        override_reason TEXT
      ) STRICT;
      -- At most one open check-in per member and one open loan per tag, enforced by SQLite;
      -- both indexes hold only the people on site, so they stay tiny whatever the history.
      CREATE UNIQUE INDEX check_ins_open_client ON check_ins (client_id)
        WHERE checked_out_at IS NULL;
      CREATE UNIQUE INDEX check_ins_open_tag ON check_ins (tag_number)
        WHERE checked_out_at IS NULL AND tag_number IS NOT NULL;
      CREATE INDEX check_ins_day ON check_ins (business_date, gender);
      -- No full index on client_id: every check-in would write a random page of a
      -- million-entry index (measured: encrypted/plain p95 1.26x -> 1.60x). The only
      -- reader would be ON DELETE SET NULL when an approved destruction deletes a file,
      -- a rare action that may scan.

      -- Only tags with a history need a row; the set itself is the handTags setting.
      CREATE TABLE hand_tags (
        number       TEXT PRIMARY KEY,
        active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
        lost_at      INTEGER,
        lost_by      TEXT,
        lost_reason  TEXT,
        lost_date    TEXT,
        check_in_id  TEXT
      ) STRICT;
      CREATE INDEX hand_tags_lost ON hand_tags (lost_date) WHERE lost_date IS NOT NULL;

      CREATE TABLE price_items (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
        active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
        sort        INTEGER NOT NULL DEFAULT 0,
        updated_at  INTEGER NOT NULL
      ) STRICT;

      -- Name and unit price are copied, so a later price change leaves old slips as written.
      CREATE TABLE tag_charges (
        id           TEXT PRIMARY KEY,
        check_in_id  TEXT NOT NULL REFERENCES check_ins (id),
        item_id      TEXT,
        name         TEXT NOT NULL,
        unit_cents   INTEGER NOT NULL CHECK (unit_cents >= 0),
        quantity     INTEGER NOT NULL CHECK (quantity > 0),
        total_cents  INTEGER NOT NULL CHECK (total_cents = unit_cents * quantity),
        added_by     TEXT NOT NULL,
        added_at     INTEGER NOT NULL,
        voided_at    INTEGER,
        voided_by    TEXT,
        void_reason  TEXT,
        settled_at   INTEGER,
        settled_by   TEXT,
        method       TEXT CHECK (method IN ('cash','card','mobile','account')),
        left_reason  TEXT,
        CHECK (settled_at IS NULL OR (method IS NULL) <> (left_reason IS NULL))
      ) STRICT;
      CREATE INDEX tag_charges_check_in ON tag_charges (check_in_id);
      CREATE INDEX tag_charges_open ON tag_charges (check_in_id)
        WHERE voided_at IS NULL AND settled_at IS NULL;

      -- Card type and count only: the front desk never handles card prices.
      CREATE TABLE card_sales (
        id            TEXT PRIMARY KEY,
        card_type     TEXT NOT NULL,
        count         INTEGER NOT NULL CHECK (count > 0),
        business_date TEXT NOT NULL,
        sold_by       TEXT NOT NULL,
        sold_at       INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX card_sales_day ON card_sales (business_date);
    `);
  },
};
