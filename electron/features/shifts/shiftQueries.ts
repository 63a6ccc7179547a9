import type { ChecklistPhase, HandoverStatus, ShiftStatus } from '../../../shared/domain/shift';
import type { Db } from '../../db/types';

export interface TemplateRow {
  id: string;
  name: string;
  starts_at: string;
  ends_at: string;
  active: 0 | 1;
  sort: number;
  updated_at: number;
}

export interface ChecklistItemRow {
  id: string;
  phase: ChecklistPhase;
  label: string;
  active: 0 | 1;
  sort: number;
  updated_at: number;
}

export interface ShiftRow {
  id: string;
  template_id: string | null;
  name: string;
  business_date: string;
  planned_start: number;
  planned_end: number;
  opened_at: number;
  opened_by: string;
  started_at: number | null;
  status: ShiftStatus;
  closed_at: number | null;
  opening_float_cents: number;
  abandoned_by: string | null;
  abandon_reason: string | null;
}

export interface ShiftStaffRow {
  shift_id: string;
  staff_id: string;
  clock_in_at: number;
  late_minutes: number;
  rostered: 0 | 1;
  clock_out_at: number | null;
}

export interface ShiftCheckRow {
  shift_id: string;
  item_id: string;
  phase: ChecklistPhase;
  label: string;
  sort: number;
  done_at: number | null;
  done_by: string | null;
}

export interface ShiftAckRow {
  shift_id: string;
  kind: 'handover' | 'message';
  ref_id: string;
  at: number;
  by_staff: string;
}

/** A handover with the status derived from its signatures, receipt and review. */
export interface HandoverState {
  id: string;
  shift_id: string;
  status: HandoverStatus;
  summary: string | null;
  counted_cents: number | null;
  outgoing_id: string | null;
  outgoing_signed_at: number | null;
}

function insertRow(db: Db, table: string, row: object): void {
  const cols = Object.keys(row);
  db.prepare(
    `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`,
  ).run(row);
}

function upsertRow(db: Db, table: string, row: { id: string }): void {
  const cols = Object.keys(row);
  const updates = cols.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`);
  db.prepare(
    `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})
     ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')}`,
  ).run(row);
}

// ── Templates and checklist items ───────────────────────────────────────────

export function listTemplates(db: Db, activeOnly = false): TemplateRow[] {
  return db
    .prepare(
      `SELECT * FROM shift_templates ${activeOnly ? 'WHERE active = 1' : ''}
       ORDER BY sort, starts_at, id`,
    )
    .all() as TemplateRow[];
}

export function getTemplate(db: Db, id: string): TemplateRow | undefined {
  return db.prepare('SELECT * FROM shift_templates WHERE id = ?').get(id) as
    TemplateRow | undefined;
}

export function upsertTemplate(db: Db, row: TemplateRow): void {
  upsertRow(db, 'shift_templates', row);
}

export function listChecklistItems(db: Db, activeOnly = false): ChecklistItemRow[] {
  return db
    .prepare(
      `SELECT * FROM checklist_items ${activeOnly ? 'WHERE active = 1' : ''}
       ORDER BY CASE phase WHEN 'opening' THEN 0 ELSE 1 END, sort, id`,
    )
    .all() as ChecklistItemRow[];
}

export function getChecklistItem(db: Db, id: string): ChecklistItemRow | undefined {
  return db.prepare('SELECT * FROM checklist_items WHERE id = ?').get(id) as
    ChecklistItemRow | undefined;
}

export function upsertChecklistItem(db: Db, row: ChecklistItemRow): void {
  upsertRow(db, 'checklist_items', row);
}

// ── Roster ──────────────────────────────────────────────────────────────────

export interface RosterRow {
  business_date: string;
  template_id: string;
  staff_id: string;
  display_name: string;
}

export function rosterBetween(db: Db, from: string, to: string): RosterRow[] {
  return db
    .prepare(
      `SELECT r.business_date, r.template_id, r.staff_id, s.display_name
       FROM roster r JOIN staff s ON s.id = r.staff_id
       LEFT JOIN shift_templates t ON t.id = r.template_id
       WHERE r.business_date BETWEEN ? AND ?
       ORDER BY r.business_date, t.sort, t.starts_at, r.template_id, s.display_name, s.id`,
    )
    .all(from, to) as RosterRow[];
}

export function isRostered(db: Db, day: string, templateId: string, staffId: string): boolean {
  return (
    db
      .prepare('SELECT 1 FROM roster WHERE business_date = ? AND template_id = ? AND staff_id = ?')
      .get(day, templateId, staffId) !== undefined
  );
}

