/** What other features and the app may use of backups; everything else is internal. */
export { backupHandlers, restoreHandlers } from './backupHandlers';
export { backupTask } from './backupTask';
export { backupCheckTask, CHECK_TASK } from './backupCheck';
export { backupOnWriter, recordWriterBackup, startBackup } from './backupRun';
export { backupTick } from './schedule';
export { newestBackupAnchor, type ExternalAnchor } from './anchor';
export { listBackups, localBackupDir } from './backupFiles';
export type { TargetOutcome } from './backupMake';
/** The newest runs (head office's backup status bundle, issue 15). */
export { recentRuns } from './history';
