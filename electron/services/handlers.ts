import type { ChannelName, Output, ParsedInput } from '../../shared/contract';
import type { vaultChannels } from '../../shared/contract/channels/vault';
import type { ServiceContext, VaultContext } from '../ipc/context';
import type { Denied } from '../ipc/errors';
import { authHandlers } from './auth';
import { auditHandlers } from './auditLog';
import { settingsHandlers } from './settings';
import { staffHandlers } from './staff';
import { vaultHandlers } from './vault';
import { accessHandlers } from './accessLog';
import { clientHandlers } from './clients';
import { clientMediaHandlers } from './clientMedia';
import { importHandlers } from './clientImport';
import { destructionHandlers } from './destruction';
import { exportHandlers } from './exports';
import { reviewHandlers } from './reviews';
import { deskCheckInHandlers } from './deskCheckIn';
import { deskTagHandlers } from './deskTags';
import { deskChargeHandlers } from './deskCharges';
import { deskCountHandlers } from './deskCounts';
import { rotationHandlers } from './rotation';
import { rotationReportHandlers } from './rotationFairness';
import { visitorHandlers } from './visitors';
import { callHandlers } from './calls';
import { messageHandlers } from './messages';
import { blockListHandlers } from './blockList';
import { queueHandlers } from './queue';
import { waiverHandlers } from './waivers';
import { shiftSetupHandlers } from './shiftSetup';
import { shiftOpeningHandlers } from './shiftOpening';
import { shiftAttendanceHandlers } from './shiftAttendance';
import { shiftLogHandlers } from './shiftLog';
import { handoverHandlers } from './handover';
import { handoverSignatureHandlers } from './handoverSignatures';
import { handoverBoardHandlers } from './handoverBoard';
import { handoverPrintHandlers } from './handoverPrint';

type VaultChannel = keyof typeof vaultChannels;
type SessionChannel = Exclude<ChannelName, VaultChannel>;

/** A service answers with data, returns `Denied` to refuse but keep its writes, or throws AppError. */
export type Handler<C extends ChannelName> = (
  ctx: ServiceContext,
  input: ParsedInput<C>,
) => Output<C> | Denied;
export type Handlers = { [C in SessionChannel]: Handler<C> };
export type VaultHandlers = {
  [C in VaultChannel]: (ctx: VaultContext, input: ParsedInput<C>) => Output<C>;
};

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
};

export { vaultHandlers };
