import type { Gender } from '../../../shared/domain/clients';
import { ANOMALY_CATEGORIES, type LogCategory } from '../../../shared/domain/shift';
import type { Db } from '../../db/types';

/**
 * The records a handover is counted from. Day-keyed tables are searched by their
 * business_date index for the days the window spans and only then cut to the window by
 * their own time column, so a shift costs the same with two years of history behind it.
 * Named parameters: @fromDay/@toDay (YYYY-MM-DD), @from/@to (ms, both inclusive: a record
 * made in the very millisecond the draft is read or signed belongs to it).
 */
export const WINDOW_SQL = {
  entries: `SELECT gender, count(*) AS n FROM check_ins
    WHERE business_date BETWEEN @fromDay AND @toDay
      AND checked_in_at >= @from AND checked_in_at <= @to
    GROUP BY gender`,
  visitors: `SELECT coalesce(gender, 'unspecified') AS gender, trial, count(*) AS n FROM visitors
    WHERE business_date BETWEEN @fromDay AND @toDay
      AND registered_at >= @from AND registered_at <= @to
    GROUP BY 1, 2`,
  calls: `SELECT count(*) FROM calls
    WHERE business_date BETWEEN @fromDay AND @toDay AND at >= @from AND at <= @to`,
  cardsSold: `SELECT card_type AS cardType, sum(count) AS count FROM card_sales
    WHERE business_date BETWEEN @fromDay AND @toDay AND sold_at >= @from AND sold_at <= @to
    GROUP BY card_type ORDER BY card_type`,
  // No index on served_at: the day index and status narrow it to the served tickets first.
  queueServed: `SELECT count(*) FROM queue_tickets
    WHERE business_date BETWEEN @fromDay AND @toDay AND status = 'served'
      AND served_at >= @from AND served_at <= @to`,
  // Slips settled together on one check-in at one moment are one payment.
  cash: `SELECT count(DISTINCT check_in_id || ':' || settled_at) AS payments,
      coalesce(sum(total_cents), 0) AS cents
    FROM tag_charges
    WHERE settled_at IS NOT NULL AND settled_at >= @from AND settled_at <= @to
      AND method = 'cash' AND voided_at IS NULL`,
  voids: `SELECT voided_at AS at, name, void_reason AS reason, voided_by AS staff FROM tag_charges
    WHERE voided_at IS NOT NULL AND voided_at >= @from AND voided_at <= @to`,
  overrides: `SELECT checked_in_at AS at, override_reason AS reason, override_by AS staff
    FROM check_ins
    WHERE business_date BETWEEN @fromDay AND @toDay
      AND checked_in_at >= @from AND checked_in_at <= @to AND override_by IS NOT NULL`,
  lockouts: `SELECT at, action, actor_name AS actorName, detail FROM audit_log
    WHERE at >= @from AND at <= @to AND outcome <> 'ok' AND detail IS NOT NULL
      AND json_extract(detail, '$.reason') = 'auth.tooManyAttempts'`,
  lostTags: `SELECT lost_at AS at, number, lost_reason AS reason, lost_by AS staff FROM hand_tags
    WHERE lost_date BETWEEN @fromDay AND @toDay AND lost_at >= @from AND lost_at <= @to`,
  passedVisitors: `SELECT p.at, v.name, p.from_staff AS staff FROM visitor_passes p
    JOIN visitors v ON v.id = p.visitor_id
    WHERE p.at >= @from AND p.at <= @to AND p.reason = 'timeout'`,
  logAnomalies: `SELECT id, at, body, by_staff AS staff, category FROM log_entries
    WHERE shift_id = @shiftId AND category IN (${ANOMALY_CATEGORIES.map((c) => `'${c}'`).join(', ')})
    ORDER BY at`,
} as const;

