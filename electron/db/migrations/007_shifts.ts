import type { Migration } from './types';

/**
 * Shifts (值班): templates, roster, attendance, checklists; the shift log (值班日志) with
 * follow-ups that travel from shift to shift; the handover (交接班) with its two signatures,
 * flags, reviews and corrections; and the audit-chain heads each signed handover anchors.
 */
export const shifts: Migration = {
  version: 7,
  name: 'shifts',
  up(db) {
    db.exec(`
      -- An end not after the start (22:00-06:00) means the shift ends the next day.
      CREATE TABLE shift_templates (
        id         TEXT PRIMARY KEY,
        name       TEXT NOT NULL,
        starts_at  TEXT NOT NULL,
        ends_at    TEXT NOT NULL,
        active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
        sort       INTEGER NOT NULL DEFAULT 0,
        updated_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE checklist_items (
        id         TEXT PRIMARY KEY,
        phase      TEXT NOT NULL CHECK (phase IN ('opening','closing')),
        label      TEXT NOT NULL,
        active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
        sort       INTEGER NOT NULL DEFAULT 0,
        updated_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE roster (
        business_date TEXT NOT NULL,
        template_id   TEXT NOT NULL REFERENCES shift_templates (id),
        staff_id      TEXT NOT NULL REFERENCES staff (id),
        set_by        TEXT NOT NULL,
        set_at        INTEGER NOT NULL,
        PRIMARY KEY (business_date, template_id, staff_id)
      ) STRICT;

      CREATE TABLE shifts (
        id                  TEXT PRIMARY KEY,
        template_id         TEXT REFERENCES shift_templates (id),
        name                TEXT NOT NULL,
        business_date       TEXT NOT NULL,
        planned_start       INTEGER NOT NULL,
        planned_end         INTEGER NOT NULL,
        opened_at           INTEGER NOT NULL,
        opened_by           TEXT NOT NULL REFERENCES staff (id),
        started_at          INTEGER,
        status              TEXT NOT NULL
                            CHECK (status IN ('opening','open','handedOver','closed','abandoned')),
        closed_at           INTEGER,
        opening_float_cents INTEGER NOT NULL DEFAULT 0 CHECK (opening_float_cents >= 0),
        abandoned_by        TEXT REFERENCES staff (id),
        abandon_reason      TEXT
      ) STRICT;
      -- One desk, one shift at work: SQLite itself refuses a second one.
      CREATE UNIQUE INDEX shifts_one_current ON shifts (status IN ('opening','open'))
        WHERE status IN ('opening','open');
      CREATE INDEX shifts_day ON shifts (business_date, planned_start);
      CREATE INDEX shifts_handed_over ON shifts (closed_at) WHERE status = 'handedOver';

      CREATE TABLE shift_staff (
        shift_id     TEXT NOT NULL REFERENCES shifts (id),
        staff_id     TEXT NOT NULL REFERENCES staff (id),
        clock_in_at  INTEGER NOT NULL,
        late_minutes INTEGER NOT NULL DEFAULT 0,
        rostered     INTEGER NOT NULL CHECK (rostered IN (0,1)),
        clock_out_at INTEGER,
        PRIMARY KEY (shift_id, staff_id)
      ) STRICT;
      CREATE INDEX shift_staff_staff ON shift_staff (staff_id, clock_in_at);

      -- Labels are copied at opening, so a later change of the list leaves old shifts as run.
      CREATE TABLE shift_checks (
        shift_id TEXT NOT NULL REFERENCES shifts (id),
        item_id  TEXT NOT NULL,
        phase    TEXT NOT NULL CHECK (phase IN ('opening','closing')),
        label    TEXT NOT NULL,
        sort     INTEGER NOT NULL DEFAULT 0,
        done_at  INTEGER,
        done_by  TEXT REFERENCES staff (id),
        PRIMARY KEY (shift_id, item_id)
      ) STRICT;

      CREATE TABLE shift_acks (
        shift_id TEXT NOT NULL REFERENCES shifts (id),
        kind     TEXT NOT NULL CHECK (kind IN ('handover','message')),
        ref_id   TEXT NOT NULL,
        at       INTEGER NOT NULL,
        by_staff TEXT NOT NULL REFERENCES staff (id),
        PRIMARY KEY (shift_id, kind, ref_id)
      ) STRICT;

      CREATE TABLE log_entries (
        id            TEXT PRIMARY KEY,
        shift_id      TEXT NOT NULL REFERENCES shifts (id),
        business_date TEXT NOT NULL,
        at            INTEGER NOT NULL,
        by_staff      TEXT NOT NULL REFERENCES staff (id),
        category      TEXT NOT NULL CHECK (category IN
                        ('general','maintenance','incident','complaint','vip','cash','security')),
        body          TEXT NOT NULL,
        edited_at     INTEGER,
        corrects_id   TEXT REFERENCES log_entries (id),
        -- Set when the shift is handed over; the trigger below then keeps the text as signed.
        locked        INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0,1)),
        follow_up     INTEGER NOT NULL DEFAULT 0 CHECK (follow_up IN (0,1)),
        owner_id      TEXT REFERENCES staff (id),
        due_at        INTEGER,
        done_at       INTEGER,
        done_by       TEXT REFERENCES staff (id),
        done_note     TEXT,
        CHECK (follow_up = 1 OR (owner_id IS NULL AND due_at IS NULL AND done_at IS NULL))
      ) STRICT;
      CREATE INDEX log_entries_shift ON log_entries (shift_id, at);
      CREATE INDEX log_entries_open ON log_entries (at) WHERE follow_up = 1 AND done_at IS NULL;
      CREATE INDEX log_entries_corrects ON log_entries (corrects_id) WHERE corrects_id IS NOT NULL;
      CREATE TRIGGER log_entries_frozen
        BEFORE UPDATE OF shift_id, business_date, at, by_staff, category, body, edited_at,
          corrects_id, follow_up, owner_id, due_at, locked ON log_entries
        WHEN OLD.locked = 1
        BEGIN SELECT RAISE(ABORT, 'log entry was handed over'); END;
      CREATE TRIGGER log_entries_no_delete BEFORE DELETE ON log_entries
        WHEN OLD.locked = 1
        BEGIN SELECT RAISE(ABORT, 'log entry was handed over'); END;

      -- Each shift an open follow-up was carried into: its way across the handovers.
      CREATE TABLE follow_up_carries (
        entry_id TEXT NOT NULL REFERENCES log_entries (id),
        shift_id TEXT NOT NULL REFERENCES shifts (id),
        at       INTEGER NOT NULL,
        PRIMARY KEY (entry_id, shift_id)
      ) STRICT;
      CREATE INDEX follow_up_carries_shift ON follow_up_carries (shift_id);

      CREATE TABLE handovers (
        id                 TEXT PRIMARY KEY,
        shift_id           TEXT NOT NULL UNIQUE REFERENCES shifts (id),
        business_date      TEXT NOT NULL,
        created_at         INTEGER NOT NULL,
        created_by         TEXT NOT NULL REFERENCES staff (id),
        -- What people type while preparing.
        coach_female       INTEGER,
        coach_male         INTEGER,
        counted_cents      INTEGER,
        denominations      TEXT,
        cash_note          TEXT,
        tag_notes          TEXT,
        summary            TEXT,
        updated_at         INTEGER NOT NULL,
        updated_by         TEXT NOT NULL REFERENCES staff (id),
        -- Written once, at the outgoing signature.
        content            TEXT,
        expected_cents     INTEGER,
        variance_cents     INTEGER,
        outgoing_id        TEXT REFERENCES staff (id),
        outgoing_signed_at INTEGER,
        audit_seq          INTEGER,
        audit_head         TEXT
      ) STRICT;
      CREATE INDEX handovers_day ON handovers (business_date);
      CREATE TRIGGER handovers_frozen BEFORE UPDATE ON handovers
        WHEN OLD.outgoing_signed_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'handover is signed'); END;

      CREATE TABLE handover_receipts (
        handover_id TEXT PRIMARY KEY REFERENCES handovers (id),
        incoming_id TEXT NOT NULL REFERENCES staff (id),
        at          INTEGER NOT NULL,
        outcome     TEXT NOT NULL CHECK (outcome IN ('signed','flagged')),
        confirmed   TEXT NOT NULL
      ) STRICT;
      CREATE TABLE handover_flags (
        handover_id TEXT NOT NULL REFERENCES handovers (id),
        section     TEXT NOT NULL
                    CHECK (section IN ('figures','openItems','anomalies','cash','summary')),
        note        TEXT NOT NULL,
        at          INTEGER NOT NULL,
        by_staff    TEXT NOT NULL REFERENCES staff (id),
        PRIMARY KEY (handover_id, section)
      ) STRICT;
      CREATE TABLE handover_reviews (
        handover_id TEXT PRIMARY KEY REFERENCES handovers (id),
        reviewer_id TEXT NOT NULL REFERENCES staff (id),
        at          INTEGER NOT NULL,
        note        TEXT NOT NULL
      ) STRICT;
      CREATE TABLE handover_corrections (
        id          TEXT PRIMARY KEY,
        handover_id TEXT NOT NULL REFERENCES handovers (id),
        section     TEXT NOT NULL
                    CHECK (section IN ('figures','openItems','anomalies','cash','summary')),
        body        TEXT NOT NULL,
        at          INTEGER NOT NULL,
        by_staff    TEXT NOT NULL REFERENCES staff (id)
      ) STRICT;
      CREATE INDEX handover_corrections_handover ON handover_corrections (handover_id, at);
      CREATE TRIGGER handover_receipts_frozen BEFORE UPDATE ON handover_receipts
        BEGIN SELECT RAISE(ABORT, 'handover is signed'); END;
      CREATE TRIGGER handover_flags_frozen BEFORE UPDATE ON handover_flags
        BEGIN SELECT RAISE(ABORT, 'handover is signed'); END;
      CREATE TRIGGER handover_reviews_frozen BEFORE UPDATE ON handover_reviews
        BEGIN SELECT RAISE(ABORT, 'handover is reviewed'); END;
      CREATE TRIGGER handover_corrections_frozen BEFORE UPDATE ON handover_corrections
        BEGIN SELECT RAISE(ABORT, 'corrections are append-only'); END;

      -- Heads of the audit chain recorded by signed handovers; kept when handovers expire.
      CREATE TABLE audit_anchors (
        seq       INTEGER PRIMARY KEY,
        hash      TEXT NOT NULL,
        at        INTEGER NOT NULL,
        source    TEXT NOT NULL,
        source_id TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER audit_anchors_no_update BEFORE UPDATE ON audit_anchors
        BEGIN SELECT RAISE(ABORT, 'audit anchors are append-only'); END;
      CREATE TRIGGER audit_anchors_no_delete BEFORE DELETE ON audit_anchors
        BEGIN SELECT RAISE(ABORT, 'audit anchors are append-only'); END;

      -- Cash taken in a shift and voids of a shift, found by time.
      CREATE INDEX tag_charges_settled ON tag_charges (settled_at) WHERE settled_at IS NOT NULL;
      CREATE INDEX tag_charges_voided ON tag_charges (voided_at) WHERE voided_at IS NOT NULL;
      CREATE INDEX visitor_passes_at ON visitor_passes (at);
    `);
  },
};
