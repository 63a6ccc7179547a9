import { contract, type ChannelName } from '../../../shared/contract';
import { channelAllowedAt, moduleOf } from '../../../shared/contract/modules';
import type { Module } from '../../../shared/domain/modules';
import type { MessageKey } from '../../../shared/i18n';
import type { Role } from '../../../shared/domain/roles';
import type { Route } from './route';

/** Sections of the navigation, so a supervisor's long list reads as a few short ones. */
export const NAV_GROUPS = ['start', 'frontDesk', 'clients', 'oversight', 'setup'] as const;
export type NavGroup = (typeof NAV_GROUPS)[number];

export interface NavItem {
  route: Route;
  label: MessageKey;
  group: NavGroup;
  /** The channel the screen cannot work without; its roles decide who sees the link. */
  channel: ChannelName;
  /**
   * The module the screen belongs to (site profiles); by default the channel's. null: every
   * site has the screen, whatever its channel's module.
   */
  module?: Module | null;
  /** Fewer roles than the channel allows, where the link would only crowd the others' lists. */
  roles?: readonly Role[];
}

export const NAV_ITEMS: NavItem[] = [
  // The desk's home (its day's figures): a head office has none, it starts on its board.
  { route: 'home', label: 'nav.home', group: 'start', channel: 'home.summary' },
  // 总部看板: head office's start screen; the hq screens show only at a head office.
  { route: 'hqboard', label: 'nav.hqboard', group: 'start', channel: 'hq.board' },
  // The reception screen keeps the phone log and the message book every desk has; it hides
  // check-in, rotation and visitors when their modules are off.
  { route: 'desk', label: 'nav.desk', group: 'frontDesk', channel: 'desk.checkIn', module: null },
  { route: 'queue', label: 'nav.queue', group: 'frontDesk', channel: 'queue.take' },
  { route: 'onsite', label: 'nav.onsite', group: 'frontDesk', channel: 'desk.onSite' },
  { route: 'shift', label: 'nav.shift', group: 'frontDesk', channel: 'shiftLog.add' },
  // Anyone may be left a call, but those who are passed calls day to day keep the list.
  {
    route: 'callbacks',
    label: 'nav.callbacks',
    group: 'frontDesk',
    channel: 'calls.mine',
    roles: ['receptionist', 'consultant', 'dutyManager'],
  },
  // 今日回访: the desk and consultants make the calls; managers see everyone's list.
  { route: 'followups', label: 'nav.followups', group: 'frontDesk', channel: 'followUps.today' },
  { route: 'complaints', label: 'nav.complaints', group: 'frontDesk', channel: 'complaints.list' },
  { route: 'incidents', label: 'nav.incidents', group: 'frontDesk', channel: 'incidents.list' },
  { route: 'clients', label: 'nav.clients', group: 'clients', channel: 'clients.list' },
  { route: 'reviews', label: 'nav.reviews', group: 'clients', channel: 'reviews.due' },
  { route: 'handovers', label: 'nav.handovers', group: 'oversight', channel: 'handover.board' },
  { route: 'reports', label: 'nav.reports', group: 'oversight', channel: 'reports.build' },
  { route: 'hqreport', label: 'nav.hqreport', group: 'oversight', channel: 'hq.report' },
  { route: 'hqbranches', label: 'nav.hqbranches', group: 'oversight', channel: 'hq.branches' },
  { route: 'fairness', label: 'nav.fairness', group: 'oversight', channel: 'fairness.today' },
  { route: 'approvals', label: 'nav.approvals', group: 'oversight', channel: 'exports.list' },
  // 个人信息请求: every site keeps personal data, with or without client files.
  {
    route: 'persondata',
    label: 'nav.persondata',
    group: 'oversight',
    channel: 'personData.find',
  },
  { route: 'access', label: 'nav.access', group: 'oversight', channel: 'access.list' },
  { route: 'audit', label: 'nav.audit', group: 'oversight', channel: 'audit.list' },
  { route: 'prices', label: 'nav.prices', group: 'setup', channel: 'desk.setPriceItem' },
  { route: 'blocklist', label: 'nav.blocklist', group: 'setup', channel: 'blockList.list' },
  { route: 'waivertext', label: 'nav.waivertext', group: 'setup', channel: 'waivers.setText' },
  {
    route: 'shiftsetup',
    label: 'nav.shiftsetup',
    group: 'setup',
    channel: 'shifts.setTemplate',
  },
  {
    route: 'servicelevels',
    label: 'nav.servicelevels',
    group: 'setup',
    channel: 'serviceLevels.setCalendar',
  },
  { route: 'staff', label: 'nav.staff', group: 'setup', channel: 'staff.list' },
  { route: 'settings', label: 'nav.settings', group: 'setup', channel: 'settings.update' },
  // 保留期限: a supervisor sees what is due; only an admin sets periods and runs.
  { route: 'retention', label: 'nav.retention', group: 'setup', channel: 'retention.get' },
  { route: 'backups', label: 'nav.backups', group: 'setup', channel: 'backups.run' },
  // 局域网前台: the vault PC's listener and its paired desk PCs and hall displays.
  { route: 'stations', label: 'nav.stations', group: 'setup', channel: 'lan.get' },
  // 总部: the connection to head office, the push, the offline file, what may travel.
  { route: 'headoffice', label: 'nav.headoffice', group: 'setup', channel: 'headOffice.get' },
  {
    route: 'hqsettings',
    label: 'nav.hqsettings',
    group: 'setup',
    channel: 'hq.updateSettings',
  },
];

