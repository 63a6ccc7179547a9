import type { PersonDataKind } from '../../../shared/contract/personDataViews';
import { mentionsAny } from '../../../shared/domain/redaction';
import type { Db } from '../../db/types';
import { handoversNaming } from '../handover';
import type { Subject } from './subject';

/** One record held about the person; `detail` is its personal content, for their export only. */
export interface PersonRecord {
  id: string;
  at: number | null;
  label: string;
  ref: string | null;
  detail: string | null;
}

export type PersonRecords = Record<PersonDataKind, PersonRecord[]>;

const json = (xs: readonly string[]) => JSON.stringify(xs);
const IN = (col: string) => `${col} IN (SELECT value FROM json_each(@phones))`;

function all(db: Db, sql: string, s: Subject, extra: Record<string, unknown> = {}) {
  return db.prepare(sql).all({
    client: s.clientId,
    phones: json(s.phones),
    idNumber: s.idNumber,
    card: s.cardNumber,
    ...extra,
  }) as PersonRecord[];
}

/** Rows whose text column mentions a term: SQLite's instr narrows, then the exact rule. */
function mentioning(db: Db, table: string, cols: string, text: string, s: Subject) {
  if (s.terms.length === 0) return [] as (PersonRecord & { text: string })[];
  const any = s.terms.map((_, i) => `instr(${text}, @t${i}) > 0`).join(' OR ');
  const params = Object.fromEntries(s.terms.map((t, i) => [`t${i}`, t]));
  const rows = db
    .prepare(`SELECT ${cols}, ${text} AS text FROM ${table} WHERE ${any}`)
    .all(params) as (PersonRecord & { text: string })[];
  return rows.filter((r) => mentionsAny(r.text, s.terms));
}

function clientFile(db: Db, s: Subject): PersonRecord[] {
  const cols = 'id, created_at AS at, card_number AS ref, NULL AS detail';
  if (s.clientId)
    return all(db, `SELECT ${cols}, 'clientFile' AS label FROM clients WHERE id = @client`, s);
  const digits = s.phones.map((p) => `p:${p}`);
  return all(
    db,
    `SELECT ${cols}, 'clientFile.match' AS label FROM clients
     WHERE (@idNumber IS NOT NULL AND id_number = @idNumber)
        OR id IN (SELECT client_id FROM client_search WHERE term IN (SELECT value FROM json_each(@terms)))`,
    s,
    { terms: json(digits) },
  );
}

const byClient = (s: Subject) => (s.clientId ? 'client_id = @client' : '0');

function visitors(db: Db, s: Subject) {
  return all(
    db,
    `SELECT id, registered_at AS at, CASE trial WHEN 1 THEN 'visitor.trial' ELSE 'visitor.visit' END AS label,
       business_date AS ref, name || ' ' || coalesce(phone, '') || ' ' || coalesce(interest, '') AS detail
     FROM visitors WHERE (${byClient(s)} OR ${IN('phone')}) AND name <> '—'`,
    s,
  );
}

function calls(db: Db, s: Subject) {
  return all(
    db,
    `SELECT id, at, 'call' AS label, business_date AS ref,
       caller_name || ' ' || callback_phone || ' ' || purpose AS detail
     FROM calls WHERE ${IN('callback_phone')}`,
    s,
  );
}

function complaints(db: Db, s: Subject) {
  return all(
    db,
    `SELECT id, received_at AS at, 'complaint.' || state AS label, number AS ref, summary AS detail
     FROM complaints WHERE (${byClient(s)} OR ${IN('call_back_phone')}) AND anonymised_at IS NULL`,
    s,
  );
}

function incidents(db: Db, s: Subject) {
  return all(
    db,
    `SELECT id, occurred_at AS at, 'incident.' || kind AS label, number AS ref,
       person_name || ' ' || what_happened AS detail
     FROM incidents WHERE (${byClient(s)} OR ${IN('phone')}
       OR (@card IS NOT NULL AND member_card = @card)) AND anonymised_at IS NULL`,
    s,
  );
}

function waivers(db: Db, s: Subject, visitorIds: string[]) {
  return all(
    db,
    `SELECT id, signed_at AS at, 'waiver' AS label, NULL AS ref, signer_name AS detail FROM waivers
     WHERE (${byClient(s)} OR visitor_id IN (SELECT value FROM json_each(@visitors)))
       AND signer_name <> '—'`,
    s,
    { visitors: json(visitorIds) },
  );
}

