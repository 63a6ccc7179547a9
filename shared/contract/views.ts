import type { Role } from '../domain/roles';
import type { Module, SiteProfile } from '../domain/modules';

export type Language = 'zh-CN' | 'en';
export type ColorScheme = 'light' | 'dark' | 'auto';

export type VaultProblem =
  | 'KEY_UNAVAILABLE'
  | 'WRONG_KEY'
  | 'DAMAGED'
  | 'NOT_ENCRYPTED'
  | 'NO_CIPHER'
  | 'TOO_NEW'
  | 'MISSING_DB';

export interface VaultStatus {
  state: 'absent' | 'open' | 'error';
  problem?: VaultProblem;
  /** Whether entering the recovery key can fix the problem on this PC. */
  recoverable?: boolean;
  siteName?: string;
  defaultLanguage?: Language;
}

export interface SetupResult {
  recoveryKey: string;
}

export interface SessionView {
  staffId: string;
  username: string;
  displayName: string;
  role: Role;
  locked: boolean;
  mustChangePin: boolean;
  language: Language | null;
  colorScheme: ColorScheme;
  startedAt: number;
  idleLockMinutes: number;
}

export interface StaffView {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  mustChangePin: boolean;
  lockedUntil: number | null;
  lastLoginAt: number | null;
  createdAt: number;
}

export interface AuditEntry {
  seq: number;
  at: number;
  actorId: string | null;
  actorName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  /**
   * What main lets this viewer read for the target: a staff member's current name, a client
   * file's name if the viewer may open that file (its card number otherwise); null for
   * other targets, which the screen shows by type and a short id.
   */
  targetName: string | null;
  outcome: 'ok' | 'denied' | 'failed';
  detail: Record<string, unknown> | null;
}

export interface AuditPage {
  rows: AuditEntry[];
  /** Pass as `beforeSeq` for the next (older) page; null when there is none. */
  nextBeforeSeq: number | null;
  /** Ids inside these rows' details → a staff name, or a client as the viewer may read it. */
  names: Record<string, string>;
}

export interface AuditFacets {
  actions: string[];
  actors: { id: string; name: string }[];
  /** Current names of every staff member, for ids inside audit details. */
  staffNames: Record<string, string>;
}

export interface AuditVerifyReport {
  intact: boolean;
  checked: number;
  /** The first row whose hash or link does not match, when the chain is broken. */
  firstBreak: { seq: number; problem: 'hash' | 'link' | 'gap' | 'anchor' } | null;
  /** Heads recorded by signed handovers, each compared with the row it names. */
  anchorsChecked: number;
  /** The handover whose recorded head no longer matches (problem 'anchor'). */
  brokenAnchor: { seq: number; sourceId: string; at: number } | null;
  headHash: string | null;
  /** Short form of the head hash for paper (handover printouts). */
  fingerprint: string | null;
  /**
   * The newest backup manifest found outside the file (local backups folder): the chain
   * head it recorded must still be in the log. Null when no manifest of this vault exists.
   */
  backupAnchor?: { fileName: string; at: number; seq: number; ok: boolean } | null;
}

export interface DeskSettings {
  siteName: string;
  idleLockMinutes: number;
  defaultLanguage: Language;
  /** 站点类型: the profile last chosen; its default modules may have been adjusted since. */
  siteProfile: SiteProfile;
  /** The modules in use, in MODULES order; main refuses the channels of the others. */
  modules: Module[];
  /** Hand tag numbers of the site, e.g. "1-200" or "1-150, A1-A20" (front desk). */
  handTags?: string;
  /** People allowed on site at once; 0 means no limit is set. */
  capacity?: number;
  /** Charged to the tag when a hand tag is lost, in cents (分); 0 means no charge. */
  lostTagFeeCents?: number;
  /** Minutes a called consultant has to confirm a visitor before the desk passes them on. */
  handoverMinutes?: number;
  /** Minutes a person may wait in the queue before the desk goes to them (请接待). */
  queueAttendMinutes?: number;
  /** Minutes of waiting after which the desk reports it (请上报). */
  queueEscalateMinutes?: number;
  /** Handovers are kept at least this many months (交班记录要保存至少一个月). */
  handoverRetentionMonths?: number;
  /** Minutes before the end of a shift when the desk is told to prepare the handover. */
  handoverReminderMinutes?: number;
  /** The drawer's float when no earlier handover counted one, in cents. */
  cashFloatCents?: number;
}
