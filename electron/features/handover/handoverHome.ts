import { businessDate, startOfDay } from '../../../shared/domain/time';
import type { Db } from '../../db/types';
import { boardNow } from './handoverNow';
import { boardShifts } from './handoverBoard';
import { openFollowUps } from './handoverItems';
import { overridesIn, staffNames, voidsIn } from './handoverRecordQueries';

/** Look-back for flagged handovers on the home page: the board's own default week. */
const FLAGGED_DAYS = 7;

/** What the home page of the duty manager and the supervisor needs from the handover records. */
export function handoverHome(db: Db, now: number) {
  const day = businessDate(now);
  // Calendar today, as the board counts "now": overrides and voids since midnight.
  const w = { from: startOfDay(now), to: now, fromDay: day, toDay: day };
  const follow = openFollowUps(db, now, staffNames(db));
  const from = businessDate(now - FLAGGED_DAYS * 86_400_000);
  return {
    now: boardNow(db, now),
    overridesToday: overridesIn(db, w).length,
    voidsToday: voidsIn(db, w).length,
    followUpsOpen: follow.length,
    followUpsOverdue: follow.filter((f) => f.overdue).length,
    flaggedHandovers: boardShifts(db, from, day, now).filter((s) => s.state === 'flagged').length,
  };
}
