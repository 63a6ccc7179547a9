import type { ComplaintCategory, ComplaintSeverity } from '../../shared/domain/complaint';
import { businessDate } from '../../shared/domain/time';
import { refreshCaseClock } from '../../electron/features/complaints/caseClock';
import type { Db } from '../../electron/db/types';
import { deskWithStaff } from './clientFixtures';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** A local time on a day of November/December 2026, whatever the machine's time zone. */
export function at(day: string, hh: number, mm = 0): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hh, mm).getTime();
}

export interface SeedCase {
  id?: string;
  receivedAt: number;
  ownerId: string;
  category?: ComplaintCategory;
  severity?: ComplaintSeverity;
  clientId?: string | null;
  summary?: string;
}

let counter = 0;

/**
 * A case as `complaints.open` leaves it (row + 'received' event with state open, clock
 * computed), written by SQL so escalation, board and export tests do not wait on intake.
 */
export function seedCase(db: Db, c: SeedCase): string {
  counter += 1;
  const id = c.id ?? `case-${String(counter).padStart(6, '0')}`;
  const day = businessDate(c.receivedAt);
  db.prepare(
    `INSERT INTO complaints (id, number, channel, client_id, contact_name, call_back_phone,
       category, severity, summary, received_at, business_date, first_receiver, owner_id,
       state, updated_at)
     VALUES (?, ?, 'phone', ?, '李女士', '13900001111', ?, ?, ?, ?, ?, ?, ?, 'open', ?)`,
  ).run(
    id,
    `TS-${day.replace(/-/g, '')}-${String(counter).padStart(4, '0')}`,
    c.clientId ?? null,
    c.category ?? 'service',
    c.severity ?? 'normal',
    c.summary ?? '更衣柜门坏了没人修',
    c.receivedAt,
    day,
    c.ownerId,
    c.ownerId,
    c.receivedAt,
  );
  addEvent(db, id, c.receivedAt, 'received', 'open', c.ownerId);
  refreshCaseClock(db, id);
  return id;
}

/** A history line; with a state it also moves the case there (as the handlers do). */
export function addEvent(
  db: Db,
  complaintId: string,
  atMs: number,
  kind: string,
  state: string | null,
  by: string | null,
): void {
  counter += 1;
  db.prepare(
    `INSERT INTO complaint_events (id, complaint_id, at, by_staff, kind, state)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(`ev-${String(counter).padStart(6, '0')}`, complaintId, atMs, by, kind, state);
  if (state) db.prepare('UPDATE complaints SET state = ? WHERE id = ?').run(state, complaintId);
}

/** The first reply: stops the levels that watch the first response. */
export function respond(db: Db, complaintId: string, atMs: number, by: string): void {
  addEvent(db, complaintId, atMs, 'state', 'responded', by);
  db.prepare('UPDATE complaints SET responded_at = ? WHERE id = ?').run(atMs, complaintId);
  refreshCaseClock(db, complaintId);
}

export function caseRow(db: Db, id: string) {
  return db.prepare('SELECT * FROM complaints WHERE id = ?').get(id) as {
    level: number;
    state: string;
    first_response_due: number | null;
    resolution_due: number | null;
    next_level_at: number | null;
  };
}

export function escalations(db: Db, id: string) {
  return db
    .prepare(
      `SELECT level, by_staff AS byStaff, body FROM complaint_events
       WHERE complaint_id = ? AND kind = 'escalated' ORDER BY at, rowid`,
    )
    .all(id) as { level: number; byStaff: string | null; body: string | null }[];
}

/** Every role signed in, the clock at `start`; the windows stay unlocked across the jumps. */
export function complaintDesk(start: number) {
  const v = deskWithStaff();
  v.clock.ms = start;
  v.wake();
  const db = () => v.core.db!;
  return { ...v, db };
}
