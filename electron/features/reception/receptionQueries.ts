import type { Gender } from '../../../shared/domain/clients';
import type {
  CallRoute,
  ConsultantStatus,
  PassReason,
  VisitorScenario,
  VisitorStatus,
} from '../../../shared/domain/rotation';
import type { Db } from '../../db/types';

export interface ConsultantDayRow {
  staff_id: string;
  business_date: string;
  signed_in_at: number;
  position: number;
  status: ConsultantStatus;
  out_reason: string | null;
}

export interface VisitorRow {
  id: string;
  business_date: string;
  registered_at: number;
  registered_by: string;
  name: string;
  phone: string | null;
  gender: Gender | null;
  source: string | null;
  interest: string | null;
  scenario: VisitorScenario;
  trial: 0 | 1;
  named_id: string | null;
  consultant_id: string | null;
  assigned_at: number | null;
  deadline_at: number | null;
  confirmed_at: number | null;
  confirmed_by: string | null;
  status: VisitorStatus;
  left_at: number | null;
  block_id: string | null;
  client_id: string | null;
  /** Set once by main's tick when the deadline passed (migration 011); new rows omit it. */
  overdue_at?: number | null;
}

export interface PassRow {
  visitor_id: string;
  from_staff: string | null;
  to_staff: string | null;
  at: number;
  reason: PassReason;
}

export interface MessageRow {
  id: string;
  at: number;
  from_staff: string;
  to_staff: string | null;
  body: string;
  read_at: number | null;
  read_by: string | null;
}

export interface CallRow {
  id: string;
  business_date: string;
  at: number;
  caller_name: string;
  callback_phone: string;
  purpose: string;
  appointment: 0 | 1;
  route: CallRoute;
  consultant_id: string | null;
  message_id: string | null;
  block_id: string | null;
  taken_by: string;
}

export interface BlockRow {
  id: string;
  name: string;
  name_key: string;
  pinyin: string;
  phone: string | null;
  id_number: string | null;
  reason: string;
  added_by: string;
  added_at: number;
  active: 0 | 1;
  removed_by: string | null;
  removed_at: number | null;
}

// ── Rotation ────────────────────────────────────────────────────────────────

export function listConsultantDays(db: Db, day: string): ConsultantDayRow[] {
  return db
    .prepare('SELECT * FROM consultant_days WHERE business_date = ? ORDER BY position')
    .all(day) as ConsultantDayRow[];
}

export function getConsultantDay(
  db: Db,
  staffId: string,
  day: string,
): ConsultantDayRow | undefined {
  return db
    .prepare('SELECT * FROM consultant_days WHERE staff_id = ? AND business_date = ?')
    .get(staffId, day) as ConsultantDayRow | undefined;
}

export function insertConsultantDay(db: Db, row: ConsultantDayRow): void {
  db.prepare(
    `INSERT INTO consultant_days (staff_id, business_date, signed_in_at, position, status, out_reason)
     VALUES (@staff_id, @business_date, @signed_in_at, @position, @status, @out_reason)`,
  ).run(row);
}

export function updateConsultantDay(
  db: Db,
  staffId: string,
  day: string,
  patch: Partial<Pick<ConsultantDayRow, 'position' | 'status' | 'out_reason'>>,
): void {
  const keys = Object.keys(patch);
  if (!keys.length) return;
  db.prepare(
    `UPDATE consultant_days SET ${keys.map((k) => `${k} = @${k}`).join(', ')}
     WHERE staff_id = @staffId AND business_date = @day`,
  ).run({ ...patch, staffId, day });
}

