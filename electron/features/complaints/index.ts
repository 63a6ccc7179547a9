/** What other features and the app may use of complaints; everything else is internal. */
import { complaintBoardHandlers } from './board';
import { complaintExportHandlers } from './complaintExport';
import { serviceLevelHandlers } from './serviceLevelHandlers';
import { caseFileHandlers } from './caseFiles';
import { caseListHandlers } from './caseLists';
import { caseView } from './caseView';
import { escalateHandlers } from './escalation';
import { handlingHandlers } from './handling';
import { openCase } from './intake';
import { transferHandlers } from './transfers';

/** Every handler of complaints.* and serviceLevels.*. */
export const complaintHandlers = {
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

export { escalateDue, escalationNotices, reaches, type EscalationNotice } from './escalation';
export { COMPLAINT_EXPORT_TASK, complaintExportTask } from './exportTask';
export { applyFollowUpScore } from './handling';
export { openComplaintsForHandover } from './caseLists';
