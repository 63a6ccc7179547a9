import { createHash } from 'node:crypto';
import type { HandoverContent } from '../../../shared/contract/handoverViews';
import { ERASED, mentionsAny, redactText } from '../../../shared/domain/redaction';
import type { Db } from '../../db/types';

/** Whom to take out of the handovers: their names, phones and ID (free text), and their rows. */
export interface RedactionSubject {
  terms: string[];
  /** Their check-ins that were open at a signing, and the handovers signed meanwhile. */
  checkInIds: ReadonlySet<string>;
  handoverIds: ReadonlySet<string>;
  visitorIds: ReadonlySet<string>;
}

export interface RedactionStamp {
  id: () => string;
  at: number;
  byStaff: string;
  source: 'erasure' | 'destruction';
  requestId: string;
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Replaces the person in one content tree, in place, and lists the paths it changed. A tag
 * out or a waiting visitor that was theirs loses its whole name (the desk may have typed a
 * nickname); elsewhere only their terms are replaced, so the rest of a note stays readable.
 */
function redactContent(content: HandoverContent, who: RedactionSubject): string[] {
  const paths: string[] = [];
  content.openItems.tagsOut.forEach((t, i) => {
    if (who.checkInIds.has(t.checkInId) && t.name !== ERASED) {
      t.name = ERASED;
      paths.push(`openItems.tagsOut.${i}.name`);
    }
  });
  content.openItems.waitingVisitors.forEach((v, i) => {
    if (who.visitorIds.has(v.id) && v.name !== ERASED) {
      v.name = ERASED;
      paths.push(`openItems.waitingVisitors.${i}.name`);
    }
  });
  walk(content, '', (text, path) => {
    if (!mentionsAny(text, who.terms)) return text;
    paths.push(path);
    return redactText(text, who.terms);
  });
  return paths;
}

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

function walk(node: unknown, path: string, fix: (text: string, path: string) => string): void {
  if (!node || typeof node !== 'object') return;
  const obj = node as Record<string, Json>;
  for (const key of Object.keys(obj)) {
    const at = path ? `${path}.${key}` : key;
    const value = obj[key];
    if (typeof value === 'string') obj[key] = fix(value, at);
    else walk(value, at, fix);
  }
}

interface Row {
  id: string;
  content: string | null;
  summary: string | null;
  cash_note: string | null;
  tag_notes: string | null;
}

const TEXT_TABLES = [
  ['handover_flags', 'note'],
  ['handover_reviews', 'note'],
  ['handover_corrections', 'body'],
] as const;

/**
 * Takes the person out of every handover (called inside the erasing transaction, with the
 * redaction window open): signed content, typed notes, flags, review and corrections. Only
 * text changes — figures, signatures and the audit head stay, as the trigger insists — and
 * each signed handover changed gets a `handover_redactions` row with the paths and the
 * content digests before and after. Returns the ids of the handovers changed.
 */
export function redactHandovers(db: Db, who: RedactionSubject, stamp: RedactionStamp): string[] {
  if (who.terms.length === 0 && who.handoverIds.size === 0 && who.visitorIds.size === 0) return [];
  const changed = new Set<string>();
  const rows = candidates(db, who, 'id, content, summary, cash_note, tag_notes') as Row[];
  const update = db.prepare(
    'UPDATE handovers SET content = @content, summary = @summary, cash_note = @cash_note, tag_notes = @tag_notes WHERE id = @id',
  );
  for (const row of rows) {
    const paths: string[] = [];
    let content = row.content;
    if (content !== null) {
      const tree = JSON.parse(content) as HandoverContent;
      paths.push(...redactContent(tree, who));
      if (paths.length > 0) content = JSON.stringify(tree);
    }
    const next = { ...row, content };
    for (const col of ['summary', 'cash_note', 'tag_notes'] as const) {
      const text = row[col];
      if (text !== null && mentionsAny(text, who.terms)) {
        next[col] = redactText(text, who.terms);
        paths.push(col);
      }
    }
    if (paths.length === 0) continue;
    update.run(next);
    changed.add(row.id);
    if (row.content !== null) recordRedaction(db, row.id, row.content, content!, paths, stamp);
  }
  for (const id of redactTexts(db, who.terms)) changed.add(id);
  return [...changed];
}

function recordRedaction(
  db: Db,
  handoverId: string,
  before: string,
  after: string,
  paths: string[],
  s: RedactionStamp,
): void {
  db.prepare(
    `INSERT INTO handover_redactions (id, handover_id, at, by_staff, source, request_id, paths, digest_before, digest_after)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    s.id(),
    handoverId,
    s.at,
    s.byStaff,
    s.source,
    s.requestId,
    JSON.stringify(paths),
    digest(before),
    digest(after),
  );
}

function redactTexts(db: Db, terms: string[]): string[] {
  const ids: string[] = [];
  for (const [table, col] of TEXT_TABLES) {
    const rows = db.prepare(`SELECT rowid, handover_id, ${col} AS text FROM ${table}`).all() as {
      rowid: number;
      handover_id: string;
      text: string;
    }[];
    const set = db.prepare(`UPDATE ${table} SET ${col} = ? WHERE rowid = ?`);
    for (const r of rows.filter((x) => mentionsAny(x.text, terms))) {
      set.run(redactText(r.text, terms), r.rowid);
      ids.push(r.handover_id);
    }
  }
  return ids;
}

/**
 * Handovers whose text holds one of the terms or ids: a scan of the table's text in SQLite
 * (no JSON parsed in JS for the thousands that do not), refined by the caller.
 */
function candidates(db: Db, who: RedactionSubject, columns: string): unknown[] {
  const needles = [...who.terms, ...who.visitorIds];
  const text =
    "coalesce(content, '') || coalesce(summary, '') || coalesce(cash_note, '') || coalesce(tag_notes, '')";
  const any = needles.map(() => `instr(${text}, ?) > 0`);
  // The handovers signed while they were on site are known by id: no search for each visit.
  any.push('id IN (SELECT value FROM json_each(?))');
  return db
    .prepare(
      `SELECT ${columns} FROM handovers WHERE ${any.join(' OR ')} ORDER BY business_date DESC`,
    )
    .all(...needles, JSON.stringify([...who.handoverIds]));
}

/** Handovers that name the person (for the find view), newest first. */
export function handoversNaming(db: Db, who: RedactionSubject) {
  const rows = candidates(
    db,
    who,
    'id, business_date, outgoing_signed_at, content, summary',
  ) as (Row & {
    business_date: string;
    outgoing_signed_at: number | null;
  })[];
  return rows.filter((r) => {
    if (mentionsAny(r.summary, who.terms) || mentionsAny(r.content, who.terms)) return true;
    if (r.content === null) return false;
    const c = JSON.parse(r.content) as HandoverContent;
    return (
      c.openItems.tagsOut.some((t) => who.checkInIds.has(t.checkInId)) ||
      c.openItems.waitingVisitors.some((v) => who.visitorIds.has(v.id))
    );
  });
}

/** The redactions of one handover, for its view and printout (counts, no content). */
export function redactionsOf(db: Db, handoverId: string) {
  return (
    db
      .prepare(
        'SELECT at, source, paths FROM handover_redactions WHERE handover_id = ? ORDER BY at',
      )
      .all(handoverId) as { at: number; source: 'erasure' | 'destruction'; paths: string }[]
  ).map((r) => ({ at: r.at, source: r.source, fields: (JSON.parse(r.paths) as string[]).length }));
}
