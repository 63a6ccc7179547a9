import type { Migration } from './types';

/** An update of a handed-over log entry that only blanks its text and marks it anonymised. */
const LOG_ANONYMISING = `OLD.anonymised_at IS NULL AND NEW.anonymised_at IS NOT NULL
  AND NEW.body = '' AND NEW.shift_id IS OLD.shift_id AND NEW.business_date IS OLD.business_date
  AND NEW.at IS OLD.at AND NEW.by_staff IS OLD.by_staff AND NEW.category IS OLD.category
  AND NEW.edited_at IS OLD.edited_at AND NEW.corrects_id IS OLD.corrects_id
  AND NEW.follow_up IS OLD.follow_up AND NEW.owner_id IS OLD.owner_id
  AND NEW.due_at IS OLD.due_at AND NEW.locked IS OLD.locked`;

/**
 * An update of a signed incident that only takes out the person (name, signature, the free
 * text) and keeps the facts the figures count: kind, time, place, whether there was an injury.
 */
const INCIDENT_ANONYMISING = `OLD.anonymised_at IS NULL AND NEW.anonymised_at IS NOT NULL
  AND NEW.kind IS OLD.kind AND NEW.occurred_at IS OLD.occurred_at AND NEW.place IS OLD.place
  AND NEW.signed_at IS OLD.signed_at AND NEW.person_name = '—' AND NEW.what_happened = ''
  AND (NEW.injury IS NULL) = (OLD.injury IS NULL) AND (NEW.injury IS NULL OR NEW.injury = '—')
  AND NEW.first_aid IS NULL AND NEW.signer_name IS NULL AND NEW.signature = x''`;

/**
 * Retention (issue 13): a period per kind of record and, on every table that holds personal
 * data, when its personal fields were anonymised. Each partial index covers only what a run
 * may still have to do, so the preview and the run read a range of due rows, never the table.
 * The frozen rows' triggers get one narrow way through: the anonymising update above.
 */
export const retention: Migration = {
  version: 16,
  name: 'retention',
  up(db) {
    db.exec(`
      -- Handovers keep theirs in settings (handoverRetentionMonths), as before.
      CREATE TABLE retention_periods (
        kind   TEXT PRIMARY KEY CHECK (kind IN ('visitors','callBacks','queueTickets','waivers',
                 'blockList','shiftLog','complaints','accessRecords')),
        months INTEGER NOT NULL CHECK (months BETWEEN 1 AND 120)
      ) STRICT;

      ALTER TABLE visitors ADD COLUMN anonymised_at INTEGER;
      ALTER TABLE calls ADD COLUMN anonymised_at INTEGER;
      ALTER TABLE queue_tickets ADD COLUMN anonymised_at INTEGER;
      ALTER TABLE waivers ADD COLUMN anonymised_at INTEGER;
      ALTER TABLE block_list ADD COLUMN anonymised_at INTEGER;
      ALTER TABLE log_entries ADD COLUMN anonymised_at INTEGER;
      ALTER TABLE complaints ADD COLUMN anonymised_at INTEGER;
      ALTER TABLE incidents ADD COLUMN anonymised_at INTEGER;
      ALTER TABLE file_access ADD COLUMN anonymised_at INTEGER;

      CREATE INDEX visitors_retention ON visitors (registered_at) WHERE anonymised_at IS NULL;
      CREATE INDEX calls_retention ON calls (at) WHERE anonymised_at IS NULL;
      CREATE INDEX queue_tickets_retention ON queue_tickets (taken_at) WHERE anonymised_at IS NULL;
      CREATE INDEX waivers_retention ON waivers (signed_at) WHERE anonymised_at IS NULL;
      -- Only entries taken off the list: an active entry still protects the desk.
      CREATE INDEX block_list_retention ON block_list (removed_at)
        WHERE anonymised_at IS NULL AND active = 0;
      -- An open follow-up is still being worked, whatever its age.
      CREATE INDEX log_entries_retention ON log_entries (at)
        WHERE anonymised_at IS NULL AND (follow_up = 0 OR done_at IS NOT NULL);
      CREATE INDEX complaints_retention ON complaints (closed_at)
        WHERE anonymised_at IS NULL AND state = 'closed';
      CREATE INDEX incidents_retention ON incidents (occurred_at) WHERE anonymised_at IS NULL;
      CREATE INDEX file_access_retention ON file_access (at)
        WHERE anonymised_at IS NULL AND reason IS NOT NULL;

      -- IF EXISTS: a table rebuilt without its triggers (the restore test's old schema) still migrates.
      DROP TRIGGER IF EXISTS log_entries_frozen;
      CREATE TRIGGER log_entries_frozen
        BEFORE UPDATE OF shift_id, business_date, at, by_staff, category, body, edited_at,
          corrects_id, follow_up, owner_id, due_at, locked, anonymised_at ON log_entries
        WHEN OLD.locked = 1 AND NOT (${LOG_ANONYMISING})
        BEGIN SELECT RAISE(ABORT, 'log entry was handed over'); END;

      DROP TRIGGER IF EXISTS incidents_signed;
      CREATE TRIGGER incidents_signed BEFORE UPDATE OF kind, person_name, occurred_at, place,
          what_happened, injury, first_aid, signature, signer_name, signed_at, anonymised_at
        ON incidents
        WHEN OLD.signed_at IS NOT NULL AND NOT (${INCIDENT_ANONYMISING})
        BEGIN SELECT RAISE(ABORT, 'incident report was signed'); END;
    `);
  },
};
