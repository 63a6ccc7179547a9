import type { DeadlineState } from './complaintViews';
import type { ComplaintState } from '../domain/complaint';
import type { HandoverSection, HandoverStatus, LogCategory, ShiftStatus } from '../domain/shift';
import type { IncidentFigures } from './incidentViews';
import type { GenderCounts } from './receptionViews';

/** 交接本: the shift's figures, counted from the records between its opening and now/signing. */
export interface HandoverFigures {
  from: number;
  to: number;
  entries: GenderCounts;
  trials: GenderCounts;
  cardsSold: { cardType: string; count: number }[];
  /** 教练人数 (男女): typed by the outgoing side. */
  coaches: { female: number; male: number } | null;
  visitors: number;
  phoneInquiries: number;
  queueServed: number;
  /**
   * 开班前: what happened at the desk while no shift was open, between the previous shift's
   * hand-over and this opening; its cash is in this drawer's count. Absent in handovers
   * signed before this was counted.
   */
  beforeOpening?: BeforeOpening | null;
  /** 突发事件: reports that occurred in the shift or were recorded in it; absent in old ones. */
  incidents?: IncidentFigures;
}

export interface BeforeOpening {
  from: number;
  to: number;
  entries: number;
  cashTakingsCents: number;
  paymentCount: number;
}

export interface OpenTag {
  tagNumber: string;
  checkInId: string;
  /** The member's name as on the check-in card; no phone or ID. */
  name: string;
  since: number;
  openChargeCents: number;
  /** Why the tag is still out, as the outgoing side explained it (required to sign). */
  note: string | null;
}

export interface OpenFollowUp {
  entryId: string;
  category: LogCategory;
  body: string;
  ownerName: string | null;
  dueAt: number | null;
  overdue: boolean;
  /** The shift the item was first logged in, and how many shifts it has travelled through. */
  loggedShiftName: string;
  loggedAt: number;
  carriedShifts: number;
}

export interface HandoverOpenItems {
  followUps: OpenFollowUp[];
  /** Every complaint case not closed (投诉), carried into every handover until it is. */
  complaints: HandoverComplaint[];
  waitingVisitors: {
    id: string;
    name: string;
    registeredAt: number;
    consultantName: string | null;
  }[];
  tagsOut: OpenTag[];
  unsettled: { count: number; totalCents: number };
  unreadMessages: { id: string; fromName: string; toName: string | null; at: number }[];
}

export interface HandoverAnomaly {
  kind: 'logEntry' | 'override' | 'void' | 'lockout' | 'lostTag' | 'passedVisitor' | 'incident';
  at: number;
  /** A short text for the reader: the entry's text, the override reason, the void reason. */
  text: string;
  staffName: string | null;
  category?: LogCategory;
  /** kind 'incident': the report, to open it (its log entry is not listed a second time). */
  incidentId?: string;
}

export interface HandoverCash {
  openingFloatCents: number;
  /** Cash payments recorded in the shift (water bar slips, lost-tag fees). */
  cashTakingsCents: number;
  paymentCount: number;
  /** Cash taken before opening (no shift open), counted into this drawer; absent in old ones. */
  beforeOpeningCents?: number;
  expectedCents: number;
  countedCents: number | null;
  /** Counts per denomination (key: cents) when the drawer was counted note by note. */
  denominations: Record<string, number> | null;
  varianceCents: number | null;
  note: string | null;
}

/** What the handover is made of; frozen as signed by the outgoing side. */
export interface HandoverContent {
  figures: HandoverFigures;
  openItems: HandoverOpenItems;
  anomalies: HandoverAnomaly[];
  cash: HandoverCash;
  summary: string | null;
  closingChecklist: { label: string; done: boolean }[];
}

export interface HandoverSignature {
  staffId: string;
  name: string;
  at: number;
}

export interface HandoverFlag {
  section: HandoverSection;
  note: string;
  at: number;
  byName: string;
}

export interface HandoverCorrection {
  id: string;
  section: HandoverSection;
  body: string;
  at: number;
  byName: string;
}

