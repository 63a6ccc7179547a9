import type { z } from 'zod';
import { auditChannels } from './channels/audit';
import { clientChannels } from './channels/clients';
import { deskChannels } from './channels/desk';
import { oversightChannels } from './channels/oversight';
import { receptionChannels } from './channels/reception';
import { queueChannels } from './channels/queue';
import { authChannels } from './channels/auth';
import { settingsChannels } from './channels/settings';
import { staffChannels } from './channels/staff';
import { vaultChannels } from './channels/vault';
import { waiverChannels } from './channels/waivers';
import { shiftChannels } from './channels/shifts';
import { handoverChannels } from './channels/handover';
import { jobChannels } from './channels/jobs';
import { backupChannels } from './channels/backups';
import { integrityChannels } from './channels/integrity';
import { homeChannels } from './channels/home';
import { callBackChannels } from './channels/callBacks';
import { complaintChannels } from './channels/complaints';
import { followUpChannels } from './channels/followUps';
import { incidentChannels } from './channels/incidents';
import { reportChannels } from './channels/reports';
import { personDataChannels } from './channels/personData';
import { retentionChannels } from './channels/retention';
import { stationChannels } from './channels/stations';
import { headOfficeChannels } from './channels/headOffice';
import { hqChannels } from './channels/hq';
import type { ChannelDef } from './define';

export const contract = {
  ...vaultChannels,
  ...authChannels,
  ...staffChannels,
  ...auditChannels,
  ...settingsChannels,
  ...clientChannels,
  ...oversightChannels,
  ...deskChannels,
  ...receptionChannels,
  ...callBackChannels,
  ...queueChannels,
  ...waiverChannels,
  ...shiftChannels,
  ...handoverChannels,
  ...jobChannels,
  ...backupChannels,
  ...integrityChannels,
  ...homeChannels,
  ...complaintChannels,
  ...followUpChannels,
  ...incidentChannels,
  ...reportChannels,
  ...personDataChannels,
  ...retentionChannels,
  ...stationChannels,
  ...headOfficeChannels,
  ...hqChannels,
} satisfies Record<string, ChannelDef>;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type Input<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type Output<C extends ChannelName> =
  Contract[C] extends ChannelDef<z.ZodType, infer O> ? O : never;

export const channelNames = Object.keys(contract) as ChannelName[];

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export * from './events';
export * from './live';
export * from './result';
export * from './views';
export * from './clientViews';
export * from './deskViews';
export * from './receptionViews';
export * from './callBackViews';
export * from './queueViews';
export * from './waiverViews';
export * from './shiftViews';
export * from './handoverViews';
export * from './jobViews';
export * from './backupViews';
export * from './integrityViews';
export * from './complaintViews';
export * from './followUpViews';
export * from './incidentViews';
export * from './personDataViews';
export * from './retentionViews';
export * from './stationViews';
export * from './headOfficeViews';
export * from './hqViews';
export type { ChannelDef } from './define';
