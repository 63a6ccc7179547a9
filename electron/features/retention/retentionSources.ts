import type { RetentionKind } from '../../../shared/domain/retention';
import type { Db } from '../../db/types';

/**
 * One table a kind of record lives in: which rows are due (dated before the cut-off and not
 * yet anonymised — each WHERE matches its partial index of migration 016, so a count or a
 * batch reads only the due range) and how one whole record is anonymised. Rows, ids, dates,
 * states, consultants and amounts stay, so every count and time a report makes stays too.
 */
export interface RetentionSource {
  kind: Exclude<RetentionKind, 'handovers'>;
  table: string;
  /** The moment the period counts from (ms). */
  at: string;
  /** Extra conditions, the same as the partial index's. */
  where: string;
  /** Anonymises one record (its row and what hangs off it); `now` is the mark. */
  anonymise(db: Db, id: string, now: number): void;
}

/** A name that was there: the row keeps saying someone was, not who. */
export const NAME_MARK = '—';

/** Statements per connection: a run prepares each once, not once per record. */
type Runnable = { run(...params: unknown[]): unknown };
const prepared = new WeakMap<Db, Map<string, Runnable>>();

function run(db: Db, sql: string, ...args: unknown[]): void {
  let cache = prepared.get(db);
  if (!cache) prepared.set(db, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) cache.set(sql, (stmt = db.prepare(sql) as Runnable));
  stmt.run(...args);
}

/** A visitor with the waivers they signed as a visitor (a member's are the waivers kind). */
function anonymiseVisitor(db: Db, id: string, now: number): void {
  run(
    db,
    `UPDATE visitors SET name = '${NAME_MARK}', phone = NULL, interest = NULL, anonymised_at = ?
     WHERE id = ?`,
    now,
    id,
  );
  run(
    db,
    `UPDATE waivers SET signer_name = '${NAME_MARK}', signature = x'', anonymised_at = ?
     WHERE visitor_id = ? AND client_id IS NULL AND anonymised_at IS NULL`,
    now,
    id,
  );
}

/** A phone inquiry; a call left as a message takes the message's text (its purpose) with it. */
function anonymiseCall(db: Db, id: string, now: number): void {
  run(
    db,
    `UPDATE messages SET body = '' WHERE id = (SELECT message_id FROM calls WHERE id = ?)`,
    id,
  );
  run(
    db,
    `UPDATE calls SET caller_name = '${NAME_MARK}', callback_phone = '', purpose = '',
       called_back_note = NULL, anonymised_at = ? WHERE id = ?`,
    now,
    id,
  );
}

/** A case keeps its channel, category, severity, state, times and remedy; not who or what. */
function anonymiseComplaint(db: Db, id: string, now: number): void {
  run(db, 'UPDATE complaint_events SET body = NULL WHERE complaint_id = ?', id);
  run(db, "UPDATE complaint_internal_notes SET body = '' WHERE complaint_id = ?", id);
  run(db, 'DELETE FROM complaint_attachments WHERE complaint_id = ?', id);
  run(db, 'UPDATE follow_up_calls SET phone = NULL, note = NULL WHERE complaint_id = ?', id);
  run(
    db,
    `UPDATE complaints SET
       contact_name = CASE WHEN contact_name IS NULL AND call_back_phone IS NULL THEN NULL
                      ELSE '${NAME_MARK}' END,
       call_back_phone = NULL, summary = '', client_wants = NULL, plan = NULL, result = NULL,
       anonymised_at = ? WHERE id = ?`,
    now,
    id,
  );
}

/**
 * The one update the signed-incident trigger lets through: the person, their signature and
 * the free text go; kind, time, place, escort, costs and whether someone was hurt stay.
 */
function anonymiseIncident(db: Db, id: string, now: number): void {
  run(db, 'UPDATE follow_up_calls SET phone = NULL, note = NULL WHERE incident_id = ?', id);
  run(
    db,
    `UPDATE incidents SET person_name = '${NAME_MARK}', phone = NULL, member_card = NULL,
       age = NULL, what_happened = '',
       injury = CASE WHEN injury IS NULL THEN NULL ELSE '${NAME_MARK}' END,
       first_aid = NULL, member_demands = NULL, witnesses = NULL, handling_opinion = NULL,
       signer_name = NULL, signature = CASE WHEN signature IS NULL THEN NULL ELSE x'' END,
       anonymised_at = ? WHERE id = ?`,
    now,
    id,
  );
}

export const RETENTION_SOURCES: readonly RetentionSource[] = [
  {
    kind: 'visitors',
    table: 'visitors',
    at: 'registered_at',
    where: '',
    anonymise: anonymiseVisitor,
  },
  { kind: 'callBacks', table: 'calls', at: 'at', where: '', anonymise: anonymiseCall },
  {
    kind: 'queueTickets',
    table: 'queue_tickets',
    at: 'taken_at',
    where: '',
    anonymise: (db, id, now) =>
      run(
        db,
        `UPDATE queue_tickets SET name = NULL, phone = NULL, purpose = NULL, anonymised_at = ?
         WHERE id = ?`,
        now,
        id,
      ),
  },
  {
    kind: 'waivers',
    table: 'waivers',
    at: 'signed_at',
    // A member's waiver, once their membership ended before the cut-off (@cutDay).
    where: `AND EXISTS (SELECT 1 FROM clients c WHERE c.id = waivers.client_id
              AND (c.membership_expiry < @cutDay
                OR (c.membership_expiry IS NULL AND coalesce(c.membership_status, '') <> 'active')))`,
    anonymise: (db, id, now) =>
      run(
        db,
        `UPDATE waivers SET signer_name = '${NAME_MARK}', signature = x'', anonymised_at = ?
         WHERE id = ?`,
        now,
        id,
      ),
  },
  {
    kind: 'blockList',
    table: 'block_list',
    at: 'removed_at',
    where: 'AND active = 0',
    anonymise: (db, id, now) =>
      run(
        db,
        `UPDATE block_list SET name = '${NAME_MARK}', name_key = '', pinyin = '', phone = NULL,
           id_number = NULL, reason = '', anonymised_at = ? WHERE id = ?`,
        now,
        id,
      ),
  },
  {
    kind: 'shiftLog',
    table: 'log_entries',
    at: 'at',
    where: 'AND (follow_up = 0 OR done_at IS NOT NULL)',
    anonymise: (db, id, now) =>
      run(
        db,
        "UPDATE log_entries SET body = '', done_note = NULL, anonymised_at = ? WHERE id = ?",
        now,
        id,
      ),
  },
  {
    kind: 'complaints',
    table: 'complaints',
    at: 'closed_at',
    where: "AND state = 'closed'",
    anonymise: anonymiseComplaint,
  },
  {
    kind: 'complaints',
    table: 'incidents',
    at: 'occurred_at',
    where: '',
    anonymise: anonymiseIncident,
  },
  {
    kind: 'accessRecords',
    table: 'file_access',
    at: 'at',
    where: 'AND reason IS NOT NULL',
    anonymise: (db, id, now) =>
      run(db, 'UPDATE file_access SET reason = NULL, anonymised_at = ? WHERE id = ?', now, id),
  },
];

/**
 * The due rows' condition; binds @cut (ms) and, for waivers, @cutDay. INDEXED BY pins the
 * partial index (SQLite refuses the statement if it could not use it), so a plan never
 * turns into a walk over a big table whatever the statistics say.
 */
export function dueSql(s: RetentionSource): string {
  return `FROM ${s.table} INDEXED BY ${s.table}_retention
    WHERE anonymised_at IS NULL AND ${s.at} < @cut ${s.where}`;
}