function queueTickets(db: Db, s: Subject) {
  return all(
    db,
    `SELECT id, taken_at AS at, 'queueTicket' AS label, business_date || ' #' || number AS ref,
       coalesce(name, '') || ' ' || coalesce(phone, '') || ' ' || coalesce(purpose, '') AS detail
     FROM queue_tickets WHERE ${IN('phone')}`,
    s,
  );
}

function blockList(db: Db, s: Subject) {
  return all(
    db,
    `SELECT id, added_at AS at, CASE active WHEN 1 THEN 'blockList.active' ELSE 'blockList.removed' END AS label,
       NULL AS ref, name || ' ' || reason AS detail
     FROM block_list WHERE ${IN('phone')} OR (@idNumber IS NOT NULL AND id_number = @idNumber)`,
    s,
  );
}

function followUps(db: Db, s: Subject, complaintIds: string[], incidentIds: string[]) {
  return all(
    db,
    `SELECT id, coalesce(done_at, created_at) AS at, 'followUp.' || coalesce(outcome, 'open') AS label,
       due_day AS ref, note AS detail
     FROM follow_up_calls WHERE ${byClient(s)} OR ${IN('phone')}
       OR complaint_id IN (SELECT value FROM json_each(@complaints))
       OR incident_id IN (SELECT value FROM json_each(@incidents))`,
    s,
    { complaints: json(complaintIds), incidents: json(incidentIds) },
  );
}

const ids = (rows: PersonRecord[]) => rows.map((r) => r.id);

/**
 * The person's check-ins still open when some shift was signed over: the only ones a
 * handover lists as a tag out. A regular with hundreds of visits has a handful, so the
 * handovers are searched for a few ids, not for every visit.
 */
export function onSiteAtAHandover(db: Db, s: Subject) {
  const pairs = s.clientId
    ? (db
        .prepare(
          `SELECT k.id AS checkIn, h.id AS handover FROM check_ins k
           JOIN handovers h INDEXED BY handovers_signed
             ON h.outgoing_signed_at IS NOT NULL AND h.outgoing_signed_at > k.checked_in_at
            AND h.outgoing_signed_at < coalesce(k.checked_out_at, 9e15)
           WHERE k.client_id = ?`,
        )
        .all(s.clientId) as { checkIn: string; handover: string }[])
    : [];
  return {
    checkInIds: new Set(pairs.map((p) => p.checkIn)),
    handoverIds: new Set(pairs.map((p) => p.handover)),
  };
}

/** Every record held about the person, per kind, newest first. */
export function personRecords(db: Db, s: Subject): PersonRecords {
  const visitorRows = visitors(db, s);
  const complaintRows = complaints(db, s);
  const incidentRows = incidents(db, s);
  const checkIns = s.clientId
    ? all(
        db,
        `SELECT id, checked_in_at AS at, 'checkIn' AS label, tag_number AS ref, NULL AS detail
         FROM check_ins WHERE client_id = @client`,
        s,
      )
    : [];
  const handovers = handoversNaming(db, {
    ...onSiteAtAHandover(db, s),
    terms: s.terms,
    visitorIds: new Set(ids(visitorRows)),
  }).map((h) => ({
    id: h.id,
    at: h.outgoing_signed_at,
    label: h.outgoing_signed_at === null ? 'handover.draft' : 'handover.signed',
    ref: h.business_date,
    detail: null,
  }));
  const records: PersonRecords = {
    clientFile: clientFile(db, s),
    checkIns,
    visitors: visitorRows,
    calls: calls(db, s),
    messages: mentioning(
      db,
      'messages',
      "id, at, 'message' AS label, NULL AS ref, body AS detail",
      'body',
      s,
    ),
    complaints: complaintRows,
    incidents: incidentRows,
    waivers: waivers(db, s, ids(visitorRows)),
    queueTickets: queueTickets(db, s),
    blockList: blockList(db, s),
    followUps: followUps(db, s, ids(complaintRows), ids(incidentRows)),
    logEntries: mentioning(
      db,
      'log_entries',
      "id, at, 'logEntry.' || category AS label, business_date AS ref, body AS detail",
      "body || ' ' || coalesce(done_note, '')",
      s,
    ),
    handovers,
  };
  for (const rows of Object.values(records)) rows.sort((a, b) => (b.at ?? 0) - (a.at ?? 0));
  return records;
}
