/** What the checks at open found: a time-boxed quick_check and the audit log's tail. */
export interface IntegrityAtOpen {
  at: number;
  /** Tables quick_check reached within its budget, and those left to the full check. */
  tablesChecked: number;
  tablesLeft: number;
  /** Audit rows verified since the last anchor (at most the newest AUDIT_TAIL_MAX). */
  auditChecked: number;
  auditIntact: boolean;
  auditBreakSeq: number | null;
}

/** The last full check (integrity_check of every page and the whole audit chain). */
export interface IntegrityFull {
  at: number;
  storageOk: boolean;
  /** How many problems integrity_check listed (their text stays in the log, not here). */
  storageProblems: number;
  auditIntact: boolean;
  auditChecked: number;
  auditBreakSeq: number | null;
  /** The job failed before it could say (e.g. the vault closed); nothing was concluded. */
  unfinished?: boolean;
}

export interface IntegrityStatus {
  atOpen: IntegrityAtOpen | null;
  lastFull: IntegrityFull | null;
  /** A full check is running now. */
  running: boolean;
}
