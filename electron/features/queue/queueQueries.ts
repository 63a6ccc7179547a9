import type { QueueStatus } from '../../../shared/domain/queue';
import type { Db } from '../../db/types';

export interface QueueTicketRow {
  id: string;
  business_date: string;
  number: number;
  name: string | null;
  phone: string | null;
  purpose: string | null;
  taken_at: number;
  taken_by: string;
  called_at: number | null;
  called_by: string | null;
  counter: string | null;
  served_at: number | null;
  left_at: number | null;
  status: QueueStatus;
}

export function getTicket(db: Db, id: string): QueueTicketRow | undefined {
  return db.prepare('SELECT * FROM queue_tickets WHERE id = ?').get(id) as
    QueueTicketRow | undefined;
}

/** The next number of the day: 1 for the first ticket. */
export function nextNumber(db: Db, day: string): number {
  const max = db
    .prepare('SELECT max(number) FROM queue_tickets WHERE business_date = ?')
    .pluck()
    .get(day) as number | null;
  return (max ?? 0) + 1;
}

export function insertTicket(db: Db, row: QueueTicketRow): void {
  const cols = Object.keys(row);
  db.prepare(
    `INSERT INTO queue_tickets (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`,
  ).run(row);
}

export function updateTicket(
  db: Db,
  id: string,
  patch: Partial<Omit<QueueTicketRow, 'id'>>,
): QueueTicketRow {
  const keys = Object.keys(patch);
  if (keys.length)
    db.prepare(
      `UPDATE queue_tickets SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`,
    ).run({ ...patch, id });
  return getTicket(db, id)!;
}

/** Waiting and called tickets, oldest first (an earlier day's leftovers come first). */
export function openTickets(db: Db): QueueTicketRow[] {
  return db
    .prepare(
      `SELECT * FROM queue_tickets WHERE status IN ('waiting','called')
       ORDER BY business_date, number`,
    )
    .all() as QueueTicketRow[];
}

/** The oldest ticket still waiting to be called. */
export function oldestWaiting(db: Db): QueueTicketRow | undefined {
  return db
    .prepare(
      `SELECT * FROM queue_tickets WHERE status = 'waiting' ORDER BY business_date, number LIMIT 1`,
    )
    .get() as QueueTicketRow | undefined;
}

export function ticketsOfDay(db: Db, day: string): QueueTicketRow[] {
  return db
    .prepare('SELECT * FROM queue_tickets WHERE business_date = ? ORDER BY number')
    .all(day) as QueueTicketRow[];
}
