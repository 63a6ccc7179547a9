import type { Migration } from './types';

/**
 * Complaints (投诉, 首问负责制), their service levels and escalation, follow-up calls (回访)
 * and incident reports (突发事件), issue 12.
 *
 * A case keeps its deadlines and escalation level as columns, so the board, the handover and
 * main's timer read open cases by index; `complaint_events` is its history, from which the
 * deadlines are recomputed when the calendar or a service level changes. The internal note on
 * staff responsibility is a table of its own: only code that means to read it joins it.
 */
export const complaints: Migration = {
  version: 15,
  name: 'complaints',
  up(db) {
    db.exec(`
      -- The site calendar: opening hours per weekday (0 = Sunday), holidays and 调休 workdays.
      CREATE TABLE opening_hours (
        weekday  INTEGER PRIMARY KEY CHECK (weekday BETWEEN 0 AND 6),
        opens_at TEXT,
        closes_at TEXT,
        CHECK ((opens_at IS NULL) = (closes_at IS NULL))
      ) STRICT;
      CREATE TABLE calendar_days (
        day        TEXT PRIMARY KEY,
        kind       TEXT NOT NULL CHECK (kind IN ('holiday','workday')),
        -- A make-up workday opens with the hours of this weekday (Monday when NULL).
        as_weekday INTEGER CHECK (as_weekday BETWEEN 0 AND 6),
        name       TEXT,
        CHECK (kind = 'workday' OR as_weekday IS NULL)
      ) STRICT;

      -- Per category and severity; category '*' is the level of every category without its own.
      CREATE TABLE service_levels (
        category               TEXT NOT NULL,
        severity               TEXT NOT NULL CHECK (severity IN ('low','normal','high','critical')),
        first_response_minutes INTEGER NOT NULL CHECK (first_response_minutes > 0),
        resolution_minutes     INTEGER NOT NULL CHECK (resolution_minutes > 0),
        clock                  TEXT NOT NULL CHECK (clock IN ('opening','clock')),
        pauses_while_waiting   INTEGER NOT NULL CHECK (pauses_while_waiting IN (0,1)),
        PRIMARY KEY (category, severity)
      ) STRICT;

      -- Level 1.. of the escalation chain (level 0 is the owner): a role or a named colleague.
      CREATE TABLE escalation_levels (
        level          INTEGER PRIMARY KEY CHECK (level >= 1),
        role           TEXT CHECK (role IN ('receptionist','consultant','dutyManager','supervisor','admin')),
        staff_id       TEXT REFERENCES staff (id),
        watches        TEXT NOT NULL CHECK (watches IN ('firstResponseDue','resolutionDue')),
        offset_minutes INTEGER NOT NULL,
        CHECK ((role IS NULL) <> (staff_id IS NULL))
      ) STRICT;

      CREATE TABLE complaints (
        id                 TEXT PRIMARY KEY,
        -- What the desk says on the phone: TS-20261203-001.
        number             TEXT NOT NULL UNIQUE,
        channel            TEXT NOT NULL CHECK (channel IN ('desk','phone','message','online','letter')),
        client_id          TEXT REFERENCES clients (id) ON DELETE SET NULL,
        -- Anonymous or not on file: a name as given and a number to call back.
        contact_name       TEXT,
        call_back_phone    TEXT,
        category           TEXT NOT NULL,
        severity           TEXT NOT NULL CHECK (severity IN ('low','normal','high','critical')),
        summary            TEXT NOT NULL,
        client_wants       TEXT,
        received_at        INTEGER NOT NULL,
        business_date      TEXT NOT NULL,
        first_receiver     TEXT NOT NULL REFERENCES staff (id),
        owner_id           TEXT NOT NULL REFERENCES staff (id),
        state              TEXT NOT NULL
                           CHECK (state IN ('open','responded','waitingForClient','resolved','closed')),
        level              INTEGER NOT NULL DEFAULT 0 CHECK (level >= 0),
        first_response_due INTEGER,
        resolution_due     INTEGER,
        -- The earliest moment the next escalation level falls due; NULL when none is left.
        next_level_at      INTEGER,
        -- When the clock of the deadlines started: the intake, or the last reopening.
        clock_from         INTEGER,
        -- Counted minutes to the first response and to the resolution (opening or clock hours,
        -- pauses left out), fixed when they happen, so the board sums them instead of
        -- re-walking every case's calendar on each read.
        response_minutes   INTEGER,
        resolution_minutes INTEGER,
        responded_at       INTEGER,
        resolved_at        INTEGER,
        closed_at          INTEGER,
        reopened_count     INTEGER NOT NULL DEFAULT 0,
        plan               TEXT,
        result             TEXT,
        remedy_kind        TEXT NOT NULL DEFAULT 'none'
                           CHECK (remedy_kind IN ('none','money','freeSession','extension')),
        remedy_cents       INTEGER CHECK (remedy_cents >= 0),
        remedy_sessions    INTEGER CHECK (remedy_sessions >= 0),
        remedy_days        INTEGER CHECK (remedy_days >= 0),
        -- A shift-log entry of category complaint this case was made from (linked both ways).
        log_entry_id       TEXT UNIQUE REFERENCES log_entries (id),
        updated_at         INTEGER NOT NULL,
        CHECK (client_id IS NOT NULL OR call_back_phone IS NOT NULL OR contact_name IS NOT NULL
               OR channel IN ('letter','online'))
      ) STRICT;
      -- Open cases only: the board, the handover and the timer never walk closed ones.
      CREATE INDEX complaints_open_due ON complaints (resolution_due) WHERE state <> 'closed';
      CREATE INDEX complaints_open_owner ON complaints (owner_id, resolution_due)
        WHERE state <> 'closed';
      CREATE INDEX complaints_next_level ON complaints (next_level_at)
        WHERE state <> 'closed' AND next_level_at IS NOT NULL;
      CREATE INDEX complaints_client ON complaints (client_id, received_at)
        WHERE client_id IS NOT NULL;
      CREATE INDEX complaints_received ON complaints (received_at);
      -- The board's response and resolution times over the last 30 days.
      CREATE INDEX complaints_responded ON complaints (responded_at) WHERE responded_at IS NOT NULL;
      CREATE INDEX complaints_resolved ON complaints (resolved_at) WHERE resolved_at IS NOT NULL;

      -- The case's history: every state change, action, escalation and transfer, in order.
      CREATE TABLE complaint_events (
        id           TEXT PRIMARY KEY,
        complaint_id TEXT NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
        at           INTEGER NOT NULL,
        -- NULL for what main's timer did (an automatic escalation).
        by_staff     TEXT REFERENCES staff (id),
        kind         TEXT NOT NULL CHECK (kind IN ('received','state','action','plan','result',
                       'remedy','escalated','transferOffered','transferAccepted','transferDeclined',
                       'attachment','followUp','reopened','deadlines')),
        state        TEXT CHECK (state IN ('open','responded','waitingForClient','resolved','closed')),
        level        INTEGER,
        body         TEXT,
        detail       TEXT
      ) STRICT;
      CREATE INDEX complaint_events_case ON complaint_events (complaint_id, at);

      CREATE TABLE complaint_transfers (
        id           TEXT PRIMARY KEY,
        complaint_id TEXT NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
        from_staff   TEXT NOT NULL REFERENCES staff (id),
        to_staff     TEXT NOT NULL REFERENCES staff (id),
        reason       TEXT NOT NULL,
        offered_at   INTEGER NOT NULL,
        accepted_at  INTEGER,
        declined_at  INTEGER,
        CHECK (accepted_at IS NULL OR declined_at IS NULL)
      ) STRICT;
      -- One offer open per case at a time.
      CREATE UNIQUE INDEX complaint_transfers_open ON complaint_transfers (complaint_id)
        WHERE accepted_at IS NULL AND declined_at IS NULL;
      CREATE INDEX complaint_transfers_to ON complaint_transfers (to_staff)
        WHERE accepted_at IS NULL AND declined_at IS NULL;

      -- 内部备注 on staff responsibility: supervisor and admin only, never in a desk's view.
      CREATE TABLE complaint_internal_notes (
        id           TEXT PRIMARY KEY,
        complaint_id TEXT NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
        at           INTEGER NOT NULL,
        by_staff     TEXT NOT NULL REFERENCES staff (id),
        body         TEXT NOT NULL
      ) STRICT;
      CREATE INDEX complaint_internal_notes_case ON complaint_internal_notes (complaint_id, at);

      -- Photos and scans, in the vault like every other file of a client.
      CREATE TABLE complaint_attachments (
        id           TEXT PRIMARY KEY,
        complaint_id TEXT NOT NULL REFERENCES complaints (id) ON DELETE CASCADE,
        file_name    TEXT NOT NULL,
        mime_type    TEXT NOT NULL,
        size         INTEGER NOT NULL,
        content      BLOB NOT NULL,
        added_by     TEXT NOT NULL REFERENCES staff (id),
        added_at     INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX complaint_attachments_case ON complaint_attachments (complaint_id);

      -- 突发事件: what the desk writes down, the member's drawn acknowledgement, the costs.
      CREATE TABLE incidents (
        id               TEXT PRIMARY KEY,
        number           TEXT NOT NULL UNIQUE,
        kind             TEXT NOT NULL CHECK (kind IN ('injury','illness','property','security','other')),
        client_id        TEXT REFERENCES clients (id) ON DELETE SET NULL,
        member_card      TEXT,
        person_name      TEXT NOT NULL,
        gender           TEXT CHECK (gender IN ('female','male','unspecified')),
        age              INTEGER CHECK (age BETWEEN 0 AND 130),
        phone            TEXT,
        occurred_at      INTEGER NOT NULL,
        place            TEXT NOT NULL,
        what_happened    TEXT NOT NULL,
        injury           TEXT,
        first_aid        TEXT,
        hospital_escort  INTEGER NOT NULL DEFAULT 0 CHECK (hospital_escort IN (0,1)),
        hospital         TEXT,
        costs_cents      INTEGER NOT NULL DEFAULT 0 CHECK (costs_cents >= 0),
        handling_opinion TEXT,
        member_demands   TEXT,
        witnesses        TEXT,
        staff_involved   TEXT,
        recorded_by      TEXT NOT NULL REFERENCES staff (id),
        recorded_at      INTEGER NOT NULL,
        business_date    TEXT NOT NULL,
        shift_id         TEXT REFERENCES shifts (id),
        log_entry_id     TEXT UNIQUE REFERENCES log_entries (id),
        complaint_id     TEXT REFERENCES complaints (id),
        signer_name      TEXT,
        signature        BLOB,
        signature_mime   TEXT,
        signed_at        INTEGER,
        updated_at       INTEGER NOT NULL,
        CHECK ((signature IS NULL) = (signed_at IS NULL))
      ) STRICT;
      CREATE INDEX incidents_occurred ON incidents (occurred_at);
      CREATE INDEX incidents_shift ON incidents (shift_id) WHERE shift_id IS NOT NULL;
      CREATE INDEX incidents_client ON incidents (client_id) WHERE client_id IS NOT NULL;
      -- A signed report is what management reads: its facts stay as signed.
      CREATE TRIGGER incidents_signed BEFORE UPDATE OF kind, person_name, occurred_at, place,
          what_happened, injury, first_aid, signature, signer_name, signed_at ON incidents
        WHEN OLD.signed_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'incident report was signed'); END;

      -- 客户回访: a plan per client (its rule as JSON, from shared/domain/followUpPlan).
      CREATE TABLE follow_up_plans (
        id          TEXT PRIMARY KEY,
        client_id   TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        rule        TEXT NOT NULL,
        starts_on   TEXT NOT NULL,
        assigned_to TEXT REFERENCES staff (id),
        note        TEXT,
        -- Written by a desk rule (follow_up_rules.kind) rather than by a person.
        auto_rule   TEXT,
        created_by  TEXT REFERENCES staff (id),
        created_at  INTEGER NOT NULL,
        ended_at    INTEGER
      ) STRICT;
      CREATE INDEX follow_up_plans_client ON follow_up_plans (client_id);
      CREATE INDEX follow_up_plans_auto ON follow_up_plans (client_id, auto_rule)
        WHERE auto_rule IS NOT NULL;

      -- The desk's own rules over every member (自动回访): a row is a rule switched on. Each
      -- day main writes a one-call plan for each member the rule reaches that day.
      CREATE TABLE follow_up_rules (
        kind       TEXT PRIMARY KEY CHECK (kind IN ('afterFirstVisit','beforeExpiry','notSeen')),
        days       INTEGER NOT NULL CHECK (days BETWEEN 0 AND 730),
        updated_by TEXT NOT NULL REFERENCES staff (id),
        updated_at INTEGER NOT NULL
      ) STRICT;
      -- 'Not seen for N days' reads the members whose last visit fell on one day.
      CREATE INDEX client_visits_last ON client_visits (last_at);
      CREATE INDEX follow_up_plans_active ON follow_up_plans (starts_on) WHERE ended_at IS NULL;

      -- One call to make: from a plan, a resolved complaint, or an incident. A call not
      -- answered makes the next attempt (retry_of); the outcome and score end this one.
      CREATE TABLE follow_up_calls (
        id           TEXT PRIMARY KEY,
        plan_id      TEXT REFERENCES follow_up_plans (id) ON DELETE CASCADE,
        complaint_id TEXT REFERENCES complaints (id) ON DELETE CASCADE,
        incident_id  TEXT REFERENCES incidents (id) ON DELETE CASCADE,
        client_id    TEXT REFERENCES clients (id) ON DELETE CASCADE,
        phone        TEXT,
        due_day      TEXT NOT NULL,
        due_at       INTEGER,
        assigned_to  TEXT REFERENCES staff (id),
        attempt      INTEGER NOT NULL DEFAULT 1 CHECK (attempt >= 1),
        retry_of     TEXT REFERENCES follow_up_calls (id),
        outcome      TEXT CHECK (outcome IN ('reached','noAnswer','wrongNumber','callBack')),
        score        INTEGER CHECK (score BETWEEN 1 AND 5),
        note         TEXT,
        done_at      INTEGER,
        done_by      TEXT REFERENCES staff (id),
        done_day     TEXT,
        -- Given up after the last attempt, or the plan ended: not done, not to call either.
        dropped_at   INTEGER,
        created_at   INTEGER NOT NULL,
        CHECK ((plan_id IS NOT NULL) + (complaint_id IS NOT NULL) + (incident_id IS NOT NULL) = 1),
        CHECK ((outcome IS NULL) = (done_at IS NULL)),
        UNIQUE (plan_id, due_day, attempt)
      ) STRICT;
      CREATE INDEX follow_up_calls_open ON follow_up_calls (due_day)
        WHERE done_at IS NULL AND dropped_at IS NULL;
      CREATE INDEX follow_up_calls_open_staff ON follow_up_calls (assigned_to, due_day)
        WHERE done_at IS NULL AND dropped_at IS NULL;
      CREATE INDEX follow_up_calls_done_day ON follow_up_calls (done_day) WHERE done_day IS NOT NULL;
      -- The board's "missed today" counts the calls given up today.
      CREATE INDEX follow_up_calls_dropped ON follow_up_calls (dropped_at) WHERE dropped_at IS NOT NULL;
      CREATE INDEX follow_up_calls_client ON follow_up_calls (client_id, due_day)
        WHERE client_id IS NOT NULL;
      CREATE INDEX follow_up_calls_complaint ON follow_up_calls (complaint_id)
        WHERE complaint_id IS NOT NULL;
      CREATE INDEX follow_up_calls_incident ON follow_up_calls (incident_id)
        WHERE incident_id IS NOT NULL;
    `);
  },
};
