/** Backups and restore (issue 10): what main tells the screens; decided in main. */

export const BACKUP_TRIGGERS = ['manual', 'daily', 'update', 'migration'] as const;
export type BackupTrigger = (typeof BACKUP_TRIGGERS)[number];

/** The local folder beside the vault, and the folder an admin chose (USB drive, share). */
export type BackupTarget = 'local' | 'external';

/** One backup on disk with its manifest: verified when written, so counted as good. */
export interface BackupEntry {
  /** `<source>:<file name>`; main resolves the folder, the renderer never sends a path. */
  id: string;
  source: BackupTarget | 'picked';
  fileName: string;
  at: number;
  trigger: BackupTrigger;
  size: number;
  site: string;
  appVersion: string;
  schemaVersion: number;
}

/** One line of the history: a backup per target, a drill or a restore, with its result. */
export interface BackupRun {
  id: string;
  at: number;
  kind: 'backup' | 'drill' | 'restore';
  trigger: BackupTrigger | null;
  target: BackupTarget | null;
  fileName: string | null;
  size: number | null;
  outcome: 'ok' | 'failed' | 'missing';
  /** A stable key (errors.reason.*) when it did not work. */
  reason: string | null;
  byName: string | null;
}

export interface BackupTargetStatus {
  target: BackupTarget;
  /** Shown to the admin only (the folder they chose, or the local one). */
  folder: string | null;
  /** The external folder is configured but not reachable now (USB drive unplugged). */
  missing: boolean;
  lastGood: { at: number; fileName: string; size: number } | null;
}

export interface BackupConfigView {
  folder: string | null;
  /** 'HH:MM' local time, or null: daily after the last shift is handed over. */
  time: string | null;
  keepDaily: number;
  keepWeekly: number;
  keepMonthly: number;
}

export type BackupWarning = 'stale' | 'never' | 'targetMissing';

export interface BackupStatus {
  /** Main's time: ages are counted from it, not from the window's clock. */
  now: number;
  targets: BackupTargetStatus[];
  /** The newest good backup anywhere, and how old it is (ms). */
  lastGoodAt: number | null;
  ageMs: number | null;
  warnings: BackupWarning[];
  next: { kind: 'at'; at: number } | { kind: 'afterHandover' };
  config: BackupConfigView;
  /** The backup job now running, to show its bar. */
  runningJobId: string | null;
  drill: { lastAt: number | null; ok: boolean | null; dueAt: number | null; due: boolean };
  history: BackupRun[];
}

/** What a backup holds, read from the copy itself before anyone confirms a restore. */
export interface RestorePreview {
  id: string;
  fileName: string;
  at: number;
  site: string;
  appVersion: string;
  schemaVersion: number;
  counts: { clients: number; checkIns: number; staff: number; auditRows: number };
  ageMs: number;
}

export interface DrillResult {
  ok: boolean;
  fileName: string | null;
  at: number;
  reason: string | null;
}
