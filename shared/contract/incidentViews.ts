import type { CallOutcome } from '../domain/followUpPlan';
import type { IncidentGender, IncidentKind } from '../domain/incident';

/** One row of the incident list (突发事件): enough to find a report again. */
export interface IncidentSummary {
  id: string;
  number: string;
  kind: IncidentKind;
  personName: string;
  occurredAt: number;
  place: string;
  /** Whether someone was hurt (an injury text was written). */
  injured: boolean;
  hospitalEscort: boolean;
  costsCents: number;
  signed: boolean;
  recordedByName: string;
}

export interface IncidentList {
  items: IncidentSummary[];
  total: number;
}

/** A follow-up call (回访) made about the incident; recorded on the follow-up call list. */
export interface IncidentFollowUp {
  id: string;
  dueDay: string;
  assignedName: string | null;
  phone: string | null;
  attempt: number;
  outcome: CallOutcome | null;
  score: number | null;
  note: string | null;
  doneAt: number | null;
  doneByName: string | null;
  dropped: boolean;
}

/** The whole report, as the desk sees it and management prints it. */
export interface IncidentView extends IncidentSummary {
  clientId: string | null;
  memberCard: string | null;
  gender: IncidentGender | null;
  age: number | null;
  phone: string | null;
  whatHappened: string;
  injury: string | null;
  firstAid: string | null;
  hospital: string | null;
  handlingOpinion: string | null;
  memberDemands: string | null;
  witnesses: string | null;
  staffInvolved: string | null;
  recordedAt: number;
  businessDate: string;
  /** The shift it was recorded in and its log entry; null when no shift was at work. */
  shiftName: string | null;
  logEntryId: string | null;
  signerName: string | null;
  signedAt: number | null;
  /** The member's drawn acknowledgement, a PNG data URL. */
  signatureDataUrl: string | null;
  updatedAt: number;
  followUps: IncidentFollowUp[];
}

/** 突发事件 in a handover's figures: counted from the reports that occurred in its window. */
export interface IncidentFigures {
  count: number;
  injuries: number;
  hospitalEscorts: number;
  costsCents: number;
}
