import type { HandoverReportFigures } from '../../../shared/contract/reportViews';
import type { Db } from '../../db/types';
import { boardShifts } from '../handover';
import type { PeriodDays } from './reportDays';

const SIGNED = new Set(['signed', 'flagged', 'awaitingIncoming', 'accepted']);

/**
 * The handover board's own reading of the period (every day × active template matched with
 * the shifts opened), so the report and the board never disagree about what is missing.
 * Shifts still at work or still to come are not yet expected.
 */
export function handoverFigures(db: Db, p: PeriodDays, now: number): HandoverReportFigures {
  const rows = boardShifts(db, p.days[0]!, p.days[p.days.length - 1]!, now);
  const signed = rows.filter((r) => SIGNED.has(r.state)).length;
  // A draft of a shift no longer at work was never signed by the outgoing side.
  const missing = rows.filter((r) => r.state === 'missing' || r.state === 'draft').length;
  return {
    expected: signed + missing,
    signed,
    missing,
    // Accepted: a flagged handover a supervisor has since reviewed; it was still flagged.
    flagged: rows.filter((r) => r.state === 'flagged' || r.state === 'accepted').length,
  };
}