export function rolesFor(channel: ChannelName): readonly Role[] | 'public' {
  return contract[channel].roles;
}

export function moduleOfItem(item: NavItem): Module | null {
  return item.module !== undefined ? item.module : moduleOf(item.channel);
}

/** Screens without a link of their own, opened from a list: their module is their list's. */
const ROUTE_MODULES: Partial<Record<Route, Module>> = {
  client: 'clientFiles',
  import: 'clientFiles',
};

/** The module a screen belongs to, link or not; null when every site has it. */
export function moduleOfRoute(route: Route): Module | null {
  const item = NAV_ITEMS.find((i) => i.route === route);
  return item ? moduleOfItem(item) : (ROUTE_MODULES[route] ?? null);
}

/** Whether a screen's module is in use here; a screen of no module always is. */
export function inUse(item: NavItem, modules: readonly Module[]): boolean {
  const module = moduleOfItem(item);
  return module === null || modules.includes(module);
}

/**
 * Hides links a role cannot use, screens of modules the site does not use, and screens of the
 * other kind of site (a head office's at a branch, a desk's at a head office): main refuses
 * them anyway, by the same rule; this only spares the click. Without `modules`, every module
 * counts as in use.
 */
export function canSee(
  item: NavItem,
  role: Role,
  modules?: readonly Module[],
  headOffice = false,
): boolean {
  if (!channelAllowedAt(item.channel, headOffice)) return false;
  if (modules && !inUse(item, modules)) return false;
  const roles = item.roles ?? rolesFor(item.channel);
  return roles === 'public' || roles.includes(role);
}

/** The visible links of a role, in groups, empty groups left out. */
export function navFor(
  role: Role,
  modules?: readonly Module[],
  headOffice = false,
): { group: NavGroup; items: NavItem[] }[] {
  return NAV_GROUPS.map((group) => ({
    group,
    items: NAV_ITEMS.filter((i) => i.group === group && canSee(i, role, modules, headOffice)),
  })).filter((g) => g.items.length > 0);
}

/**
 * Which link a route lights up. A handover belongs to 交接班 for those who have that link
 * (it is where they come from and go back to); for a receptionist it is part of 值班.
 */
export function activeNavRoute(route: Route, role: Role): Route {
  if (route === 'client') return 'clients';
  if (route === 'complaint') return 'complaints';
  if (route === 'incident') return 'incidents';
  if (route !== 'handover') return route;
  const board = NAV_ITEMS.find((i) => i.route === 'handovers')!;
  return canSee(board, role) ? 'handovers' : 'shift';
}

/** A receptionist's working screen: the reception desk, or the queue where that is all there is. */
export function landingRoute(modules: readonly Module[]): Route {
  const deskWork = modules.includes('handTags') || modules.includes('visitors');
  return !deskWork && modules.includes('queue') ? 'queue' : 'desk';
}

/** Screens without a link of their own go with the list they are opened from. */
const ROUTE_LISTS: Partial<Record<Route, Route>> = {
  client: 'clients',
  import: 'clients',
  complaint: 'complaints',
  incident: 'incidents',
  handover: 'handovers',
  print: 'reports',
  hall: 'queue',
};

/** Whether a screen belongs to this kind of site (main's `channelAllowedAt`, by its link). */
export function routeAllowedAt(route: Route, headOffice: boolean): boolean {
  const listed = ROUTE_LISTS[route] ?? route;
  const item = NAV_ITEMS.find((i) => i.route === listed);
  return !item || channelAllowedAt(item.channel, headOffice);
}

/** Where a site starts: the board at a head office, home at a branch. */
export const startRoute = (headOffice: boolean): Route => (headOffice ? 'hqboard' : 'home');
