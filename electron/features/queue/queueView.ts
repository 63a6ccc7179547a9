import type { QueueDayCounts, QueueTicketView } from '../../../shared/contract/queueViews';
import { maskPhone } from '../../../shared/domain/masking';
import {
  DEFAULT_QUEUE_ATTEND_MINUTES,
  DEFAULT_QUEUE_ESCALATE_MINUTES,
  percentile,
  queueDeadlines,
  queueLevel,
  type QueueLimits,
} from '../../../shared/domain/queue';
import { ticketsOfDay, type QueueTicketRow } from './queueQueries';
import { readSettings } from '../settings';
import { getStaff } from '../staff';
import type { Db } from '../../db/types';

export function queueLimits(db: Db): QueueLimits {
  const s = readSettings(db);
  return {
    attendMinutes: s.queueAttendMinutes ?? DEFAULT_QUEUE_ATTEND_MINUTES,
    escalateMinutes: s.queueEscalateMinutes ?? DEFAULT_QUEUE_ESCALATE_MINUTES,
  };
}

/** From taking the number to being called; still running while waiting. */
function waitedMs(row: QueueTicketRow, now: number): number {
  const end = row.called_at ?? (row.status === 'waiting' ? now : (row.left_at ?? now));
  return Math.max(0, end - row.taken_at);
}

export function ticketView(
  db: Db,
  row: QueueTicketRow,
  now: number,
  limits: QueueLimits = queueLimits(db),
): QueueTicketView {
  const waited = waitedMs(row, now);
  const { attendAt, escalateAt } = queueDeadlines(row.taken_at, limits);
  return {
    id: row.id,
    businessDate: row.business_date,
    number: row.number,
    name: row.name,
    phoneMasked: row.phone ? maskPhone(row.phone) : null,
    purpose: row.purpose,
    takenAt: row.taken_at,
    calledAt: row.called_at,
    calledByName: row.called_by ? (getStaff(db, row.called_by)?.display_name ?? null) : null,
    counter: row.counter,
    servedAt: row.served_at,
    leftAt: row.left_at,
    status: row.status,
    waitedMs: waited,
    level: queueLevel(waited, row.taken_at, limits),
    attendAt,
    escalateAt,
  };
}

export function queueDayCounts(db: Db, day: string): QueueDayCounts {
  const rows = ticketsOfDay(db, day);
  const waits = rows
    .filter((r) => r.called_at !== null)
    .map((r) => Math.max(0, r.called_at! - r.taken_at));
  return {
    businessDate: day,
    taken: rows.length,
    served: rows.filter((r) => r.status === 'served').length,
    left: rows.filter((r) => r.status === 'left').length,
    open: rows.filter((r) => r.status === 'waiting' || r.status === 'called').length,
    averageWaitMs: waits.length
      ? Math.round(waits.reduce((a, b) => a + b, 0) / waits.length)
      : null,
    p90WaitMs: percentile(waits, 90),
  };
}