export interface HandoverReview {
  reviewerName: string;
  at: number;
  note: string;
}

export interface HandoverView {
  id: string;
  shiftId: string;
  shiftName: string;
  businessDate: string;
  plannedStart: number;
  plannedEnd: number;
  status: HandoverStatus;
  /** Live while draft; frozen at the outgoing signature afterwards. */
  content: HandoverContent;
  /** The reasons main would refuse the outgoing signature right now. */
  blockers: HandoverBlocker[];
  outgoing: HandoverSignature | null;
  incoming: HandoverSignature | null;
  /** The sections the incoming side confirmed, and the ones they flagged. */
  confirmedSections: HandoverSection[];
  flags: HandoverFlag[];
  review: HandoverReview | null;
  corrections: HandoverCorrection[];
  /** The audit chain's head at the outgoing signature, and its short form for paper. */
  auditSeq: number | null;
  auditHead: string | null;
  auditFingerprint: string | null;
  /** Everyone clocked in on the shift. */
  staffNames: string[];
  /** Kept until this date at least (retention setting). */
  keepUntil: string;
  /**
   * Sanctioned redactions of an erased or destroyed person (issue 13): when, why, how many
   * fields became "(erased)". Figures, signatures and the audit head are as signed.
   */
  redactions?: HandoverRedaction[];
}

export interface HandoverRedaction {
  at: number;
  source: 'erasure' | 'destruction';
  fields: number;
}

export type HandoverBlocker =
  | { kind: 'closingChecklist'; open: number }
  | { kind: 'tagNote'; tagNumber: string }
  | { kind: 'cashNotCounted' }
  | { kind: 'varianceNote' }
  | { kind: 'summary' }
  | { kind: 'coaches' };

/** One expected or actual shift on the supervisor's board. */
export interface BoardShift {
  businessDate: string;
  templateId: string | null;
  name: string;
  plannedStart: number;
  plannedEnd: number;
  shiftId: string | null;
  shiftStatus: ShiftStatus | null;
  handoverId: string | null;
  /** 'missing': the shift ended (or was never opened) without a handover. */
  state: HandoverStatus | 'missing' | 'inProgress' | 'upcoming';
  outgoingName: string | null;
  incomingName: string | null;
  varianceCents: number | null;
  flaggedSections: HandoverSection[];
  openFollowUps: number;
  tagsOut: number;
}

/**
 * The desk now, on the board whatever the shifts' state: on site, tags out, entries of the
 * business day at work, cash taken since the last hand-over, visitors waiting.
 */
export interface BoardNow {
  at: number;
  businessDate: string;
  /** The shift at work, or null when none is open. */
  shiftName: string | null;
  shiftStatus: ShiftStatus | null;
  onSite: number;
  tagsOut: number;
  entries: number;
  cashTakenCents: number;
  cashPayments: number;
  visitorsWaiting: number;
}

export interface HandoverBoard {
  from: string;
  to: string;
  now: BoardNow;
  shifts: BoardShift[];
  totals: {
    signed: number;
    flagged: number;
    missing: number;
    awaiting: number;
    accepted: number;
    varianceCents: number;
  };
  /** Follow-ups still open now, oldest first, with how far they have travelled. */
  openFollowUps: OpenFollowUp[];
}

/** The print view of one business day: every handover of it in order. */
export interface HandoverDayPrint {
  businessDate: string;
  siteName: string;
  handovers: HandoverView[];
  /** Shifts of the day without a handover. */
  missing: { name: string; plannedStart: number }[];
  printedAt: number;
  auditFingerprint: string | null;
}

/** A case still open at the handover, with where it stands against its deadline then. */
export interface HandoverComplaint {
  id: string;
  number: string;
  /** What happened, as taken. */
  title: string;
  state: ComplaintState;
  ownerName: string;
  level: number;
  /** The deadline that matters (first response, else resolution); null while paused. */
  dueAt: number | null;
  deadlineState: DeadlineState;
}
