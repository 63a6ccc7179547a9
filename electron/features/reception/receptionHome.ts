import type { Db } from '../../db/types';

/** A consultant's own figures: visitors waiting for them now, trial visitors given them today. */
export function consultantDay(db: Db, staffId: string, day: string) {
  const n = (sql: string, ...args: string[]) =>
    db
      .prepare(sql)
      .pluck()
      .get(...args) as number;
  return {
    waiting: n(
      "SELECT count(*) FROM visitors WHERE consultant_id = ? AND status = 'waiting'",
      staffId,
    ),
    trials: n(
      'SELECT count(*) FROM visitors WHERE consultant_id = ? AND business_date = ? AND trial = 1',
      staffId,
      day,
    ),
  };
}