/** What is open right now, whatever the window. */
export const OPEN_SQL = {
  followUps: `SELECT e.id, e.category, e.body, e.owner_id AS ownerId, e.due_at AS dueAt,
      e.at, s.name AS shiftName,
      (SELECT count(*) FROM follow_up_carries c WHERE c.entry_id = e.id) AS carried
    FROM log_entries e JOIN shifts s ON s.id = e.shift_id
    WHERE e.follow_up = 1 AND e.done_at IS NULL
    ORDER BY e.at, e.id`,
  waitingVisitors: `SELECT id, name, registered_at AS registeredAt, consultant_id AS consultantId
    FROM visitors WHERE status = 'waiting' ORDER BY registered_at, id`,
  tagsOut: `SELECT ci.id, ci.tag_number AS tagNumber, ci.checked_in_at AS since, c.name,
      (SELECT coalesce(sum(t.total_cents), 0) FROM tag_charges t
        WHERE t.check_in_id = ci.id AND t.voided_at IS NULL AND t.settled_at IS NULL) AS openCents
    FROM check_ins ci LEFT JOIN clients c ON c.id = ci.client_id
    WHERE ci.checked_out_at IS NULL AND ci.tag_number IS NOT NULL`,
  unsettled: `SELECT count(*) AS count, coalesce(sum(total_cents), 0) AS totalCents
    FROM tag_charges INDEXED BY tag_charges_open
    WHERE voided_at IS NULL AND settled_at IS NULL`,
  unreadForShift: `SELECT id, at, from_staff AS fromStaff, to_staff AS toStaff FROM messages
    WHERE to_staff IS NULL AND read_at IS NULL`,
  unreadFor: `SELECT id, at, from_staff AS fromStaff, to_staff AS toStaff FROM messages
    WHERE to_staff = ? AND read_at IS NULL`,
  closingChecks: `SELECT label, done_at AS doneAt FROM shift_checks
    WHERE shift_id = ? AND phase = 'closing' ORDER BY sort, label`,
} as const;

export interface Window {
  from: number;
  to: number;
  fromDay: string;
  toDay: string;
}

export interface Occurrence {
  at: number;
  reason: string | null;
  staff: string | null;
}

export function entriesByGender(db: Db, w: Window): { gender: Gender; n: number }[] {
  return db.prepare(WINDOW_SQL.entries).all(w) as { gender: Gender; n: number }[];
}

export function visitorsByGender(db: Db, w: Window): { gender: Gender; trial: 0 | 1; n: number }[] {
  return db.prepare(WINDOW_SQL.visitors).all(w) as { gender: Gender; trial: 0 | 1; n: number }[];
}

export function countIn(db: Db, sql: string, w: Window): number {
  return db.prepare(sql).pluck().get(w) as number;
}

export function cardsSoldIn(db: Db, w: Window): { cardType: string; count: number }[] {
  return db.prepare(WINDOW_SQL.cardsSold).all(w) as { cardType: string; count: number }[];
}

export function cashIn(db: Db, w: Window): { payments: number; cents: number } {
  return db.prepare(WINDOW_SQL.cash).get(w) as { payments: number; cents: number };
}

export function voidsIn(db: Db, w: Window): (Occurrence & { name: string })[] {
  return db.prepare(WINDOW_SQL.voids).all(w) as (Occurrence & { name: string })[];
}

export function overridesIn(db: Db, w: Window): Occurrence[] {
  return db.prepare(WINDOW_SQL.overrides).all(w) as Occurrence[];
}

export function lockoutsIn(
  db: Db,
  w: Window,
): { at: number; action: string; actorName: string | null; detail: string }[] {
  return db.prepare(WINDOW_SQL.lockouts).all(w) as {
    at: number;
    action: string;
    actorName: string | null;
    detail: string;
  }[];
}

export function lostTagsIn(db: Db, w: Window): (Occurrence & { number: string })[] {
  return db.prepare(WINDOW_SQL.lostTags).all(w) as (Occurrence & { number: string })[];
}

export function passedVisitorsIn(
  db: Db,
  w: Window,
): { at: number; name: string; staff: string | null }[] {
  return db.prepare(WINDOW_SQL.passedVisitors).all(w) as {
    at: number;
    name: string;
    staff: string | null;
  }[];
}

export function logAnomaliesOf(
  db: Db,
  shiftId: string,
): { id: string; at: number; body: string; staff: string; category: LogCategory }[] {
  return db.prepare(WINDOW_SQL.logAnomalies).all({ shiftId }) as {
    id: string;
    at: number;
    body: string;
    staff: string;
    category: LogCategory;
  }[];
}

/** Every staff member's name by id: the table is small, one read serves a whole handover. */
export function staffNames(db: Db): Map<string, string> {
  const rows = db.prepare('SELECT id, display_name FROM staff').all() as {
    id: string;
    display_name: string;
  }[];
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
