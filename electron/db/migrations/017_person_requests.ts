import type { Migration } from './types';

/** Columns of a signed handover that must stay as signed through a redaction. */
const HANDOVER_KEPT = [
  'shift_id',
  'business_date',
  'created_at',
  'created_by',
  'coach_female',
  'coach_male',
  'counted_cents',
  'denominations',
  'updated_at',
  'updated_by',
  'expected_cents',
  'variance_cents',
  'outgoing_id',
  'outgoing_signed_at',
  'audit_seq',
  'audit_head',
];
const unchanged = (cols: string[]) => cols.map((c) => `NEW.${c} IS OLD.${c}`).join(' AND ');
const redacting = 'EXISTS (SELECT 1 FROM redaction_window)';

/**
 * A person's data on request (issue 13): find, export (个人信息复制) and erase (删除) with two
 * approvals, and the one sanctioned way to change a signed record: a redaction. While a
 * redaction runs (a row in `redaction_window`, written and removed inside the erasing
 * transaction), the handover's freeze triggers let through only its text columns; every
 * figure, time, signer and audit head of a signed handover stays as signed. What each
 * redaction replaced is kept in `handover_redactions`. Signed log entries and incident
 * reports go through retention's anonymising path of migration 016, unchanged here.
 */
export const personRequests: Migration = {
  version: 17,
  name: 'person_requests',
  up(db) {
    db.exec(`
      CREATE TABLE person_requests (
        id           TEXT PRIMARY KEY,
        kind         TEXT NOT NULL CHECK (kind IN ('export','erase')),
        -- No foreign key: the record of the request outlives the file it erased.
        client_id    TEXT,
        -- Name, phones and ID number of a person without a file; NULL once done or rejected.
        subject      TEXT,
        secrecy      TEXT NOT NULL DEFAULT 'none',
        reason       TEXT NOT NULL,
        requested_by TEXT NOT NULL REFERENCES staff (id),
        requested_at INTEGER NOT NULL,
        status       TEXT NOT NULL DEFAULT 'pending'
                     CHECK (status IN ('pending','approved','rejected','exported','erased')),
        supervisor_by TEXT REFERENCES staff (id),
        supervisor_at INTEGER,
        admin_by      TEXT REFERENCES staff (id),
        admin_at      INTEGER,
        rejected_by   TEXT REFERENCES staff (id),
        rejected_at   INTEGER,
        reject_note   TEXT,
        done_at       INTEGER,
        file_name     TEXT,
        counts        TEXT
      ) STRICT;
      CREATE INDEX person_requests_open ON person_requests (requested_at)
        WHERE status IN ('pending','approved');
      CREATE INDEX person_requests_client ON person_requests (client_id)
        WHERE client_id IS NOT NULL;
      CREATE INDEX person_requests_recent ON person_requests (requested_at);

      -- Finding one person's records by their file, phone or ID without reading whole tables.
      CREATE INDEX check_ins_client ON check_ins (client_id, checked_in_at) WHERE client_id IS NOT NULL;
      CREATE INDEX visitors_client ON visitors (client_id) WHERE client_id IS NOT NULL;
      CREATE INDEX visitors_phone ON visitors (phone) WHERE phone IS NOT NULL;
      CREATE INDEX calls_phone ON calls (callback_phone);
      CREATE INDEX queue_tickets_phone ON queue_tickets (phone) WHERE phone IS NOT NULL;
      CREATE INDEX complaints_phone ON complaints (call_back_phone) WHERE call_back_phone IS NOT NULL;
      CREATE INDEX incidents_phone ON incidents (phone) WHERE phone IS NOT NULL;
      CREATE INDEX waivers_visitor ON waivers (visitor_id) WHERE visitor_id IS NOT NULL;
      CREATE INDEX block_list_all_phone ON block_list (phone) WHERE phone IS NOT NULL;
      CREATE INDEX block_list_all_id ON block_list (id_number) WHERE id_number IS NOT NULL;
      -- When shifts were signed over, without reading the content stored before that column.
      CREATE INDEX handovers_signed ON handovers (outgoing_signed_at)
        WHERE outgoing_signed_at IS NOT NULL;

      -- Present only inside the transaction of an erasure or a destruction.
      CREATE TABLE redaction_window (id INTEGER PRIMARY KEY CHECK (id = 1), source TEXT NOT NULL) STRICT;

      -- What a redaction replaced in a signed handover: the content paths, the digests of the
      -- content before and after (so a copy of the old content can still be matched), by whom.
      CREATE TABLE handover_redactions (
        id            TEXT PRIMARY KEY,
        handover_id   TEXT NOT NULL,
        at            INTEGER NOT NULL,
        by_staff      TEXT NOT NULL REFERENCES staff (id),
        source        TEXT NOT NULL CHECK (source IN ('erasure','destruction')),
        request_id    TEXT NOT NULL,
        paths         TEXT NOT NULL,
        digest_before TEXT NOT NULL,
        digest_after  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX handover_redactions_handover ON handover_redactions (handover_id, at);
      CREATE TRIGGER handover_redactions_no_update BEFORE UPDATE ON handover_redactions
        BEGIN SELECT RAISE(ABORT, 'redactions are append-only'); END;

      DROP TRIGGER handovers_frozen;
      CREATE TRIGGER handovers_frozen BEFORE UPDATE ON handovers
        WHEN OLD.outgoing_signed_at IS NOT NULL
          AND NOT (${redacting} AND ${unchanged(HANDOVER_KEPT)})
        BEGIN SELECT RAISE(ABORT, 'handover is signed'); END;

      -- The incoming side's flags, the review and the corrections keep their text frozen too,
      -- but for a redaction, which changes nothing else.
      DROP TRIGGER handover_flags_frozen;
      CREATE TRIGGER handover_flags_frozen BEFORE UPDATE ON handover_flags
        WHEN NOT (${redacting} AND ${unchanged(['handover_id', 'section', 'at', 'by_staff'])})
        BEGIN SELECT RAISE(ABORT, 'handover is signed'); END;
      DROP TRIGGER handover_reviews_frozen;
      CREATE TRIGGER handover_reviews_frozen BEFORE UPDATE ON handover_reviews
        WHEN NOT (${redacting} AND ${unchanged(['handover_id', 'reviewer_id', 'at'])})
        BEGIN SELECT RAISE(ABORT, 'handover is reviewed'); END;
      DROP TRIGGER handover_corrections_frozen;
      CREATE TRIGGER handover_corrections_frozen BEFORE UPDATE ON handover_corrections
        WHEN NOT (${redacting} AND ${unchanged(['handover_id', 'section', 'at', 'by_staff'])})
        BEGIN SELECT RAISE(ABORT, 'corrections are append-only'); END;
    `);
  },
};
