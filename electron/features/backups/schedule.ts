import type { BackupTrigger } from '../../../shared/contract/backupViews';
import type { Db } from '../../db/types';
import type { AppEnv } from '../../ipc/context';
import { readBackupConfig, writeBackupConfig } from './backupConfig';
import { runningBackup, startBackup } from './backupRun';
import { DAY_MS, nextAt } from './backupStatus';
import { listBackups, localBackupDir } from './backupFiles';
import { lastAttemptAt } from './history';

function shiftAtWork(db: Db): boolean {
  return !!db.prepare("SELECT 1 FROM shifts WHERE status IN ('opening', 'open')").get();
}

function keepsShifts(db: Db): boolean {
  return !!db.prepare('SELECT 1 FROM shifts LIMIT 1').get();
}

function lastHandoverAt(db: Db): number | null {
  return (
    (db.prepare('SELECT max(outgoing_signed_at) FROM handovers').pluck().get() as number | null) ??
    null
  );
}

/**
 * Daily: at the set time, or else once the last shift of the day is handed over (nobody at
 * work, a handover signed since the last backup). A desk that keeps no shifts gets one a
 * day instead. A desk whose shifts stop being handed over gets none, and the shell's
 * warning says so after a day. An attempt that failed counts too, so a broken drive is
 * retried the next day rather than every few seconds.
 */
function dailyDue(env: AppEnv, db: Db, now: number, time: string | null): boolean {
  // A restored vault's history does not hold the backup it came from; the folder does.
  const onDisk = listBackups(localBackupDir(env.dataDir))[0]?.at ?? 0;
  const last = Math.max(lastAttemptAt(db) ?? 0, onDisk);
  if (time) return nextAt(now, time) - DAY_MS > last;
  if (shiftAtWork(db)) return false;
  const handover = lastHandoverAt(db);
  if (handover !== null && handover > last) return true;
  return !keepsShifts(db) && now - last > DAY_MS;
}

function dueTrigger(env: AppEnv, db: Db): BackupTrigger | null {
  const config = readBackupConfig(db);
  if (config.lastRunVersion !== env.appVersion) {
    // The first run of a vault only notes its version; a later version backs up once.
    const first = config.lastRunVersion === null;
    db.transaction(() => writeBackupConfig(db, { lastRunVersion: env.appVersion })).immediate();
    if (!first) return 'update';
  }
  return dailyDue(env, db, env.now(), config.time) ? 'daily' : null;
}

/** Called from Core.tick: starts the backup that is due, if any, as a job. */
export function backupTick(env: AppEnv): void {
  const db = env.db();
  if (!db || runningBackup(env)) return;
  const trigger = dueTrigger(env, db);
  if (trigger) startBackup(env, trigger);
}
