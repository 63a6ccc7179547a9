import { createHash } from 'node:crypto';
import type { AuditEntry, AuditFacets, AuditVerifyReport } from '../../shared/contract/views';
import { businessDate } from '../../shared/domain/time';
import type { Db } from '../db/types';
import { buildWhere } from '../db/where';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditRecord {
  at: number;
  actorId: string | null;
  actorName: string | null;
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  outcome: 'ok' | 'denied' | 'failed';
  /** Ids and codes only: never a PIN, and no client's personal data. */
  detail?: Record<string, unknown> | null;
}

interface AuditRow {
  seq: number;
  at: number;
  business_date: string;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  outcome: 'ok' | 'denied' | 'failed';
  detail: string | null;
  prev_hash: string;
  hash: string;
}

/** Every stored column but the hash itself goes into the hash, in a fixed order. */
export function hashRow(row: Omit<AuditRow, 'hash'>): string {
  const material = JSON.stringify([
    row.seq,
    row.at,
    row.business_date,
    row.actor_id,
    row.actor_name,
    row.action,
    row.target_type,
    row.target_id,
    row.outcome,
    row.detail,
    row.prev_hash,
  ]);
  return createHash('sha256').update(material, 'utf8').digest('hex');
}

/** The station whose call is running (Core runs one call at a time, synchronously). */
let callingStation: string | null = null;

/**
 * Runs a station's call: every row written meanwhile (the call's own, a refusal, a lock, an
 * erasure's extra rows) carries `detail.station`, so the log names the desk it came from.
 */
export function withAuditStation<T>(station: string | null, run: () => T): T {
  if (station === null) return run();
  const outer = callingStation;
  callingStation = station;
  try {
    return run();
  } finally {
    callingStation = outer;
  }
}

/** Appends one row linked to the previous one. Call inside the caller's transaction. */
export function appendAudit(db: Db, entry: AuditRecord): { seq: number; hash: string } {
  const record = callingStation
    ? { ...entry, detail: { ...entry.detail, station: callingStation } }
    : entry;
  const last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined;
  const row: Omit<AuditRow, 'hash'> = {
    seq: (last?.seq ?? 0) + 1,
    at: record.at,
    business_date: businessDate(record.at),
    actor_id: record.actorId,
    actor_name: record.actorName,
    action: record.action,
    target_type: record.targetType ?? null,
    target_id: record.targetId ?? null,
    outcome: record.outcome,
    detail: record.detail ? JSON.stringify(record.detail) : null,
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  const hash = hashRow(row);
  db.prepare(
    `INSERT INTO audit_log (seq, at, business_date, actor_id, actor_name, action, target_type,
       target_id, outcome, detail, prev_hash, hash)
     VALUES (@seq, @at, @business_date, @actor_id, @actor_name, @action, @target_type,
       @target_id, @outcome, @detail, @prev_hash, @hash)`,
  ).run({ ...row, hash });
  return { seq: row.seq, hash };
}

export function fingerprint(hash: string): string {
  return hash.slice(0, 16).toUpperCase().match(/.{4}/g)!.join('-');
}

type Break = NonNullable<AuditVerifyReport['firstBreak']>;

/** Walks the whole chain; the first row that does not fit is reported. */
function walkChain(db: Db): { checked: number; head: string | null; broken: Break | null } {
  const rows = db
    .prepare('SELECT * FROM audit_log ORDER BY seq')
    .iterate() as IterableIterator<AuditRow>;
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (const row of rows) {
    let problem: 'hash' | 'link' | 'gap' | null = null;
    if (row.seq !== expectedSeq) problem = 'gap';
    else if (row.prev_hash !== prev) problem = 'link';
    else if (hashRow(row) !== row.hash) problem = 'hash';
    if (problem) return { checked, head: null, broken: { seq: row.seq, problem } };
    prev = row.hash;
    expectedSeq += 1;
    checked += 1;
  }
  return { checked, head: checked > 0 ? prev : null, broken: null };
}

/**
 * Heads recorded elsewhere (signed handovers), oldest first: the row at each seq must still
 * carry exactly that hash. A rewrite that recomputed every later hash passes the walk but
 * not this, and a log cut short loses the rows its anchors name.
 */
function checkAnchors(db: Db): {
  checked: number;
  broken: AuditVerifyReport['brokenAnchor'];
} {
  const anchors = db
    .prepare('SELECT seq, hash, at, source_id AS sourceId FROM audit_anchors ORDER BY seq')
    .all() as { seq: number; hash: string; at: number; sourceId: string }[];
  const hashAt = db.prepare('SELECT hash FROM audit_log WHERE seq = ?').pluck();
  let checked = 0;
  for (const a of anchors) {
    checked += 1;
    if (hashAt.get(a.seq) !== a.hash)
      return { checked, broken: { seq: a.seq, sourceId: a.sourceId, at: a.at } };
  }
  return { checked, broken: null };
}

/** A chain head recorded outside the vault file (a backup manifest). */
export interface OutsideAnchor {
  fileName: string;
  at: number;
  seq: number;
  hash: string;
}

/** Whichever shows the damage earliest in the chain is the first break. */
function earliest(breaks: (Break | null)[]): Break | null {
  return breaks.reduce<Break | null>((a, b) => (b && (!a || b.seq < a.seq) ? b : a), null);
}

/**
 * With `outside`, the log must also still hold the head that anchor recorded: a log cut
 * back after it, or rewritten together with its anchors table, is caught there.
 */
export function verifyAudit(db: Db, outside: OutsideAnchor | null = null): AuditVerifyReport {
  const walk = walkChain(db);
  const anchors = checkAnchors(db);
  const anchorBreak: Break | null = anchors.broken
    ? { seq: anchors.broken.seq, problem: 'anchor' }
    : null;
  const outsideOk =
    outside === null ||
    db.prepare('SELECT hash FROM audit_log WHERE seq = ?').pluck().get(outside.seq) ===
      outside.hash;
  const outsideBreak: Break | null = outsideOk ? null : { seq: outside!.seq, problem: 'anchor' };
  const firstBreak = earliest([walk.broken, anchorBreak, outsideBreak]);
  const intact = firstBreak === null;
  const headHash = intact ? walk.head : null;
  return {
    intact,
    checked: walk.checked,
    firstBreak,
    anchorsChecked: anchors.checked,
    brokenAnchor: anchors.broken,
    headHash,
    fingerprint: headHash ? fingerprint(headHash) : null,
    backupAnchor: outside
      ? { fileName: outside.fileName, at: outside.at, seq: outside.seq, ok: outsideOk }
      : null,
  };
}

export interface AuditFilter {
  actorId?: string;
  action?: string;
  from?: number;
  to?: number;
  beforeSeq?: number;
  limit: number;
}

function toEntry(row: AuditRow & { target_name?: string | null }): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    actorId: row.actor_id,
    actorName: row.actor_name,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    targetName: row.target_name ?? null,
    outcome: row.outcome,
    detail: row.detail ? (JSON.parse(row.detail) as Record<string, unknown>) : null,
  };
}

