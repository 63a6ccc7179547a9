/** What other features and the app may use of complaints; everything else is internal. */
import { complaintBoardHandlers } from './board';
import { complaintExportHandlers } from './complaintExport';
import { serviceLevelHandlers } from './serviceLevelHandlers';

/**
 * Every handler of complaints.* and serviceLevels.*. The case handlers (A1) spread in here
 * too, and `escalateHandlers(view)` once their case view exists.
 */
export const complaintHandlers = {
  ...serviceLevelHandlers,
  ...complaintBoardHandlers,
  ...complaintExportHandlers,
};

export { escalateDue, escalationNotices, reaches, type EscalationNotice } from './escalation';
export { COMPLAINT_EXPORT_TASK, complaintExportTask } from './exportTask';
