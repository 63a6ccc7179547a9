import type { Migration } from './types';

/**
 * Client files with their search index, documents, change history, reviews, the access
 * record (借阅卡), export and destruction requests, and the tombstones of destroyed files.
 */
export const clientFiles: Migration = {
  version: 2,
  name: 'client_files',
  up(db) {
    db.exec(`
      CREATE TABLE clients (
        id                TEXT PRIMARY KEY,
        kind              TEXT NOT NULL CHECK (kind IN ('person','organisation')),
        name              TEXT NOT NULL,
        name_latin        TEXT,
        sort_key          TEXT NOT NULL DEFAULT '',
        gender            TEXT CHECK (gender IN ('female','male','unspecified')),
        birthday          TEXT,
        phones            TEXT NOT NULL DEFAULT '[]',
        email             TEXT,
        address           TEXT,
        id_type           TEXT CHECK (id_type IN ('prcId','passport','other')),
        id_number         TEXT,
        contacts          TEXT NOT NULL DEFAULT '[]',
        notes             TEXT,
        alert_note        TEXT,
        tags              TEXT NOT NULL DEFAULT '[]',
        consultant_id     TEXT REFERENCES staff (id),
        credit_grade      TEXT NOT NULL DEFAULT 'B' CHECK (credit_grade IN ('A','B','C','D')),
        card_type         TEXT,
        card_number       TEXT COLLATE NOCASE UNIQUE,
        membership_start  TEXT,
        membership_expiry TEXT,
        membership_status TEXT CHECK (membership_status IN ('active','frozen','expired','unpaid','banned')),
        secrecy           TEXT NOT NULL DEFAULT 'none'
                          CHECK (secrecy IN ('none','secret','confidential','topSecret')),
        secrecy_until     INTEGER,
        photo             BLOB,
        photo_mime        TEXT,
        file_review_due   TEXT NOT NULL,
        credit_review_due TEXT NOT NULL,
        version           INTEGER NOT NULL DEFAULT 1,
        created_by        TEXT,
        created_at        INTEGER NOT NULL,
        updated_at        INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX clients_secrecy_until ON clients (secrecy_until) WHERE secrecy_until IS NOT NULL;
      CREATE INDEX clients_file_review ON clients (file_review_due);
      CREATE INDEX clients_credit_review ON clients (credit_review_due);
      CREATE INDEX clients_consultant ON clients (consultant_id);
      CREATE INDEX clients_status ON clients (membership_status);
      -- Lists run in pinyin order, as a Chinese desk expects (张 after 王, not by code point).
      CREATE INDEX clients_sort ON clients (sort_key, id);

      -- Desk search: one row per searchable term (card, phone, last four, name, pinyin,
      -- initials), prefixed by kind, so every query is a range scan of the primary key.
      CREATE TABLE client_search (
        term      TEXT NOT NULL,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        PRIMARY KEY (term, client_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX client_search_client ON client_search (client_id);

      CREATE TABLE client_documents (
        id         TEXT PRIMARY KEY,
        client_id  TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        file_name  TEXT NOT NULL,
        mime_type  TEXT NOT NULL,
        size       INTEGER NOT NULL,
        content    BLOB NOT NULL,
        added_by   TEXT,
        added_at   INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX client_documents_client ON client_documents (client_id);

      CREATE TABLE client_changes (
        id        INTEGER PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        at        INTEGER NOT NULL,
        staff_id  TEXT,
        field     TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT
      ) STRICT;
      CREATE INDEX client_changes_client ON client_changes (client_id, id);

      CREATE TABLE client_reviews (
        id           TEXT PRIMARY KEY,
        client_id    TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        kind         TEXT NOT NULL CHECK (kind IN ('file','credit')),
        at           INTEGER NOT NULL,
        staff_id     TEXT NOT NULL,
        grade_before TEXT,
        grade_after  TEXT,
        note         TEXT
      ) STRICT;
      CREATE INDEX client_reviews_client ON client_reviews (client_id, at);

      -- The borrowing card. No foreign key: the record of who read a file outlives it.
      CREATE TABLE file_access (
        id        TEXT PRIMARY KEY,
        at        INTEGER NOT NULL,
        staff_id  TEXT NOT NULL,
        client_id TEXT NOT NULL,
        secrecy   TEXT NOT NULL,
        kind      TEXT NOT NULL CHECK (kind IN ('open','reveal','document','export','refused')),
        field     TEXT,
        reason    TEXT
      ) STRICT;
      CREATE INDEX file_access_at ON file_access (at);
      CREATE INDEX file_access_staff ON file_access (staff_id, at);
      CREATE INDEX file_access_client ON file_access (client_id, at);

      CREATE TABLE export_requests (
        id                TEXT PRIMARY KEY,
        requested_by      TEXT NOT NULL,
        requested_at      INTEGER NOT NULL,
        format            TEXT NOT NULL CHECK (format IN ('csv','xlsx')),
        client_ids        TEXT NOT NULL,
        client_count      INTEGER NOT NULL,
        highest_secrecy   TEXT NOT NULL,
        reason            TEXT NOT NULL,
        status            TEXT NOT NULL DEFAULT 'pending'
                          CHECK (status IN ('pending','approved','rejected','exported')),
        supervisor_by     TEXT,
        supervisor_at     INTEGER,
        admin_by          TEXT,
        admin_at          INTEGER,
        rejected_by       TEXT,
        rejected_at       INTEGER,
        reject_note       TEXT,
        exported_at       INTEGER,
        file_name         TEXT
      ) STRICT;

      CREATE TABLE destruction_requests (
        id            TEXT PRIMARY KEY,
        client_id     TEXT NOT NULL,
        requested_by  TEXT NOT NULL,
        requested_at  INTEGER NOT NULL,
        reason        TEXT NOT NULL,
        status        TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','rejected','destroyed')),
        supervisor_by TEXT,
        supervisor_at INTEGER,
        admin_by      TEXT,
        admin_at      INTEGER,
        rejected_by   TEXT,
        rejected_at   INTEGER,
        reject_note   TEXT,
        destroyed_at  INTEGER
      ) STRICT;
      CREATE INDEX destruction_requests_client ON destruction_requests (client_id);

      CREATE TABLE client_tombstones (
        client_id    TEXT PRIMARY KEY,
        request_id   TEXT NOT NULL,
        destroyed_at INTEGER NOT NULL,
        reason       TEXT NOT NULL,
        requested_by TEXT NOT NULL,
        approved_by  TEXT NOT NULL
      ) STRICT;
    `);
  },
};
