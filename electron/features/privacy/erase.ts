import type { PersonDataKind } from '../../../shared/contract/personDataViews';
import { redactText } from '../../../shared/domain/redaction';
import { appendAudit } from '../../audit/chain';
import type { Db } from '../../db/types';
import { redactHandovers } from '../handover';
import { onSiteAtAHandover, personRecords, type PersonRecord } from './personRecords';
import type { Subject } from './subject';

/** A name that was there, as retention (migration 016) marks it: someone was, not who. */
const NAME_MARK = '—';

export interface EraseStamp {
  db: Db;
  now: number;
  ids: () => string;
  staff: { id: string; display_name: string };
  source: 'erasure' | 'destruction';
  requestId: string;
}

type Counts = Partial<Record<PersonDataKind, number>>;

const run = (db: Db, sql: string, ...args: unknown[]) => db.prepare(sql).run(...args);

function each(rows: PersonRecord[], fn: (id: string) => void): number {
  for (const r of rows) fn(r.id);
  return rows.length;
}

/** Calls, complaints and incidents as retention anonymises them (the trigger's one path). */
function anonymiseCall(db: Db, id: string, now: number) {
  run(
    db,
    "UPDATE messages SET body = '' WHERE id = (SELECT message_id FROM calls WHERE id = ?)",
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

function anonymiseComplaint(db: Db, id: string, now: number) {
  run(db, 'UPDATE complaint_events SET body = NULL WHERE complaint_id = ?', id);
  run(db, "UPDATE complaint_internal_notes SET body = '' WHERE complaint_id = ?", id);
  run(db, 'DELETE FROM complaint_attachments WHERE complaint_id = ?', id);
  run(
    db,
    `UPDATE complaints SET client_id = NULL,
       contact_name = CASE WHEN channel IN ('letter','online') THEN NULL ELSE '${NAME_MARK}' END,
       call_back_phone = NULL, summary = '', client_wants = NULL, plan = NULL, result = NULL,
       anonymised_at = ? WHERE id = ?`,
    now,
    id,
  );
}

function anonymiseIncident(db: Db, id: string, now: number) {
  run(
    db,
    `UPDATE incidents SET client_id = NULL, person_name = '${NAME_MARK}', phone = NULL,
       member_card = NULL, age = NULL, what_happened = '',
       injury = CASE WHEN injury IS NULL THEN NULL ELSE '${NAME_MARK}' END,
       first_aid = NULL, member_demands = NULL, witnesses = NULL, handling_opinion = NULL,
       signer_name = NULL, signature = CASE WHEN signature IS NULL THEN NULL ELSE x'' END,
       anonymised_at = ? WHERE id = ?`,
    now,
    id,
  );
}

/** A handed-over entry can only be blanked (016's path); an open shift's keeps the rest of its text. */
function redactLogEntry(db: Db, id: string, terms: string[], now: number) {
  const e = db.prepare('SELECT locked, body, done_note FROM log_entries WHERE id = ?').get(id) as {
    locked: number;
    body: string;
    done_note: string | null;
  };
  if (e.locked)
    run(
      db,
      "UPDATE log_entries SET body = '', done_note = NULL, anonymised_at = ? WHERE id = ?",
      now,
      id,
    );
  else
    run(
      db,
      'UPDATE log_entries SET body = ?, done_note = ? WHERE id = ?',
      redactText(e.body, terms),
      e.done_note === null ? null : redactText(e.done_note, terms),
      id,
    );
}

function redactColumn(db: Db, table: string, col: string, id: string, terms: string[]) {
  const text = db.prepare(`SELECT ${col} FROM ${table} WHERE id = ?`).pluck().get(id) as string;
  run(db, `UPDATE ${table} SET ${col} = ? WHERE id = ?`, redactText(text, terms), id);
}

/** Free-text reasons of the requests about files, which may name the person. */
const REASONS = ['person_requests', 'destruction_requests', 'export_requests'] as const;

function redactReasons(db: Db, terms: string[]) {
  for (const table of REASONS) {
    const rows = db.prepare(`SELECT id, reason FROM ${table}`).all() as {
      id: string;
      reason: string;
    }[];
    for (const r of rows) {
      const next = redactText(r.reason, terms);
      if (next !== r.reason) run(db, `UPDATE ${table} SET reason = ? WHERE id = ?`, next, r.id);
    }
  }
}

function anonymiseRecords(
  db: Db,
  rec: ReturnType<typeof personRecords>,
  s: Subject,
  now: number,
  by: string,
): Counts {
  return {
    visitors: each(rec.visitors, (id) =>
      run(
        db,
        `UPDATE visitors SET name = '${NAME_MARK}', phone = NULL, interest = NULL, anonymised_at = ? WHERE id = ?`,
        now,
        id,
      ),
    ),
    waivers: run(
      db,
      `UPDATE waivers SET signer_name = '${NAME_MARK}', signature = x'', anonymised_at = ?
         WHERE id IN (SELECT value FROM json_each(?))`,
      now,
      JSON.stringify(rec.waivers.map((r) => r.id)),
    ).changes,
    calls: each(rec.calls, (id) => anonymiseCall(db, id, now)),
    messages: each(rec.messages, (id) => redactColumn(db, 'messages', 'body', id, s.terms)),
    complaints: each(rec.complaints, (id) => anonymiseComplaint(db, id, now)),
    incidents: each(rec.incidents, (id) => anonymiseIncident(db, id, now)),
    queueTickets: each(rec.queueTickets, (id) =>
      run(
        db,
        'UPDATE queue_tickets SET name = NULL, phone = NULL, purpose = NULL, anonymised_at = ? WHERE id = ?',
        now,
        id,
      ),
    ),
    blockList: each(rec.blockList, (id) =>
      run(
        db,
        `UPDATE block_list SET name = '${NAME_MARK}', name_key = '', pinyin = '', phone = NULL, id_number = NULL,
           reason = '', active = 0, removed_by = coalesce(removed_by, ?), removed_at = coalesce(removed_at, ?),
           anonymised_at = ? WHERE id = ?`,
        by,
        now,
        now,
        id,
      ),
    ),
    followUps: each(rec.followUps, (id) =>
      run(db, 'UPDATE follow_up_calls SET phone = NULL, note = NULL WHERE id = ?', id),
    ),
    logEntries: each(rec.logEntries, (id) => redactLogEntry(db, id, s.terms, now)),
  };
}

/**
 * Takes the person out of every record that stays (one transaction, the caller's): the
 * records keep their rows, times, states and amounts, so every figure and handover total is
 * unchanged; names, phones, ID and the free text about them go. Signed handovers are
 * redacted inside the redaction window (migration 017), each with its audit row. The file
 * itself is the caller's: erasure deletes it here, destruction in its own code.
 */
export function erasePerson(e: EraseStamp, s: Subject, deleteFile: boolean): Counts {
  const { db, now } = e;
  const rec = personRecords(db, s);
  run(db, 'INSERT INTO redaction_window (id, source) VALUES (1, ?)', e.source);
  const handovers = redactHandovers(
    db,
    {
      ...onSiteAtAHandover(db, s),
      terms: s.terms,
      visitorIds: new Set(rec.visitors.map((r) => r.id)),
    },
    { id: e.ids, at: now, byStaff: e.staff.id, source: e.source, requestId: e.requestId },
  );
  for (const id of handovers)
    audit(e, 'handover.redact', 'handover', id, { requestId: e.requestId, source: e.source });
  const counts = { ...anonymiseRecords(db, rec, s, now, e.staff.id), handovers: handovers.length };
  redactReasons(db, s.terms);
  run(db, 'DELETE FROM redaction_window');
  if (deleteFile && s.clientId) {
    run(db, 'DELETE FROM clients WHERE id = ?', s.clientId);
    counts.clientFile = 1;
    counts.checkIns = rec.checkIns.length;
  }
  return counts;
}

function audit(
  e: EraseStamp,
  action: string,
  targetType: string,
  targetId: string,
  detail: Record<string, unknown>,
) {
  appendAudit(e.db, {
    at: e.now,
    actorId: e.staff.id,
    actorName: e.staff.display_name,
    action,
    targetType,
    targetId,
    outcome: 'ok',
    detail,
  });
}