export function replaceRoster(
  db: Db,
  day: string,
  templateId: string,
  staffIds: string[],
  by: string,
  at: number,
): void {
  db.prepare('DELETE FROM roster WHERE business_date = ? AND template_id = ?').run(day, templateId);
  const insert = db.prepare(
    `INSERT INTO roster (business_date, template_id, staff_id, set_by, set_at)
     VALUES (?, ?, ?, ?, ?)`,
  );
  for (const id of staffIds) insert.run(day, templateId, id, by, at);
}

// ── Shifts ──────────────────────────────────────────────────────────────────

export function getShift(db: Db, id: string): ShiftRow | undefined {
  return db.prepare('SELECT * FROM shifts WHERE id = ?').get(id) as ShiftRow | undefined;
}

/** The shift at work (opening or open); the unique index allows at most one. */
export function currentShiftRow(db: Db): ShiftRow | undefined {
  return db.prepare("SELECT * FROM shifts WHERE status IN ('opening','open')").get() as
    ShiftRow | undefined;
}

/** The shift opened just before this one. */
export function previousShift(db: Db, shift: ShiftRow): ShiftRow | undefined {
  return db
    .prepare(
      `SELECT * FROM shifts WHERE id != @id
         AND (opened_at < @opened_at OR (opened_at = @opened_at AND id < @id))
       ORDER BY opened_at DESC, id DESC LIMIT 1`,
    )
    .get({ id: shift.id, opened_at: shift.opened_at }) as ShiftRow | undefined;
}

/** When the last shift stopped being at work (handed over or abandoned), if any did. */
export function lastClosedAt(db: Db): number | null {
  return db.prepare('SELECT max(closed_at) FROM shifts').pluck().get() as number | null;
}

/** The newest shift whose outgoing side signed and whose incoming side has not yet. */
export function latestHandedOver(db: Db): ShiftRow | undefined {
  return db
    .prepare(
      "SELECT * FROM shifts WHERE status = 'handedOver' ORDER BY opened_at DESC, id DESC LIMIT 1",
    )
    .get() as ShiftRow | undefined;
}

export function insertShift(db: Db, row: ShiftRow): void {
  insertRow(db, 'shifts', row);
}

export function updateShift(db: Db, id: string, patch: Partial<Omit<ShiftRow, 'id'>>): ShiftRow {
  const keys = Object.keys(patch);
  if (keys.length)
    db.prepare(
      `UPDATE shifts SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`,
    ).run({ ...patch, id });
  return getShift(db, id)!;
}

// ── Attendance ──────────────────────────────────────────────────────────────

export function shiftStaffRows(
  db: Db,
  shiftId: string,
): (ShiftStaffRow & { display_name: string; role: string })[] {
  return db
    .prepare(
      `SELECT ss.*, s.display_name, s.role FROM shift_staff ss JOIN staff s ON s.id = ss.staff_id
       WHERE ss.shift_id = ? ORDER BY ss.clock_in_at, ss.staff_id`,
    )
    .all(shiftId) as (ShiftStaffRow & { display_name: string; role: string })[];
}

export function getShiftStaff(db: Db, shiftId: string, staffId: string): ShiftStaffRow | undefined {
  return db
    .prepare('SELECT * FROM shift_staff WHERE shift_id = ? AND staff_id = ?')
    .get(shiftId, staffId) as ShiftStaffRow | undefined;
}

export function insertShiftStaff(db: Db, row: ShiftStaffRow): void {
  insertRow(db, 'shift_staff', row);
}

export function clockOut(db: Db, shiftId: string, staffId: string, at: number): void {
  db.prepare(
    'UPDATE shift_staff SET clock_out_at = ? WHERE shift_id = ? AND staff_id = ? AND clock_out_at IS NULL',
  ).run(at, shiftId, staffId);
}

/** Everyone still clocked in on the shift goes off it (hand-over, abandon). */
export function clockOutEveryone(db: Db, shiftId: string, at: number): void {
  db.prepare(
    'UPDATE shift_staff SET clock_out_at = ? WHERE shift_id = ? AND clock_out_at IS NULL',
  ).run(at, shiftId);
}

// ── Checklists and acknowledgements ─────────────────────────────────────────

