/**
 * 总部模式 (head-office mode, issue 15): what a head-office PC shows of its branches, read from
 * PostgreSQL by main. Figures and ids only; complaint and incident names only where a branch's
 * admin allowed them (and the board never shows them).
 */
import type { ReportFigures, ReportView } from './reportViews';

/** 总部连接: the head-office app's own PostgreSQL login (deskbook_ho) and its file key. */
export interface HqSettingsView {
  configured: boolean;
  host: string;
  port: number;
  database: string;
  roleName: string;
  passwordSet: boolean;
  caPem: string | null;
  /** Head office's public key for branches' offline files (dkho1_…), made on first need. */
  publicKey: string;
  /** When head office last read PostgreSQL, and how it went. */
  lastCheckAt: number | null;
  lastOutcome: 'ok' | 'failed' | null;
  lastReason: string | null;
}

/** What was found wrong in a branch's bundles: a gap, a bad hash or signature, a moved anchor. */
export type HqProblemKind = 'gap' | 'hash' | 'signature' | 'anchor';

export interface HqProblem {
  problem: HqProblemKind;
  /** The bundle's number (for a gap, the first missing one). */
  seq: number;
  /** For a gap, the last missing number. */
  untilSeq: number | null;
  foundAt: number;
}

/** 分店: one enrolled branch as head office holds it. */
export interface HqBranchView {
  siteId: string;
  name: string;
  enrolledAt: number;
  roleName: string;
  /** SHA-256 of the registered key in 8 groups of 4 (what the branch admin reads aloud). */
  keyFingerprint: string;
  bundles: number;
  lastSeq: number;
  lastReceivedAt: number | null;
  /** Every bundle up to here was checked and in order. */
  verifiedSeq: number;
  verifiedAt: number | null;
  problems: HqProblem[];
}

/**
 * A branch's business day on the board: `signed` every expected handover signed, `flagged` one
 * signed with a flag, `missing` the day closed with a handover missing, `waiting` no day report
 * yet (the day is open or the branch has not sent it), `none` nothing expected (closed day).
 */
export type HqDayState = 'signed' | 'flagged' | 'missing' | 'waiting' | 'none';

export interface HqBoardDay {
  date: string;
  state: HqDayState;
  /** From the branch's day report (null until it came). */
  expected: number | null;
  missing: number | null;
  /** From the signed handovers that came. */
  signed: number;
  flagged: number;
  /** Σ (counted − expected) of the day's handovers, cents; negative = short. */
  varianceCents: number;
}

export interface HqComplaintItem {
  number: string;
  category: string;
  severity: string;
  level: number;
  state: string;
  receivedAt: number;
  resolutionDue: number | null;
  overdue: boolean;
}

export interface HqIncidentItem {
  number: string;
  kind: string;
  occurredAt: number;
  injured: boolean;
  hospitalEscort: boolean;
  signed: boolean;
}

export interface HqBoardBranch {
  siteId: string;
  name: string;
  days: HqBoardDay[];
  totals: {
    signed: number;
    flagged: number;
    missing: number;
    varianceCents: number;
    /** Handovers whose count differed from what was expected. */
    withVariance: number;
  };
  /** Complaints not resolved or closed, as the branch last sent them. */
  openComplaints: number;
  overdueComplaints: HqComplaintItem[];
  /** Incidents of the period, as the branch last sent them. */
  incidents: HqIncidentItem[];
  /** Problems found in the branch's bundles (gaps, bad signatures, moved anchors). */
  problems: HqProblem[];
  lastReceivedAt: number | null;
  backupLastOkAt: number | null;
  /** A missing handover, an overdue complaint, a problem or an old backup: the row stands out. */
  attention: boolean;
}

/** 总部看板: every branch, every day of the period. */
export interface HqBoardView {
  from: string;
  to: string;
  days: string[];
  branches: HqBoardBranch[];
  generatedAt: number;
}

export interface HqBranchFigures {
  siteId: string;
  name: string;
  /** Day reports of the period that came (the rest count as nothing). */
  daysReported: number;
  figures: ReportFigures;
}

/** 跨店报表: the chain's figures as a branch's report, plus each branch's own. */
export interface HqReportView extends ReportView {
  branches: HqBranchFigures[];
}

/** What enrolment made: the branch's login, its password shown this once. */
export interface HqEnrolResult {
  siteId: string;
  siteName: string;
  roleName: string;
  password: string;
  keyFingerprint: string;
}

/** What an offline file added. */
export interface HqImportResult {
  siteId: string;
  siteName: string;
  firstSeq: number;
  lastSeq: number;
  stored: number;
  alreadyStored: number;
}

export type HqResult =
  | { what: 'board'; board: HqBoardView }
  | { what: 'branches'; branches: HqBranchView[] }
  | { what: 'report'; report: HqReportView }
  | { what: 'enrol'; enrol: HqEnrolResult }
  | { what: 'import'; import: HqImportResult };
