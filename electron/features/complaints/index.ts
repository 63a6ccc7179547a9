/** What other features and the app may use of complaints; everything else is internal. */
import { complaintBoardHandlers } from './board';
import { complaintExportHandlers } from './complaintExport';
import { serviceLevelHandlers } from './serviceLevelHandlers';
import { caseFileHandlers } from './caseFiles';
import { caseListHandlers } from './caseLists';
import { caseForHeadOffice, caseView } from './caseView';
import { escalateDue, escalateHandlers, type EscalationNotice } from './escalation';
import { handlingHandlers } from './handling';
import { openCase } from './intake';
import { transferHandlers } from './transfers';
import { applyFollowUpScore as applyScore } from './handling';
import type { IdSource } from '../../db/ids';
import type { Db } from '../../db/types';
import type { ServiceContext } from '../../ipc/context';
import { recordComplaintBundle, recordComplaintBundleAt, withBundles } from '../branch';

/** Every handler of complaints.* and serviceLevels.*. */
const handlers = {
  'complaints.open': openCase,
  ...caseListHandlers,
  ...handlingHandlers,
  ...transferHandlers,
  ...caseFileHandlers,
  ...escalateHandlers(caseView),
  ...serviceLevelHandlers,
  ...complaintBoardHandlers,
  ...complaintExportHandlers,
};

/** The channels that open or change a case; each also adds its bundle for head office. */
const CHANGES = [
  'complaints.open',
  'complaints.respond',
  'complaints.addAction',
  'complaints.setPlan',
  'complaints.wait',
  'complaints.resolve',
  'complaints.escalate',
  'complaints.offerTransfer',
  'complaints.answerTransfer',
] as const;

export const complaintHandlers = withBundles(handlers, CHANGES, recordComplaintBundle);

/** A follow-up call's score closes or reopens the case: its satisfaction goes to head office. */
export function applyFollowUpScore(
  ctx: ServiceContext,
  complaintId: string,
  callId: string,
  score: number,
): void {
  applyScore(ctx, complaintId, callId, score);
  recordComplaintBundle(ctx, caseView(ctx, complaintId));
}

/** Core's timer: cases whose next level has come move up, each with its bundle for head office. */
export function escalateDueCases(db: Db, now: number, ids: IdSource): EscalationNotice[] {
  return escalateDue(db, now, ids, (id) => {
    const source = caseForHeadOffice(db, id, now);
    if (source) recordComplaintBundleAt(db, now, ids, source);
  });
}

export { escalateDue, escalationNotices, reaches, type EscalationNotice } from './escalation';
export { COMPLAINT_EXPORT_TASK, complaintExportTask } from './exportTask';
export { openComplaintsForHandover } from './caseLists';
