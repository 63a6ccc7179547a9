import type { HandoverSection } from '../../../shared/domain/shift';
import type { Db } from '../../db/types';
import type { ShiftRow } from '../shifts';

export interface HandoverRow {
  id: string;
  shift_id: string;
  business_date: string;
  created_at: number;
  created_by: string;
  coach_female: number | null;
  coach_male: number | null;
  counted_cents: number | null;
  /** JSON: count per denomination (key: cents). */
  denominations: string | null;
  cash_note: string | null;
  /** JSON: note per tag number. */
  tag_notes: string | null;
  summary: string | null;
  updated_at: number;
  updated_by: string;
  /** JSON HandoverContent, written at the outgoing signature. */
  content: string | null;
  expected_cents: number | null;
  variance_cents: number | null;
  outgoing_id: string | null;
  outgoing_signed_at: number | null;
  audit_seq: number | null;
  audit_head: string | null;
}

export type DraftFields = Pick<
  HandoverRow,
  | 'coach_female'
  | 'coach_male'
  | 'counted_cents'
  | 'denominations'
  | 'cash_note'
  | 'tag_notes'
  | 'summary'
>;

export type SignedFields = Pick<
  HandoverRow,
  | 'content'
  | 'expected_cents'
  | 'variance_cents'
  | 'outgoing_id'
  | 'outgoing_signed_at'
  | 'audit_seq'
  | 'audit_head'
>;

export interface ReceiptRow {
  handover_id: string;
  incoming_id: string;
  at: number;
  outcome: 'signed' | 'flagged';
  /** JSON array of sections. */
  confirmed: string;
}

export interface FlagRow {
  handover_id: string;
  section: HandoverSection;
  note: string;
  at: number;
  by_staff: string;
}

export interface ReviewRow {
  handover_id: string;
  reviewer_id: string;
  at: number;
  note: string;
}

export interface CorrectionRow {
  id: string;
  handover_id: string;
  section: HandoverSection;
  body: string;
  at: number;
  by_staff: string;
}

/** Shifts of a range of business days, in planned order (index shifts_day). */
export function shiftsOfDays(db: Db, from: string, to: string): ShiftRow[] {
  return db
    .prepare(
      `SELECT * FROM shifts WHERE business_date BETWEEN ? AND ?
       ORDER BY business_date, planned_start, opened_at`,
    )
    .all(from, to) as ShiftRow[];
}

export function getHandover(db: Db, id: string): HandoverRow | undefined {
  return db.prepare('SELECT * FROM handovers WHERE id = ?').get(id) as HandoverRow | undefined;
}

export function handoverOfShift(db: Db, shiftId: string): HandoverRow | undefined {
  return db.prepare('SELECT * FROM handovers WHERE shift_id = ?').get(shiftId) as
    HandoverRow | undefined;
}

export function handoversOfDays(db: Db, from: string, to: string): HandoverRow[] {
  return db
    .prepare('SELECT * FROM handovers WHERE business_date BETWEEN ? AND ?')
    .all(from, to) as HandoverRow[];
}

export function insertHandover(
  db: Db,
  row: Pick<HandoverRow, 'id' | 'shift_id' | 'business_date' | 'created_at' | 'created_by'>,
): void {
  db.prepare(
    `INSERT INTO handovers (id, shift_id, business_date, created_at, created_by, updated_at,
       updated_by)
     VALUES (@id, @shift_id, @business_date, @created_at, @created_by, @created_at, @created_by)`,
  ).run(row);
}

/** Changes only a draft: once signed the row does not match, and the trigger backs that up. */
export function updateHandover(
  db: Db,
  id: string,
  patch: Partial<DraftFields & SignedFields>,
  at: number,
  by: string,
): void {
  const keys = Object.keys(patch);
  db.prepare(
    `UPDATE handovers SET ${keys.map((k) => `${k} = @${k}, `).join('')}
       updated_at = @at, updated_by = @by
     WHERE id = @id AND outgoing_signed_at IS NULL`,
  ).run({ ...patch, id, at, by });
}

export function getReceipt(db: Db, handoverId: string): ReceiptRow | undefined {
  return db.prepare('SELECT * FROM handover_receipts WHERE handover_id = ?').get(handoverId) as
    ReceiptRow | undefined;
}

export function flagsOf(db: Db, handoverId: string): FlagRow[] {
  return db
    .prepare('SELECT * FROM handover_flags WHERE handover_id = ? ORDER BY at, section')
    .all(handoverId) as FlagRow[];
}

export function getReview(db: Db, handoverId: string): ReviewRow | undefined {
  return db.prepare('SELECT * FROM handover_reviews WHERE handover_id = ?').get(handoverId) as
    ReviewRow | undefined;
}

export function correctionsOf(db: Db, handoverId: string): CorrectionRow[] {
  return db
    .prepare('SELECT * FROM handover_corrections WHERE handover_id = ? ORDER BY at, id')
    .all(handoverId) as CorrectionRow[];
}

export function insertReceipt(db: Db, row: ReceiptRow, flags: FlagRow[]): void {
  db.prepare(
    `INSERT INTO handover_receipts (handover_id, incoming_id, at, outcome, confirmed)
     VALUES (@handover_id, @incoming_id, @at, @outcome, @confirmed)`,
  ).run(row);
  const flag = db.prepare(
    `INSERT INTO handover_flags (handover_id, section, note, at, by_staff)
     VALUES (@handover_id, @section, @note, @at, @by_staff)`,
  );
  for (const f of flags) flag.run(f);
}

export function insertReview(db: Db, row: ReviewRow): void {
  db.prepare(
    `INSERT INTO handover_reviews (handover_id, reviewer_id, at, note)
     VALUES (@handover_id, @reviewer_id, @at, @note)`,
  ).run(row);
}

export function insertCorrection(db: Db, row: CorrectionRow): void {
  db.prepare(
    `INSERT INTO handover_corrections (id, handover_id, section, body, at, by_staff)
     VALUES (@id, @handover_id, @section, @body, @at, @by_staff)`,
  ).run(row);
}

/** The audit chain's newest row: the head a signature anchors. */
export function auditHead(db: Db): { seq: number; hash: string } | undefined {
  return db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined;
}

/** Two signatures with the same head anchor the same row: the first one's record stands. */
export function insertAnchor(
  db: Db,
  a: { seq: number; hash: string; at: number; source: string; sourceId: string },
): void {
  db.prepare(
    `INSERT INTO audit_anchors (seq, hash, at, source, source_id)
     VALUES (@seq, @hash, @at, @source, @sourceId) ON CONFLICT (seq) DO NOTHING`,
  ).run(a);
}

/** Removes expired handovers with everything hanging off them; anchors stay. */
export function purgeHandoversBefore(db: Db, day: string): number {
  const ids = db
    .prepare('SELECT id FROM handovers WHERE business_date < ?')
    .pluck()
    .all(day) as string[];
  const tables = [
    'handover_flags',
    'handover_receipts',
    'handover_reviews',
    'handover_corrections',
  ];
  const steps = tables.map((t) => db.prepare(`DELETE FROM ${t} WHERE handover_id = ?`));
  const own = db.prepare('DELETE FROM handovers WHERE id = ?');
  for (const id of ids) {
    for (const step of steps) step.run(id);
    own.run(id);
  }
  return ids.length;
}