export function shiftChecks(db: Db, shiftId: string): ShiftCheckRow[] {
  return db
    .prepare(
      `SELECT * FROM shift_checks WHERE shift_id = ?
       ORDER BY CASE phase WHEN 'opening' THEN 0 ELSE 1 END, sort, item_id`,
    )
    .all(shiftId) as ShiftCheckRow[];
}

export function getShiftCheck(db: Db, shiftId: string, itemId: string): ShiftCheckRow | undefined {
  return db
    .prepare('SELECT * FROM shift_checks WHERE shift_id = ? AND item_id = ?')
    .get(shiftId, itemId) as ShiftCheckRow | undefined;
}

/** The active items of both phases, copied so later edits of the list leave this shift alone. */
export function copyChecklist(db: Db, shiftId: string): number {
  return db
    .prepare(
      `INSERT INTO shift_checks (shift_id, item_id, phase, label, sort)
       SELECT ?, id, phase, label, sort FROM checklist_items WHERE active = 1`,
    )
    .run(shiftId).changes;
}

export function setCheck(
  db: Db,
  shiftId: string,
  itemId: string,
  done: { at: number; by: string } | null,
): void {
  db.prepare(
    'UPDATE shift_checks SET done_at = ?, done_by = ? WHERE shift_id = ? AND item_id = ?',
  ).run(done?.at ?? null, done?.by ?? null, shiftId, itemId);
}

export function shiftAcks(db: Db, shiftId: string): ShiftAckRow[] {
  return db
    .prepare('SELECT * FROM shift_acks WHERE shift_id = ? ORDER BY at, kind, ref_id')
    .all(shiftId) as ShiftAckRow[];
}

export function insertAck(db: Db, row: ShiftAckRow): void {
  db.prepare(
    `INSERT OR IGNORE INTO shift_acks (shift_id, kind, ref_id, at, by_staff)
     VALUES (@shift_id, @kind, @ref_id, @at, @by_staff)`,
  ).run(row);
}

// ── Handover state (read here; written by the handover services) ─────────────

const HANDOVER_STATE = `
  SELECT h.id, h.shift_id, h.summary, h.counted_cents, h.outgoing_id, h.outgoing_signed_at,
    CASE
      WHEN h.outgoing_signed_at IS NULL THEN 'draft'
      WHEN r.handover_id IS NULL THEN 'awaitingIncoming'
      WHEN v.handover_id IS NOT NULL THEN 'accepted'
      WHEN r.outcome = 'flagged' THEN 'flagged'
      ELSE 'signed'
    END AS status
  FROM handovers h
  LEFT JOIN handover_receipts r ON r.handover_id = h.id
  LEFT JOIN handover_reviews v ON v.handover_id = h.id`;

export function handoverStateOfShift(db: Db, shiftId: string): HandoverState | undefined {
  return db.prepare(`${HANDOVER_STATE} WHERE h.shift_id = ?`).get(shiftId) as
    HandoverState | undefined;
}

/** The cash counted at the newest handover the outgoing side signed. */
export function lastCountedCents(db: Db): number | null {
  const row = db
    .prepare(
      `SELECT counted_cents FROM handovers WHERE outgoing_signed_at IS NOT NULL
       ORDER BY outgoing_signed_at DESC, id DESC LIMIT 1`,
    )
    .get() as { counted_cents: number | null } | undefined;
  return row?.counted_cents ?? null;
}

// ── Messages for the next shift ─────────────────────────────────────────────

export interface NextShiftMessage {
  id: string;
  at: number;
  from_staff: string;
  from_name: string;
  body: string;
}

/** Unread notes left for whoever takes the next shift, oldest first. */
export function unreadNextShiftMessages(db: Db): NextShiftMessage[] {
  return db
    .prepare(
      `SELECT m.id, m.at, m.from_staff, s.display_name AS from_name, m.body FROM messages m
       JOIN staff s ON s.id = m.from_staff
       WHERE m.to_staff IS NULL AND m.read_at IS NULL ORDER BY m.at, m.id`,
    )
    .all() as NextShiftMessage[];
}

export function ackedMessages(
  db: Db,
  shiftId: string,
): (NextShiftMessage & { acked_at: number })[] {
  return db
    .prepare(
      `SELECT m.id, m.at, m.from_staff, s.display_name AS from_name, m.body, a.at AS acked_at
       FROM shift_acks a JOIN messages m ON m.id = a.ref_id JOIN staff s ON s.id = m.from_staff
       WHERE a.shift_id = ? AND a.kind = 'message' ORDER BY m.at, m.id`,
    )
    .all(shiftId) as (NextShiftMessage & { acked_at: number })[];
}
