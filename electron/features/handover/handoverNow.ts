import type { BoardNow } from '../../../shared/contract/handoverViews';
import { addDays, businessDate, startOfDay } from '../../../shared/domain/time';
import { currentShiftRow, shiftDayOf } from '../shifts';
import type { Db } from '../../db/types';
import { gapBefore, windowOf } from './handoverContent';
import { cashIn, OPEN_SQL } from './handoverRecordQueries';

const count = (db: Db, sql: string) =>
  db.prepare(`SELECT count(*) FROM (${sql})`).pluck().get() as number;

/** Since when the drawer holds what the next count must find: the last hand-over. */
function drawerSince(db: Db, now: number): number {
  const shift = currentShiftRow(db);
  if (shift) return gapBefore(db, shift)?.from ?? shift.opened_at;
  const closed = db.prepare('SELECT max(closed_at) FROM shifts').pluck().get() as number | null;
  return closed ?? startOfDay(now);
}

/** Entries of the business day at work now, counted as desk.dayCounts counts them. */
function entriesOfDay(db: Db, day: string): number {
  const ofDay = shiftDayOf(db, day);
  const times = db
    .prepare('SELECT checked_in_at FROM check_ins WHERE business_date IN (?, ?)')
    .pluck()
    .all(day, addDays(day, 1)) as number[];
  return times.filter((t) => ofDay(t) === day).length;
}

/**
 * The board's "now" row: the desk as it stands, whatever state the shifts are in (a shift
 * not yet handed over shows no figures of its own, yet people are in and cash is taken).
 */
export function boardNow(db: Db, now: number): BoardNow {
  const shift = currentShiftRow(db) ?? null;
  const day = shift?.business_date ?? shiftDayOf(db, businessDate(now))(now);
  const cash = cashIn(db, windowOf(drawerSince(db, now), now));
  return {
    at: now,
    businessDate: day,
    shiftName: shift?.name ?? null,
    shiftStatus: shift?.status ?? null,
    onSite: count(db, 'SELECT 1 FROM check_ins WHERE checked_out_at IS NULL'),
    tagsOut: count(db, OPEN_SQL.tagsOut),
    entries: entriesOfDay(db, day),
    cashTakenCents: cash.cents,
    cashPayments: cash.payments,
    visitorsWaiting: count(db, OPEN_SQL.waitingVisitors),
  };
}
