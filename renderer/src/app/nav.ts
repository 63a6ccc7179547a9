import { contract, type ChannelName } from '../../../shared/contract';
import type { MessageKey } from '../../../shared/i18n';
import type { Role } from '../../../shared/domain/roles';
import type { Route } from './route';

export interface NavItem {
  route: Route;
  label: MessageKey;
  /** The channel the screen cannot work without; its roles decide who sees the link. */
  channel: ChannelName;
}

export const NAV_ITEMS: NavItem[] = [
  { route: 'desk', label: 'nav.desk', channel: 'desk.checkIn' },
  { route: 'queue', label: 'nav.queue', channel: 'queue.take' },
  { route: 'onsite', label: 'nav.onsite', channel: 'desk.onSite' },
  { route: 'prices', label: 'nav.prices', channel: 'desk.setPriceItem' },
  { route: 'blocklist', label: 'nav.blocklist', channel: 'blockList.list' },
  { route: 'waivertext', label: 'nav.waivertext', channel: 'waivers.setText' },
  { route: 'fairness', label: 'nav.fairness', channel: 'fairness.today' },
  { route: 'home', label: 'nav.home', channel: 'session.get' },
  { route: 'clients', label: 'nav.clients', channel: 'clients.list' },
  { route: 'reviews', label: 'nav.reviews', channel: 'reviews.due' },
  { route: 'approvals', label: 'nav.approvals', channel: 'exports.list' },
  { route: 'access', label: 'nav.access', channel: 'access.list' },
  { route: 'staff', label: 'nav.staff', channel: 'staff.list' },
  { route: 'audit', label: 'nav.audit', channel: 'audit.list' },
  { route: 'settings', label: 'nav.settings', channel: 'settings.update' },
];

export function rolesFor(channel: ChannelName): readonly Role[] | 'public' {
  return contract[channel].roles;
}

/** Hides links a role cannot use. Main refuses them anyway; this only spares the click. */
export function canSee(item: NavItem, role: Role): boolean {
  const roles = rolesFor(item.channel);
  return roles === 'public' || roles.includes(role);
}
