import type { Gender } from '../domain/clients';
import type {
  CallRoute,
  ConsultantStatus,
  VisitorScenario,
  VisitorStatus,
} from '../domain/rotation';

/** One consultant in today's rotation (轮值), in order of turns. */
export interface RotationEntry {
  staffId: string;
  displayName: string;
  /** 1 = first in turn today. */
  rank: number;
  signedInAt: number;
  status: ConsultantStatus;
  /** Why they are out (e.g. 吃饭, 外场), as the desk typed it. */
  outReason: string | null;
  /** Visitors waiting for this consultant to come and confirm. */
  waitingVisitors: number;
  isNext: boolean;
}

export interface RotationView {
  businessDate: string;
  consultants: RotationEntry[];
  /** Who takes the next visitor or call; null when no one is free. */
  nextStaffId: string | null;
}

/** An alert, never a refusal: the desk decides what to do (e.g. call the duty manager). */
export interface BlockAlert {
  entryId: string;
  name: string;
  reason: string;
  matchedOn: ('name' | 'pinyin' | 'phone' | 'idNumber')[];
}

export interface VisitorView {
  id: string;
  businessDate: string;
  registeredAt: number;
  name: string;
  /** Masked (138****5678). */
  phoneMasked: string | null;
  gender: Gender | null;
  source: string | null;
  interest: string | null;
  scenario: VisitorScenario;
  trial: boolean;
  /** The consultant the visitor asked for (B, C). */
  namedId: string | null;
  consultantId: string | null;
  consultantName: string | null;
  /** The consultant's status today; null when not signed in. */
  consultantStatus: ConsultantStatus | null;
  assignedAt: number | null;
  /** The hand-over must be confirmed by then; the renderer counts down to it. */
  deadlineAt: number | null;
  /** Computed in main at `now` of the answer. */
  overdue: boolean;
  /** The desk may pass the visitor on now (overdue, consultant out, or no one assigned). */
  canPassOn: boolean;
  confirmedAt: number | null;
  confirmedByName: string | null;
  status: VisitorStatus;
  leftAt: number | null;
  /** Consultants who already missed this visitor, oldest first. */
  missedBy: string[];
}

export interface VisitorRegistered {
  visitor: VisitorView;
  /** How the consultant was chosen: the one asked for, the rotation, or no one free. */
  assignedBy: 'named' | 'rotation' | 'none';
  blockAlert: BlockAlert | null;
}

/** A visitor's badge as main prints it; refused once the visitor has left. */
export interface VisitorBadge {
  visitorId: string;
  name: string;
  /** The consultant the visitor is with or waiting for; null while no one is free. */
  hostName: string | null;
  registeredAt: number;
  businessDate: string;
  siteName: string;
  /** The visitor's place in the day's registrations (1, 2, …): the number on the badge. */
  dayNumber: number;
  trial: boolean;
}

export interface WaitingVisitors {
  /** main's clock when answering, so the renderer can correct its own for the timers. */
  now: number;
  visitors: VisitorView[];
}

export interface CallView {
  id: string;
  businessDate: string;
  at: number;
  callerName: string;
  /** In clear: the consultant or colleague has to call back. */
  callbackPhone: string;
  purpose: string;
  appointment: boolean;
  route: CallRoute;
  consultantId: string | null;
  consultantName: string | null;
  messageId: string | null;
  takenByName: string | null;
}

export interface CallRecorded {
  call: CallView;
  blockAlert: BlockAlert | null;
}

export interface MessageView {
  id: string;
  at: number;
  fromStaffId: string;
  fromName: string | null;
  /** null: for the next shift. */
  toStaffId: string | null;
  toName: string | null;
  body: string;
  readAt: number | null;
  readByName: string | null;
  /** A phone message (来电) carries the call's details. */
  call: Pick<CallView, 'id' | 'callerName' | 'callbackPhone' | 'appointment'> | null;
}

export interface BlockListEntry {
  id: string;
  name: string;
  phoneMasked: string | null;
  idNumberMasked: string | null;
  reason: string;
  addedAt: number;
  addedByName: string | null;
  active: boolean;
  removedAt: number | null;
}

/** Per consultant per day (issue 4 §15). */
export interface FairnessRow {
  staffId: string;
  displayName: string;
  signedIn: boolean;
  /** Visitors whose hand-over they confirmed. */
  received: number;
  /** Visitors passed on from them because they were out, or by the desk's decision. */
  passedOn: number;
  /** Visitors passed on from them because they did not come in time (timeout). */
  missed: number;
  /** Visitors they got because another consultant missed or was out. */
  gotByPass: number;
  /** Phone inquiries routed to them by rotation. */
  calls: number;
}

export interface FairnessView {
  businessDate: string;
  consultants: FairnessRow[];
}

export interface GenderCounts {
  total: number;
  female: number;
  male: number;
  unspecified: number;
}

/** The reception figures of the handover (交接本): 访客人数, 体验人数(男女), 来电咨询次数. */
export interface ReceptionDayCounts {
  businessDate: string;
  /** Every visitor registered that day, trials included. */
  visitors: GenderCounts;
  /** Visitors registered as a trial visit (体验). */
  trials: GenderCounts;
  phoneInquiries: number;
}
