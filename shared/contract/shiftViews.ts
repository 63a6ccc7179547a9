import type { ChecklistPhase, LogCategory, ShiftStatus } from '../domain/shift';
import type { HandoverStatus } from '../domain/shift';

/** A shift pattern of the site, e.g. 早班 09:30–16:00. */
export interface ShiftTemplate {
  id: string;
  name: string;
  /** "HH:MM" local time; an end not after the start means the next day. */
  startsAt: string;
  endsAt: string;
  active: boolean;
  sort: number;
}

export interface ChecklistItem {
  id: string;
  phase: ChecklistPhase;
  label: string;
  active: boolean;
  sort: number;
}

/** Who is planned on which shift on which day (排班). */
export interface RosterEntry {
  businessDate: string;
  templateId: string;
  staffId: string;
  displayName: string;
}

/** A staff member clocked in on a shift (考勤). */
export interface ShiftStaffView {
  staffId: string;
  displayName: string;
  role: string;
  clockInAt: number;
  /** Minutes after the planned start; 0 when on time. */
  lateMinutes: number;
  /** On the roster for this shift; false means covering without being planned. */
  rostered: boolean;
  clockOutAt: number | null;
}

export interface ShiftCheckView {
  itemId: string;
  phase: ChecklistPhase;
  label: string;
  doneAt: number | null;
  doneBy: string | null;
  doneByName: string | null;
}

/** Something the opening side must acknowledge before the shift starts work. */
export type ShiftAckView =
  | {
      kind: 'handover';
      refId: string;
      /** The previous shift's name and date, its summary and who handed it over. */
      shiftName: string;
      businessDate: string;
      summary: string | null;
      outgoingName: string | null;
      /** The previous handover still waits for its incoming signature. */
      awaitingIncoming: boolean;
      ackedAt: number | null;
    }
  | {
      kind: 'message';
      refId: string;
      fromName: string;
      at: number;
      body: string;
      ackedAt: number | null;
    };

export interface ShiftView {
  id: string;
  templateId: string | null;
  name: string;
  businessDate: string;
  plannedStart: number;
  plannedEnd: number;
  openedAt: number;
  openedBy: string;
  openedByName: string;
  startedAt: number | null;
  status: ShiftStatus;
  closedAt: number | null;
  openingFloatCents: number;
  staff: ShiftStaffView[];
  checks: ShiftCheckView[];
  acks: ShiftAckView[];
  /** Everything needed before work starts is done (checked in main). */
  canStart: boolean;
  /** The closing checklist is complete. */
  closingDone: boolean;
  /** From 10 minutes before the planned end: prepare the handover (computed in main). */
  handoverReminder: boolean;
  handoverId: string | null;
  handoverStatus: HandoverStatus | null;
}

/** What the desk sees: the current shift, if any, and what it can open. */
export interface CurrentShift {
  now: number;
  shift: ShiftView | null;
  /** The previous shift if its handover still waits for the incoming side. */
  awaitingHandover: {
    shiftId: string;
    handoverId: string;
    name: string;
    outgoingName: string;
  } | null;
  templates: ShiftTemplate[];
  /** The template whose window holds now, or the next one today. */
  suggestedTemplateId: string | null;
  /** Float suggested for the drawer: the cash counted at the last handover. */
  suggestedFloatCents: number;
  /**
   * What the desk must warn about: no shift is open, so check-ins and cash taken now wait
   * for the next shift's handover ("before opening"). `since`: the last hand-over, if any.
   */
  deskNotice: { kind: 'noShiftOpen'; since: number | null } | null;
}

export interface FollowUpView {
  ownerId: string | null;
  ownerName: string | null;
  dueAt: number | null;
  overdue: boolean;
  doneAt: number | null;
  doneBy: string | null;
  doneByName: string | null;
  doneNote: string | null;
}

export interface LogEntryView {
  id: string;
  shiftId: string;
  shiftName: string;
  businessDate: string;
  at: number;
  byStaff: string;
  byName: string;
  category: LogCategory;
  body: string;
  editedAt: number | null;
  /** The entry this one corrects. */
  correctsId: string | null;
  /** Later entries correcting this one. */
  correctedBy: string[];
  /** Handed over: no more edits, only linked corrections. */
  locked: boolean;
  followUp: FollowUpView | null;
  /** Shifts this open item has been carried into, including the current one. */
  carriedShifts: number;
  /** A complaint entry made into a case (投诉单): the case, linked both ways. */
  complaintId: string | null;
  complaintNumber: string | null;
}

export interface ShiftLogView {
  shiftId: string;
  entries: LogEntryView[];
  /** Follow-ups from earlier shifts still open, oldest first. */
  carriedOver: LogEntryView[];
}

/** The way one follow-up travelled: its entry, each shift it was carried into, how it ended. */
export interface FollowUpHistory {
  entry: LogEntryView;
  corrections: LogEntryView[];
  carries: {
    shiftId: string;
    shiftName: string;
    businessDate: string;
    at: number;
    handoverId: string | null;
    handoverStatus: HandoverStatus | null;
  }[];
}
