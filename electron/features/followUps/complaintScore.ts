import type { ServiceContext } from '../../ipc/context';
import { applyFollowUpScore } from '../complaints';

/**
 * A reached complaint call's score goes to the case (≥ 3 closes it, below reopens it):
 * the complaints feature decides, this only hands it over.
 */
export function scoreComplaint(
  ctx: ServiceContext,
  complaintId: string,
  callId: string,
  score: number,
): void {
  applyFollowUpScore(ctx, complaintId, callId, score);
}
