import type { Migration } from './types';

/**
 * Reception beyond check-in: the consultants' daily sign-in (轮值), visitors and their
 * hand-over (访客登记), passes of a visitor to the next consultant (the misses), phone
 * intake (来电登记), the message book (留言本) and the block list.
 */
export const visitors: Migration = {
  version: 4,
  name: 'visitors',
  up(db) {
    db.exec(`
      -- One row per consultant per business day; the position is the order of turns.
      CREATE TABLE consultant_days (
        staff_id      TEXT NOT NULL REFERENCES staff (id),
        business_date TEXT NOT NULL,
        signed_in_at  INTEGER NOT NULL,
        position      INTEGER NOT NULL,
        status        TEXT NOT NULL DEFAULT 'available'
                      CHECK (status IN ('available','withVisitor','out')),
        out_reason    TEXT,
        PRIMARY KEY (staff_id, business_date)
      ) STRICT;
      CREATE INDEX consultant_days_rotation ON consultant_days (business_date, position);

      CREATE TABLE visitors (
        id            TEXT PRIMARY KEY,
        business_date TEXT NOT NULL,
        registered_at INTEGER NOT NULL,
        registered_by TEXT NOT NULL,
        name          TEXT NOT NULL,
        phone         TEXT,
        gender        TEXT CHECK (gender IN ('female','male','unspecified')),
        source        TEXT,
        interest      TEXT,
        scenario      TEXT NOT NULL CHECK (scenario IN ('A','B','C')),
        trial         INTEGER NOT NULL DEFAULT 0 CHECK (trial IN (0,1)),
        named_id      TEXT REFERENCES staff (id),
        consultant_id TEXT REFERENCES staff (id),
        assigned_at   INTEGER,
        deadline_at   INTEGER,
        confirmed_at  INTEGER,
        confirmed_by  TEXT REFERENCES staff (id),
        status        TEXT NOT NULL DEFAULT 'waiting'
                      CHECK (status IN ('waiting','received','left')),
        left_at       INTEGER,
        block_id      TEXT,
        client_id     TEXT REFERENCES clients (id) ON DELETE SET NULL
      ) STRICT;
      CREATE INDEX visitors_waiting ON visitors (registered_at) WHERE status = 'waiting';
      CREATE INDEX visitors_day ON visitors (business_date);
      CREATE INDEX visitors_consultant ON visitors (consultant_id) WHERE status = 'waiting';
      CREATE INDEX visitors_confirmed ON visitors (confirmed_by, business_date);

      -- A visitor handed on to the next consultant: the miss is recorded against from_staff.
      CREATE TABLE visitor_passes (
        id            INTEGER PRIMARY KEY,
        visitor_id    TEXT NOT NULL REFERENCES visitors (id),
        business_date TEXT NOT NULL,
        from_staff    TEXT REFERENCES staff (id),
        to_staff      TEXT REFERENCES staff (id),
        at            INTEGER NOT NULL,
        by_staff      TEXT NOT NULL,
        reason        TEXT NOT NULL CHECK (reason IN ('timeout','out','manual'))
      ) STRICT;
      CREATE INDEX visitor_passes_visitor ON visitor_passes (visitor_id);
      CREATE INDEX visitor_passes_day ON visitor_passes (business_date, from_staff);

      CREATE TABLE messages (
        id         TEXT PRIMARY KEY,
        at         INTEGER NOT NULL,
        from_staff TEXT NOT NULL REFERENCES staff (id),
        -- NULL: for the next shift, whoever reads it first.
        to_staff   TEXT REFERENCES staff (id),
        body       TEXT NOT NULL,
        read_at    INTEGER,
        read_by    TEXT REFERENCES staff (id)
      ) STRICT;
      CREATE INDEX messages_unread ON messages (to_staff, at) WHERE read_at IS NULL;
      CREATE INDEX messages_to ON messages (to_staff, at);

      CREATE TABLE calls (
        id             TEXT PRIMARY KEY,
        business_date  TEXT NOT NULL,
        at             INTEGER NOT NULL,
        caller_name    TEXT NOT NULL,
        callback_phone TEXT NOT NULL,
        purpose        TEXT NOT NULL,
        appointment    INTEGER NOT NULL CHECK (appointment IN (0,1)),
        route          TEXT NOT NULL CHECK (route IN ('rotation','message')),
        consultant_id  TEXT REFERENCES staff (id),
        message_id     TEXT REFERENCES messages (id),
        block_id       TEXT,
        taken_by       TEXT NOT NULL REFERENCES staff (id),
        CHECK ((consultant_id IS NULL) <> (message_id IS NULL))
      ) STRICT;
      CREATE INDEX calls_day ON calls (business_date);
      CREATE INDEX calls_message ON calls (message_id) WHERE message_id IS NOT NULL;

      -- People the site refuses. Name, pinyin, phone digits and ID number are matched.
      CREATE TABLE block_list (
        id         TEXT PRIMARY KEY,
        name       TEXT NOT NULL,
        name_key   TEXT NOT NULL,
        pinyin     TEXT NOT NULL,
        phone      TEXT,
        id_number  TEXT,
        reason     TEXT NOT NULL,
        added_by   TEXT NOT NULL REFERENCES staff (id),
        added_at   INTEGER NOT NULL,
        active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
        removed_by TEXT REFERENCES staff (id),
        removed_at INTEGER
      ) STRICT;
      CREATE INDEX block_list_phone ON block_list (phone) WHERE active = 1 AND phone IS NOT NULL;
      CREATE INDEX block_list_id_number ON block_list (id_number)
        WHERE active = 1 AND id_number IS NOT NULL;
      CREATE INDEX block_list_pinyin ON block_list (pinyin) WHERE active = 1;
      CREATE INDEX block_list_name ON block_list (name_key) WHERE active = 1;
    `);
  },
};
