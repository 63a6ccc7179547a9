import type { BackupConfigView } from '../../../shared/contract/backupViews';
import type { Db } from '../../db/types';

/**
 * Kept in the settings table under one internal key (readSettings leaves unknown keys
 * out), so the backup rules travel with the vault and its backups.
 */
export interface BackupConfig extends BackupConfigView {
  /** The app version of the last run that backed up on update (a new version backs up once). */
  lastRunVersion: string | null;
  /** When this vault was last restored: older manifests belong to the replaced lineage. */
  restoredAt: number | null;
}

const KEY = 'backups';

export const DEFAULT_BACKUP_CONFIG: BackupConfig = {
  folder: null,
  time: null,
  keepDaily: 7,
  keepWeekly: 4,
  keepMonthly: 12,
  lastRunVersion: null,
  restoredAt: null,
};

export function readBackupConfig(db: Db): BackupConfig {
  const raw = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(KEY) as
    string | undefined;
  return { ...DEFAULT_BACKUP_CONFIG, ...(raw ? (JSON.parse(raw) as Partial<BackupConfig>) : {}) };
}

export function writeBackupConfig(db: Db, patch: Partial<BackupConfig>): BackupConfig {
  const next = { ...readBackupConfig(db), ...patch };
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(KEY, JSON.stringify(next));
  return next;
}

export function configView(c: BackupConfig): BackupConfigView {
  const { folder, time, keepDaily, keepWeekly, keepMonthly } = c;
  return { folder, time, keepDaily, keepWeekly, keepMonthly };
}
