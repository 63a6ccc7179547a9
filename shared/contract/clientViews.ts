import type {
  ClientKind,
  CreditGrade,
  Gender,
  IdType,
  MembershipStatus,
  SecrecyLevel,
} from '../domain/clients';
import type { Role } from '../domain/roles';

export type ClientAlertKind =
  'expired' | 'expiresSoon' | 'frozen' | 'unpaid' | 'banned' | 'birthday' | 'note';

export interface ClientAlert {
  kind: ClientAlertKind;
  /** The colleague's note for kind 'note'; the expiry day for 'expired' / 'expiresSoon'. */
  text?: string;
}

/**
 * What check-in needs (name, photo, card, status, alerts). Every role may see it for every
 * file, restricted ones included, so a member is never stuck at the door.
 */
export interface ClientSummary {
  id: string;
  kind: ClientKind;
  name: string;
  nameLatin: string | null;
  cardNumber: string | null;
  cardType: string | null;
  /** The status the desk acts on (an active card past its expiry reads 'expired'). */
  status: MembershipStatus | null;
  expiresOn: string | null;
  phoneMasked: string | null;
  hasPhoto: boolean;
  secrecy: SecrecyLevel;
  /** True when the viewer's role cannot open the full file. */
  restricted: boolean;
  alerts: ClientAlert[];
  consultantName: string | null;
  creditGrade: CreditGrade;
}

export interface ClientContact {
  name: string;
  title?: string;
  phone?: string;
}

export interface DocumentMeta {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  addedAt: number;
  addedByName: string | null;
}

/** The full file page. Phone and ID numbers arrive masked; revealing is its own recorded call. */
export interface ClientFile extends ClientSummary {
  gender: Gender | null;
  birthday: string | null;
  phonesMasked: string[];
  email: string | null;
  address: string | null;
  idType: IdType | null;
  idNumberMasked: string | null;
  contacts: ClientContact[];
  notes: string | null;
  alertNote: string | null;
  tags: string[];
  consultantId: string | null;
  membershipStart: string | null;
  membershipStatus: MembershipStatus | null;
  secrecyUntil: number | null;
  fileReviewDue: string;
  creditReviewDue: string;
  documents: DocumentMeta[];
  version: number;
  createdAt: number;
  updatedAt: number;
}

export interface ClientPage {
  rows: ClientSummary[];
  total: number;
}

export interface ClientChange {
  at: number;
  staffName: string | null;
  field: string;
  /** Phone and ID numbers stay masked in the history too. */
  oldValue: string | null;
  newValue: string | null;
}

export type FileAccessKind = 'open' | 'reveal' | 'document' | 'export' | 'refused';

export interface FileAccessEntry {
  id: string;
  at: number;
  staffId: string;
  staffName: string | null;
  clientId: string;
  /** Null once the file has been destroyed. */
  clientName: string | null;
  secrecy: SecrecyLevel;
  kind: FileAccessKind;
  field: string | null;
  reason: string | null;
}

export interface UnusualReading {
  staffId: string;
  staffName: string | null;
  from: number;
  to: number;
  count: number;
}

export interface FileAccessPage {
  rows: FileAccessEntry[];
  unusual: UnusualReading[];
}

export type ReviewKind = 'file' | 'credit';

export interface ReviewDue {
  client: ClientSummary;
  kind: ReviewKind;
  dueOn: string;
  overdue: boolean;
}

export interface ExportRequestView {
  id: string;
  requestedAt: number;
  requestedBy: string;
  requestedByName: string | null;
  format: 'csv' | 'xlsx';
  reason: string;
  clientCount: number;
  highestSecrecy: SecrecyLevel;
  needsAdmin: boolean;
  status: 'pending' | 'approved' | 'rejected' | 'exported';
  supervisorApprovedByName: string | null;
  adminApprovedByName: string | null;
  rejectedByName: string | null;
  rejectNote: string | null;
  exportedAt: number | null;
  fileName: string | null;
}

export interface DestructionRequestView {
  id: string;
  clientId: string;
  clientName: string | null;
  requestedAt: number;
  requestedByName: string | null;
  reason: string;
  status: 'pending' | 'rejected' | 'destroyed';
  supervisorApprovedByName: string | null;
  adminApprovedByName: string | null;
  rejectedByName: string | null;
  destroyedAt: number | null;
}

export interface Tombstone {
  clientId: string;
  destroyedAt: number;
  reason: string;
  requestedByName: string | null;
  approverNames: string[];
}

export interface ImportRowReport {
  line: number;
  name: string;
  cardNumber: string | null;
  /** Field → problem code (e.g. idNumber: 'checksum', cardNumber: 'duplicate'). */
  errors: Record<string, string>;
}

export interface ImportPreview {
  columns: string[];
  unknownColumns: string[];
  valid: number;
  invalid: ImportRowReport[];
  sample: ImportRowReport[];
}

export interface ImportResult {
  imported: number;
  invalid: ImportRowReport[];
}

export interface StaffDirectoryEntry {
  id: string;
  displayName: string;
  role: Role;
  /** Full pinyin and initials of the name ("liuyang ly"), so pickers find 刘洋 by "liu". */
  pinyin?: string;
}
