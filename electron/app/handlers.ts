import type { Handlers } from '../ipc/handler';
import { authHandlers } from '../features/auth';
import { auditHandlers } from '../features/audit';
import { settingsHandlers } from '../features/settings';
import { staffHandlers } from '../features/staff';
import { vaultHandlers } from '../features/vault';
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
  callHandlers,
  messageHandlers,
  blockListHandlers,
} from '../features/reception';
import { queueHandlers } from '../features/queue';
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

/** Every session channel's handler, one map composed from the features. */
export const handlers: Handlers = {
  ...authHandlers,
  ...staffHandlers,
  ...auditHandlers,
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
  ...callHandlers,
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
};

export { vaultHandlers };
export type { Handlers, VaultHandlers } from '../ipc/handler';