/** Newest first, one page at a time. */
export function listAudit(
  db: Db,
  f: AuditFilter,
): { rows: AuditEntry[]; nextBeforeSeq: number | null } {
  const { clause, params } = buildWhere([
    ['a.actor_id = @actorId', 'actorId', f.actorId],
    ['a.action = @action', 'action', f.action],
    ['a.at >= @from', 'from', f.from],
    ['a.at <= @to', 'to', f.to],
    ['a.seq < @beforeSeq', 'beforeSeq', f.beforeSeq],
  ]);
  const sql = `SELECT a.*, s.display_name AS target_name FROM audit_log a
               LEFT JOIN staff s ON a.target_type = 'staff' AND s.id = a.target_id
               ${clause}
               ORDER BY a.seq DESC LIMIT @limit`;
  const rows = db.prepare(sql).all({ ...params, limit: f.limit + 1 }) as (AuditRow & {
    target_name: string | null;
  })[];
  const page = rows.slice(0, f.limit).map(toEntry);
  const more = rows.length > f.limit;
  return { rows: page, nextBeforeSeq: more ? page[page.length - 1]!.seq : null };
}

export function auditFacets(db: Db): AuditFacets {
  const actions = db
    .prepare('SELECT DISTINCT action FROM audit_log ORDER BY action')
    .pluck()
    .all() as string[];
  // The newest name each actor was recorded under, as staff can be renamed.
  const actors = db
    .prepare(
      `SELECT actor_id AS id, actor_name AS name FROM audit_log
       WHERE seq IN (SELECT max(seq) FROM audit_log WHERE actor_id IS NOT NULL GROUP BY actor_id)
       ORDER BY name`,
    )
    .all() as { id: string; name: string }[];
  const staff = db.prepare('SELECT id, display_name FROM staff').all() as {
    id: string;
    display_name: string;
  }[];
  return {
    actions,
    actors,
    staffNames: Object.fromEntries(staff.map((r) => [r.id, r.display_name])),
  };
}
