import type { SecrecyLevel } from '../domain/clients';

/** The kinds of record a person's data is found in (个人信息查询), in the order shown. */
export const PERSON_DATA_KINDS = [
  'clientFile',
  'checkIns',
  'visitors',
  'calls',
  'messages',
  'complaints',
  'incidents',
  'waivers',
  'queueTickets',
  'blockList',
  'followUps',
  'logEntries',
  'handovers',
] as const;
export type PersonDataKind = (typeof PERSON_DATA_KINDS)[number];

/** One record found: when, and a short description main words from codes (no free text). */
export interface PersonDataItem {
  id: string;
  at: number | null;
  /** A code the renderer words (e.g. 'visitor.trial', 'complaint.open'), or a number like 'TS-0042'. */
  label: string;
  /** A reference shown as is: a card, a case or incident number, a tag, a business date. */
  ref: string | null;
}

export interface PersonDataGroup {
  kind: PersonDataKind;
  count: number;
  /** The newest items, at most 50 per kind (the count is all of them). */
  items: PersonDataItem[];
}

/** Whom the request is about: a client file, or someone known only by name and phone / ID. */
export interface PersonSubjectView {
  clientId: string | null;
  /** The name as found (supervisor and admin only read this screen). */
  name: string;
  /** Masked, like everywhere outside clients.reveal. */
  phones: string[];
  idNumber: string | null;
  secrecy: SecrecyLevel;
}

export interface PersonDataView {
  subject: PersonSubjectView;
  groups: PersonDataGroup[];
  total: number;
  /** Requests about this person still waiting for approval. */
  pending: PersonRequestView[];
}

export type PersonRequestKind = 'export' | 'erase';
export type PersonRequestStatus = 'pending' | 'approved' | 'rejected' | 'exported' | 'erased';

export interface PersonRequestView {
  id: string;
  kind: PersonRequestKind;
  /** Gone once the request is done or rejected: the record keeps who, when and why, not whom. */
  subjectName: string | null;
  clientId: string | null;
  requestedAt: number;
  requestedBy: string;
  requestedByName: string | null;
  reason: string;
  status: PersonRequestStatus;
  /** An export of a 绝密 file also needs an admin; an erasure always needs a supervisor and an admin. */
  needsAdmin: boolean;
  supervisorApprovedByName: string | null;
  adminApprovedByName: string | null;
  rejectedByName: string | null;
  rejectNote: string | null;
  doneAt: number | null;
  fileName: string | null;
  /** What the erasure changed, per kind (counts only). */
  erasedCounts: Partial<Record<PersonDataKind, number>> | null;
}
