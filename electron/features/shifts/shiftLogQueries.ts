import type { LogCategory } from '../../../shared/domain/shift';
import type { Db } from '../../db/types';

export interface LogEntryRow {
  id: string;
  shift_id: string;
  business_date: string;
  at: number;
  by_staff: string;
  category: LogCategory;
  body: string;
  edited_at: number | null;
  corrects_id: string | null;
  locked: 0 | 1;
  follow_up: 0 | 1;
  owner_id: string | null;
  due_at: number | null;
  done_at: number | null;
  done_by: string | null;
  done_note: string | null;
}

export interface CarryRow {
  entry_id: string;
  shift_id: string;
  at: number;
}

export function getLogEntry(db: Db, id: string): LogEntryRow | undefined {
  return db.prepare('SELECT * FROM log_entries WHERE id = ?').get(id) as LogEntryRow | undefined;
}

export function insertLogEntry(db: Db, row: LogEntryRow): void {
  const cols = Object.keys(row);
  db.prepare(
    `INSERT INTO log_entries (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`,
  ).run(row);
}

export function updateLogEntry(
  db: Db,
  id: string,
  patch: Partial<Omit<LogEntryRow, 'id'>>,
): LogEntryRow {
  const keys = Object.keys(patch);
  if (keys.length)
    db.prepare(
      `UPDATE log_entries SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`,
    ).run({ ...patch, id });
  return getLogEntry(db, id)!;
}

export function entriesOfShift(db: Db, shiftId: string): LogEntryRow[] {
  return db
    .prepare('SELECT * FROM log_entries WHERE shift_id = ? ORDER BY at, id')
    .all(shiftId) as LogEntryRow[];
}

/** Follow-ups logged in earlier shifts and carried into this one, oldest first. */
export function carriedInto(db: Db, shiftId: string): LogEntryRow[] {
  return db
    .prepare(
      `SELECT e.* FROM follow_up_carries c JOIN log_entries e ON e.id = c.entry_id
       WHERE c.shift_id = ? AND e.shift_id != c.shift_id ORDER BY e.at, e.id`,
    )
    .all(shiftId) as LogEntryRow[];
}

/** Every follow-up not yet done, whichever shift logged it, oldest first. */
export function openFollowUps(db: Db): LogEntryRow[] {
  return db
    .prepare('SELECT * FROM log_entries WHERE follow_up = 1 AND done_at IS NULL ORDER BY at, id')
    .all() as LogEntryRow[];
}

/** At opening: each open follow-up travels into the new shift. */
export function carryOpenFollowUps(db: Db, shiftId: string, at: number): number {
  return db
    .prepare(
      `INSERT OR IGNORE INTO follow_up_carries (entry_id, shift_id, at)
       SELECT id, ?, ? FROM log_entries WHERE follow_up = 1 AND done_at IS NULL`,
    )
    .run(shiftId, at).changes;
}

export function carriesOf(db: Db, entryId: string): CarryRow[] {
  return db
    .prepare('SELECT * FROM follow_up_carries WHERE entry_id = ? ORDER BY at, shift_id')
    .all(entryId) as CarryRow[];
}

export function carriedCount(db: Db, entryId: string): number {
  return db
    .prepare('SELECT count(*) FROM follow_up_carries WHERE entry_id = ?')
    .pluck()
    .get(entryId) as number;
}

export function correctionsOf(db: Db, entryId: string): LogEntryRow[] {
  return db
    .prepare('SELECT * FROM log_entries WHERE corrects_id = ? ORDER BY at, id')
    .all(entryId) as LogEntryRow[];
}

/** At hand-over (or abandon) the shift's entries keep their text; corrections follow as new entries. */
export function lockEntriesOfShift(db: Db, shiftId: string): number {
  return db
    .prepare('UPDATE log_entries SET locked = 1 WHERE shift_id = ? AND locked = 0')
    .run(shiftId).changes;
}
