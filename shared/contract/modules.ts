import type { Module } from '../domain/modules';
import type { ChannelName } from './index';

/** A channel's namespace: the part before the first dot ("desk" of "desk.checkIn"). */
export type ChannelNamespace = ChannelName extends `${infer N}.${string}` ? N : never;

/**
 * Which module each namespace belongs to; null = always on. Keyed by every namespace of the
 * contract, so a channel in a new namespace does not compile until someone decides here.
 * `staff.directory` (in the client channels) is the staff namespace: messages need it.
 */
export const NAMESPACE_MODULES: Record<ChannelNamespace, Module | null> = {
  desk: 'handTags',
  // Waivers are signed by members at check-in.
  waivers: 'handTags',
  rotation: 'consultants',
  fairness: 'consultants',
  visitors: 'visitors',
  queue: 'queue',
  clients: 'clientFiles',
  access: 'clientFiles',
  reviews: 'clientFiles',
  exports: 'clientFiles',
  destruction: 'clientFiles',
  // The phone log, the message book and the block list they match against.
  calls: null,
  messages: null,
  blockList: null,
  reception: null,
  shifts: null,
  shiftLog: null,
  handover: null,
  print: null,
  home: null,
  vault: null,
  session: null,
  auth: null,
  staff: null,
  audit: null,
  settings: null,
  backups: null,
  integrity: null,
  jobs: null,
  // Every site takes complaints (a service hall as much as a gym).
  complaints: null,
  serviceLevels: null,
  // Complaint and incident calls exist on every site; plan channels check clientFiles in main.
  followUps: null,
  // Someone can get hurt at any site; the member search is used only where files exist.
  incidents: null,
  // Figures of every module the site uses (sections of modules it does not use are zero).
  reports: null,
  // Every site keeps personal data, so every site lets it go.
  retention: null,
  // A person may ask for their data on any site, with or without a client file.
  personData: null,
  // Several desks at one site: any site may pair desk PCs (issue 14).
  lan: null,
  stations: null,
  station: null,
  // Head office (issue 15): any site may be a branch of a chain.
  branch: null,
  headOffice: null,
  // Head-office mode reads the branches (allowed only where the profile is headOffice).
  hq: null,
  // The hall display shows the queue's called numbers.
  hall: 'queue',
};

/**
 * A head-office PC (profile headOffice) keeps no desk: only these namespaces answer there, and
 * `hq` answers nowhere else. Staff, audit, backups and settings are every site's own.
 */
export const HEAD_OFFICE_NAMESPACES: ReadonlySet<ChannelNamespace> = new Set<ChannelNamespace>([
  'vault',
  'session',
  'auth',
  'staff',
  'audit',
  'settings',
  'backups',
  'integrity',
  'jobs',
  'hq',
]);

/** Whether a channel answers on a site of this profile (head office or a branch). */
export function channelAllowedAt(channel: ChannelName, headOffice: boolean): boolean {
  const ns = channel.slice(0, channel.indexOf('.')) as ChannelNamespace;
  return headOffice ? HEAD_OFFICE_NAMESPACES.has(ns) : ns !== 'hq';
}

/** The module a channel needs, or null when every site has it. */
export function moduleOf(channel: ChannelName): Module | null {
  return NAMESPACE_MODULES[channel.slice(0, channel.indexOf('.')) as ChannelNamespace] ?? null;
}
