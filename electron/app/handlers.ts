import type { Handlers, VaultHandlers } from '../ipc/handler';
import { authHandlers } from '../features/auth';
import { auditHandlers } from '../features/audit';
import { settingsHandlers } from '../features/settings';
import { staffHandlers } from '../features/staff';
import { vaultHandlers as vaultOnly } from '../features/vault';
import { backupHandlers, restoreHandlers } from '../features/backups';
import {
  accessHandlers,
  destructionHandlers,
  exportHandlers,
  reviewHandlers,
} from '../features/oversight';
import { clientHandlers, clientMediaHandlers, importHandlers } from '../features/clients';
import {
  deskCheckInHandlers,
  deskTagHandlers,
  deskChargeHandlers,
  deskCountHandlers,
} from '../features/desk';
import {
  rotationHandlers,
  rotationReportHandlers,
  visitorHandlers,
  visitorBadgeHandlers,
  callHandlers,
  callBackHandlers,
  messageHandlers,
  blockListHandlers,
} from '../features/reception';
import { integrityHandlers } from '../features/integrity';
import { homeHandlers } from '../features/home';
import { complaintHandlers } from '../features/complaints';
import { followUpHandlers } from '../features/followUps';
import { incidentHandlers } from '../features/incidents';
import { reportHandlers } from '../features/reports';
import {
  personExportHandlers,
  personFindHandlers,
  personRequestHandlers,
} from '../features/privacy';
import { retentionHandlers } from '../features/retention';
import { queueHandlers } from '../features/queue';
import { stationHandlers, stationVaultHandlers } from '../features/stations';
import { branchHandlers, headOfficeHandlers } from '../features/branch';
import { jobHandlers } from '../jobs';
import { waiverHandlers } from '../features/waivers';
import {
  shiftSetupHandlers,
  shiftOpeningHandlers,
  shiftAttendanceHandlers,
  shiftLogHandlers,
} from '../features/shifts';
import {
  handoverHandlers,
  handoverSignatureHandlers,
  handoverBoardHandlers,
  handoverPrintHandlers,
} from '../features/handover';

import { hqHandlers } from '../features/hq';

/** Every session channel's handler, one map composed from the features. */
export const handlers: Handlers = {
  ...hqHandlers,
  ...authHandlers,
  ...staffHandlers,
  ...auditHandlers,
  ...integrityHandlers,
  ...settingsHandlers,
  ...clientHandlers,
  ...clientMediaHandlers,
  ...importHandlers,
  ...accessHandlers,
  ...reviewHandlers,
  ...exportHandlers,
  ...destructionHandlers,
  ...deskCheckInHandlers,
  ...deskTagHandlers,
  ...deskChargeHandlers,
  ...deskCountHandlers,
  ...rotationHandlers,
  ...rotationReportHandlers,
  ...visitorHandlers,
  ...visitorBadgeHandlers,
  ...callHandlers,
  ...callBackHandlers,
  ...messageHandlers,
  ...blockListHandlers,
  ...queueHandlers,
  ...waiverHandlers,
  ...shiftSetupHandlers,
  ...shiftOpeningHandlers,
  ...shiftAttendanceHandlers,
  ...shiftLogHandlers,
  ...handoverHandlers,
  ...handoverSignatureHandlers,
  ...handoverBoardHandlers,
  ...handoverPrintHandlers,
  ...jobHandlers,
  ...backupHandlers,
  ...homeHandlers,
  ...complaintHandlers,
  ...followUpHandlers,
  ...incidentHandlers,
  ...reportHandlers,
  ...personFindHandlers,
  ...personRequestHandlers,
  ...personExportHandlers,
  ...retentionHandlers,
  ...stationHandlers,
  ...branchHandlers,
  ...headOfficeHandlers,
};

/** Channels that run without an open vault: setup, recovery, restore. */
export const vaultHandlers: VaultHandlers = {
  ...vaultOnly,
  ...restoreHandlers,
  ...stationVaultHandlers,
};
export type { Handlers, VaultHandlers } from '../ipc/handler';
