import { existsSync } from 'node:fs';
import type {
  BackupStatus,
  BackupTargetStatus,
  BackupWarning,
} from '../../../shared/contract/backupViews';
import type { Role } from '../../../shared/domain/roles';
import type { Db } from '../../db/types';
import type { AppEnv } from '../../ipc/context';
import { configView, readBackupConfig, type BackupConfig } from './backupConfig';
import { listBackups, localBackupDir, type BackupManifest } from './backupFiles';
import { lastDrill, recentRuns } from './history';
import { runningBackup } from './backupRun';

export const DAY_MS = 86_400_000;
/** A good backup older than this warns admin and supervisor in the shell. */
export const STALE_AFTER_MS = DAY_MS;
/** The recovery drill is due again a month after the last one that worked. */
export const DRILL_EVERY_MS = 30 * DAY_MS;

function lastGood(list: BackupManifest[]): BackupTargetStatus['lastGood'] {
  const m = list[0];
  return m ? { at: m.at, fileName: m.fileName, size: m.size } : null;
}

/** Today's (or tomorrow's) HH:MM in the desk's local time. */
export function nextAt(now: number, time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const d = new Date(now);
  d.setHours(h, m, 0, 0);
  return d.getTime() > now ? d.getTime() : d.getTime() + DAY_MS;
}

function targets(env: AppEnv, config: BackupConfig): BackupTargetStatus[] {
  const local = localBackupDir(env.dataDir);
  const out: BackupTargetStatus[] = [
    { target: 'local', folder: local, missing: false, lastGood: lastGood(listBackups(local)) },
  ];
  if (config.folder) {
    const missing = !existsSync(config.folder);
    const list = missing ? [] : listBackups(config.folder);
    out.push({ target: 'external', folder: config.folder, missing, lastGood: lastGood(list) });
  }
  return out;
}

function warnings(all: BackupTargetStatus[], ageMs: number | null): BackupWarning[] {
  const w: BackupWarning[] = [];
  if (ageMs === null) w.push('never');
  else if (ageMs > STALE_AFTER_MS) w.push('stale');
  if (all.some((t) => t.missing)) w.push('targetMissing');
  return w;
}

/** Decided here, shown as is: the shell's warning and the admin's backups screen. */
export function backupStatus(env: AppEnv, db: Db, role: Role): BackupStatus {
  const now = env.now();
  const config = readBackupConfig(db);
  const all = targets(env, config);
  const goods = all.map((t) => t.lastGood?.at ?? 0).filter((at) => at > 0);
  const lastGoodAt = goods.length ? Math.max(...goods) : null;
  const ageMs = lastGoodAt === null ? null : Math.max(0, now - lastGoodAt);
  const drill = lastDrill(db);
  const dueAt = drill?.outcome === 'ok' ? drill.at + DRILL_EVERY_MS : null;
  const admin = role === 'admin';
  return {
    now,
    // Folders are the admin's business; a supervisor sees only the warning.
    targets: all.map((t) => (admin ? t : { ...t, folder: null })),
    lastGoodAt,
    ageMs,
    warnings: warnings(all, ageMs),
    next: config.time ? { kind: 'at', at: nextAt(now, config.time) } : { kind: 'afterHandover' },
    config: admin ? configView(config) : { ...configView(config), folder: null },
    runningJobId: runningBackup(env),
    drill: {
      lastAt: drill?.at ?? null,
      ok: drill ? drill.outcome === 'ok' : null,
      dueAt,
      due: dueAt === null || now >= dueAt,
    },
    history: admin ? recentRuns(db) : [],
  };
}