/** Waiting visitors per assigned consultant (the partial index on waiting visitors). */
export function waitingCounts(db: Db): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT consultant_id AS id, count(*) AS n FROM visitors
       WHERE status = 'waiting' AND consultant_id IS NOT NULL GROUP BY consultant_id`,
    )
    .all() as { id: string; n: number }[];
  return new Map(rows.map((r) => [r.id, r.n]));
}

// ── Visitors ────────────────────────────────────────────────────────────────

export function getVisitor(db: Db, id: string): VisitorRow | undefined {
  return db.prepare('SELECT * FROM visitors WHERE id = ?').get(id) as VisitorRow | undefined;
}

export function insertVisitor(db: Db, row: VisitorRow): void {
  const cols = Object.keys(row);
  db.prepare(
    `INSERT INTO visitors (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`,
  ).run(row);
}

export function updateVisitor(
  db: Db,
  id: string,
  patch: Partial<Omit<VisitorRow, 'id'>>,
): VisitorRow {
  const keys = Object.keys(patch);
  if (keys.length)
    db.prepare(
      `UPDATE visitors SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`,
    ).run({ ...patch, id });
  return getVisitor(db, id)!;
}

export function waitingVisitors(db: Db): VisitorRow[] {
  return db
    .prepare("SELECT * FROM visitors WHERE status = 'waiting' ORDER BY registered_at, id")
    .all() as VisitorRow[];
}

export function passesOf(db: Db, visitorId: string): PassRow[] {
  return db
    .prepare(
      `SELECT visitor_id, from_staff, to_staff, at, reason FROM visitor_passes
       WHERE visitor_id = ? ORDER BY id`,
    )
    .all(visitorId) as PassRow[];
}

export function insertPass(db: Db, p: PassRow & { business_date: string; by_staff: string }): void {
  db.prepare(
    `INSERT INTO visitor_passes (visitor_id, business_date, from_staff, to_staff, at, by_staff, reason)
     VALUES (@visitor_id, @business_date, @from_staff, @to_staff, @at, @by_staff, @reason)`,
  ).run(p);
}

// ── Messages and calls ──────────────────────────────────────────────────────

export function getMessage(db: Db, id: string): MessageRow | undefined {
  return db.prepare('SELECT * FROM messages WHERE id = ?').get(id) as MessageRow | undefined;
}

export function insertMessage(db: Db, m: MessageRow): void {
  db.prepare(
    `INSERT INTO messages (id, at, from_staff, to_staff, body, read_at, read_by)
     VALUES (@id, @at, @from_staff, @to_staff, @body, @read_at, @read_by)`,
  ).run(m);
}

/** Messages for this person and for the next shift: every unread one, then recent read ones. */
export function messagesFor(db: Db, staffId: string, readLimit: number): MessageRow[] {
  const unread = db
    .prepare(
      `SELECT * FROM messages WHERE read_at IS NULL AND (to_staff = ? OR to_staff IS NULL)
       ORDER BY at DESC, id DESC`,
    )
    .all(staffId) as MessageRow[];
  const read = db
    .prepare(
      `SELECT * FROM messages WHERE read_at IS NOT NULL AND (to_staff = ? OR to_staff IS NULL)
       ORDER BY at DESC, id DESC LIMIT ?`,
    )
    .all(staffId, readLimit) as MessageRow[];
  return [...unread, ...read];
}

export function callOfMessage(db: Db, messageId: string): CallRow | undefined {
  return db.prepare('SELECT * FROM calls WHERE message_id = ?').get(messageId) as
    CallRow | undefined;
}

export function insertCall(db: Db, c: CallRow): void {
  const cols = Object.keys(c);
  db.prepare(
    `INSERT INTO calls (${cols.join(', ')}) VALUES (${cols.map((k) => `@${k}`).join(', ')})`,
  ).run(c);
}

// ── Block list ──────────────────────────────────────────────────────────────

export function getBlockEntry(db: Db, id: string): BlockRow | undefined {
  return db.prepare('SELECT * FROM block_list WHERE id = ?').get(id) as BlockRow | undefined;
}

export function insertBlockEntry(db: Db, row: BlockRow): void {
  const cols = Object.keys(row);
  db.prepare(
    `INSERT INTO block_list (${cols.join(', ')}) VALUES (${cols.map((k) => `@${k}`).join(', ')})`,
  ).run(row);
}

export function listBlockEntries(db: Db, includeRemoved: boolean): BlockRow[] {
  return db
    .prepare(
      `SELECT * FROM block_list ${includeRemoved ? '' : 'WHERE active = 1'}
       ORDER BY active DESC, added_at DESC, id`,
    )
    .all() as BlockRow[];
}

/** Active entries matching any of the keys; each probe uses its partial index. */
export function findBlockMatches(
  db: Db,
  keys: { nameKey?: string; pinyin?: string; phone?: string; idNumber?: string },
): BlockRow[] {
  const found = new Map<string, BlockRow>();
  const probe = (column: string, value: string | undefined) => {
    if (!value) return;
    const rows = db
      .prepare(`SELECT * FROM block_list WHERE ${column} = ? AND active = 1 LIMIT 20`)
      .all(value) as BlockRow[];
    for (const r of rows) found.set(r.id, r);
  };
  probe('id_number', keys.idNumber);
  probe('phone', keys.phone);
  probe('name_key', keys.nameKey);
  probe('pinyin', keys.pinyin);
  return [...found.values()];
}
