import type {
  ComplaintCategory,
  ComplaintChannel,
  ComplaintSeverity,
  ComplaintState,
  RemedyKind,
} from '../domain/complaint';
import type { EscalationLevel } from '../domain/escalation';
import type { Role } from '../domain/roles';
import type { ServiceLevel } from '../domain/serviceLevel';
import type { SiteCalendar } from '../domain/siteCalendar';

/**
 * Where a case stands against its deadlines, decided in main at read time: `dueSoon` within
 * the last quarter of the time allowed (at most 2 h before), `paused` while waiting for the
 * client on a level that pauses, `done` once resolved or closed.
 */
export type DeadlineState = 'onTime' | 'dueSoon' | 'overdue' | 'paused' | 'done';

export interface ComplaintRemedy {
  kind: RemedyKind;
  /** Money back, in cents (kind money). */
  cents: number | null;
  /** Free sessions (kind freeSession). */
  sessions: number | null;
  /** Days added to the membership (kind extension). */
  days: number | null;
}

/** One case in a list: the board, "my cases", a client's cases, the handover. */
export interface ComplaintSummary {
  id: string;
  /** TS-20261203-001: what the desk reads out on the phone. */
  number: string;
  channel: ComplaintChannel;
  clientId: string | null;
  /** The client's name on file, else the name given; null when anonymous. */
  clientName: string | null;
  category: ComplaintCategory;
  severity: ComplaintSeverity;
  summary: string;
  state: ComplaintState;
  /** 0: with the owner; n: the n-th level of the escalation chain. */
  level: number;
  ownerId: string;
  ownerName: string;
  firstReceiverName: string;
  receivedAt: number;
  /** When the deadlines' clock started: the intake, or the last reopening. */
  clockFrom: number;
  firstResponseDue: number | null;
  resolutionDue: number | null;
  respondedAt: number | null;
  resolvedAt: number | null;
  closedAt: number | null;
  /** The deadline that matters now: the first response until given, then the resolution. */
  nextDueAt: number | null;
  deadlineState: DeadlineState;
  reopenedCount: number;
  /** An ownership offer not answered yet: to whom. */
  transferToName: string | null;
}

export type ComplaintEventKind =
  | 'received'
  | 'state'
  | 'action'
  | 'plan'
  | 'result'
  | 'remedy'
  | 'escalated'
  | 'transferOffered'
  | 'transferAccepted'
  | 'transferDeclined'
  | 'attachment'
  | 'followUp'
  | 'reopened'
  | 'deadlines';

export interface ComplaintEventView {
  id: string;
  at: number;
  kind: ComplaintEventKind;
  /** null: main's timer (an automatic escalation). */
  byName: string | null;
  state: ComplaintState | null;
  level: number | null;
  body: string | null;
  /** Whether main's timer did it rather than a person. */
  automatic: boolean;
}

export interface ComplaintTransferView {
  id: string;
  fromName: string;
  toId: string;
  toName: string;
  reason: string;
  offeredAt: number;
  acceptedAt: number | null;
  declinedAt: number | null;
}

export interface ComplaintAttachmentMeta {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  addedAt: number;
  addedByName: string;
}

export interface InternalNoteView {
  id: string;
  at: number;
  byName: string;
  body: string;
}

export interface ComplaintFollowUpView {
  callId: string;
  dueDay: string;
  attempt: number;
  outcome: 'reached' | 'noAnswer' | 'wrongNumber' | 'callBack' | null;
  score: number | null;
  doneAt: number | null;
  doneByName: string | null;
  note: string | null;
}

/** Who stands at a level of the chain, for the case screen ("with: duty manager"). */
export interface EscalationTarget {
  level: number;
  role: Role | null;
  staffName: string | null;
}

/** What this person may do with the case; decided in main, the screen only shows it. */
export interface ComplaintPermissions {
  handle: boolean;
  transfer: boolean;
  answerTransfer: boolean;
  escalate: boolean;
  readInternal: boolean;
}

export interface ComplaintView extends ComplaintSummary {
  contactName: string | null;
  callBackPhone: string | null;
  clientWants: string | null;
  plan: string | null;
  result: string | null;
  remedy: ComplaintRemedy;
  logEntryId: string | null;
  /** The escalation level the case stands at and the one that comes next, if any. */
  escalation: {
    current: EscalationTarget | null;
    next: EscalationTarget | null;
    nextAt: number | null;
  };
  events: ComplaintEventView[];
  transfers: ComplaintTransferView[];
  attachments: ComplaintAttachmentMeta[];
  followUps: ComplaintFollowUpView[];
  /** Supervisor and admin only; null for everyone else, decided in main. */
  internalNotes: InternalNoteView[] | null;
  may: ComplaintPermissions;
  /** main's clock when read: the screen's live countdown ticks on main's time (travel too). */
  now: number;
}

export interface ComplaintList {
  items: ComplaintSummary[];
  total: number;
  /** main's clock when read, for the countdowns in the list. */
  now: number;
}

/** 我的投诉: what I own, what I was offered, and what reached my level of the chain. */
export interface MyComplaints {
  owned: ComplaintSummary[];
  offered: ComplaintSummary[];
  escalatedToMe: ComplaintSummary[];
  /** main's clock when read (pushed too), for the countdowns on the home card. */
  now: number;
}

export interface BoardCount {
  key: string;
  label: string;
  open: number;
  overdue: number;
}

/** The supervisor's board (投诉看板). Times in minutes as the service levels count them. */
export interface ComplaintBoard {
  /**
   * `open`: every case not closed (resolved ones awaiting their follow-up call included, as
   * the handover carries them); the others are among those: `escalated` level > 0,
   * `reopened` reopened at least once, `dueSoon`/`overdue` by DeadlineState.
   */
  counts: { open: number; dueSoon: number; overdue: number; escalated: number; reopened: number };
  /** Open cases needing attention first: overdue, then due soon, then escalated, by deadline. */
  attention: ComplaintSummary[];
  byOwner: BoardCount[];
  byCategory: BoardCount[];
  /**
   * Over the cases first responded to / resolved in the last 30 days: counted minutes from
   * the last (re)opening as the case's service level counts them (opening hours or clock,
   * waiting for the client left out when the level pauses), nearest-rank median and p90.
   */
  responseMinutes: { median: number | null; p90: number | null; count: number };
  resolutionMinutes: { median: number | null; p90: number | null; count: number };
  /** Satisfaction per week (Monday's date), the last 8 weeks. */
  satisfaction: { week: string; average: number | null; count: number }[];
  /**
   * Every follow-up call of the desk (plans, complaints, incidents) for today: `due` still to
   * make with today as its day; `done` made today, whatever the outcome (a retry is a new
   * call); `missed` still not made with a day before today, plus those given up today.
   */
  followUpsToday: { due: number; done: number; missed: number };
}

export interface ServiceLevelRow extends ServiceLevel {
  /** '*' applies to every category without a row of its own. */
  category: ComplaintCategory | '*';
  severity: ComplaintSeverity;
}

/** The settings the deadlines are counted from (营业日历, 服务时限, 升级). */
export interface ServiceSettings {
  calendar: SiteCalendar;
  /** Holiday and make-up day names, for the settings screen. */
  dayNames: Record<string, string>;
  levels: ServiceLevelRow[];
  chain: EscalationLevel[];
}
