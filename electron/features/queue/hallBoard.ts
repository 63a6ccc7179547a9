import type { HallBoardView } from '../../../shared/contract/stationViews';
import type { Db } from '../../db/types';

const CALLED_SHOWN = 8;
const RECENT_SHOWN = 5;

/**
 * What the hall display shows of a business day: numbers and counters only, never a name or
 * a phone (the hall sees it). Each part is a range of queue_tickets_day_status.
 */
export function hallBoardOfDay(db: Db, day: string): Omit<HallBoardView, 'now' | 'siteName'> {
  const called = db
    .prepare(
      `SELECT number, counter, called_at AS calledAt FROM queue_tickets
       WHERE business_date = ? AND status = 'called' ORDER BY called_at DESC, number DESC LIMIT ?`,
    )
    .all(day, CALLED_SHOWN) as HallBoardView['called'];
  const recent = db
    .prepare(
      `SELECT number, counter FROM queue_tickets
       WHERE business_date = ? AND status = 'served' ORDER BY served_at DESC, number DESC LIMIT ?`,
    )
    .all(day, RECENT_SHOWN) as HallBoardView['recent'];
  const waiting = db
    .prepare(`SELECT count(*) FROM queue_tickets WHERE business_date = ? AND status = 'waiting'`)
    .pluck()
    .get(day) as number;
  return { called, recent, waiting };
}
