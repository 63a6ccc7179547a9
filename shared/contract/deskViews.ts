import type { BlockAlert } from './receptionViews';
import type { Gender } from '../domain/clients';
import type { PaymentMethod } from '../domain/desk';
import type { ClientSummary } from './clientViews';

/** Where a member is now: on site with this tag since then, or not. */
export interface OnSiteMark {
  checkInId: string;
  tagNumber: string | null;
  since: number;
}

/** A desk search result: the check-in card plus whether they are in now. */
export interface DeskLookupEntry {
  summary: ClientSummary;
  onSite: OnSiteMark | null;
  /** No signed waiver of the active text (免责协议未签). */
  waiverMissing: boolean;
  /** The person matches the block list by name (pinyin), phone or ID number: an alert. */
  blockAlert: BlockAlert | null;
}

export interface CheckInView {
  id: string;
  clientId: string | null;
  tagNumber: string | null;
  gender: Gender;
  businessDate: string;
  checkedInAt: number;
  checkedOutAt: number | null;
  /** Set when a manager let in a member whose status is refused at the door. */
  overrideByName: string | null;
  overrideReason: string | null;
}

export interface Occupancy {
  onSite: number;
  /** 0 when the site has not set a capacity. */
  capacity: number;
  atCapacity: boolean;
}

export interface CheckInResult {
  checkIn: CheckInView;
  summary: ClientSummary;
  occupancy: Occupancy;
}

export type ChargeState = 'open' | 'settled' | 'left' | 'voided';

/** One line of a 水吧单. Money in cents (分). */
export interface TagChargeView {
  id: string;
  checkInId: string;
  itemId: string | null;
  name: string;
  unitCents: number;
  quantity: number;
  totalCents: number;
  addedAt: number;
  addedByName: string | null;
  state: ChargeState;
  method: PaymentMethod | null;
  leftReason: string | null;
  voidReason: string | null;
}

export interface CheckOutResult {
  checkIn: CheckInView;
  charges: TagChargeView[];
}

/** The board of tags out: who has it, since when, what is open on it. */
export interface TagOut {
  tagNumber: string;
  checkInId: string;
  clientId: string | null;
  memberName: string | null;
  since: number;
  openCharges: number;
  openChargesCents: number;
}

/** One person on site, for the evacuation list. */
export interface OnSiteEntry {
  checkInId: string;
  clientId: string | null;
  name: string | null;
  cardNumber: string | null;
  gender: Gender;
  tagNumber: string | null;
  since: number;
}

export interface TagLostResult {
  tagNumber: string;
  outOfService: true;
  /** The lost-tag fee charged to the member who had it, when the site sets one. */
  charge: TagChargeView | null;
}

/** A hand tag recorded lost and out of service. */
export interface LostTag {
  tagNumber: string;
  lostAt: number | null;
}

export interface PriceItem {
  id: string;
  name: string;
  priceCents: number;
  active: boolean;
  sort: number;
}

/** A card sale as the desk records it: type and count, and deliberately no price. */
export interface CardSale {
  id: string;
  cardType: string;
  count: number;
  businessDate: string;
  soldAt: number;
}

export interface DayCounts {
  businessDate: string;
  entries: { female: number; male: number; unspecified: number; total: number };
  cardsSold: { cardType: string; count: number }[];
  /** Right now: tags lent and charges neither settled, left nor voided. */
  tagsOut: number;
  unsettled: { count: number; totalCents: number };
  tagsLost: number;
}
