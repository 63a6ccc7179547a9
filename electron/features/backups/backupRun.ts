import { existsSync } from 'node:fs';
import type { BackupTrigger } from '../../../shared/contract/backupViews';
import { appendAudit } from '../../audit/chain';
import { schemaVersion } from '../../db/migrate';
import type { Db } from '../../db/types';
import type { AppEnv } from '../../ipc/context';
import { AppError } from '../../ipc/errors';
import { Cancelled, JobStopped, type JobOwner, type JobSpec } from '../../jobs';
import { readVaultFile } from '../../vault/vaultFile';
import { readSettings } from '../settings';
import { readBackupConfig, type BackupConfig } from './backupConfig';
import { backupName, listBackups, localBackupDir, removeBackup, removeTemps } from './backupFiles';
import {
  makeBackupFiles,
  type BackupKey,
  type BackupParams,
  type TargetOutcome,
} from './backupMake';
import { insertRun } from './history';
import { toKeep } from './rotation';

/** Scheduled backups belong to nobody: no progress events, an audit row without an actor. */
export const SYSTEM_OWNER: JobOwner = { clientId: 'system', staffId: null, staffName: '' };

export function backupParams(env: AppEnv, db: Db, trigger: BackupTrigger): BackupParams {
  const vault = readVaultFile(env.dataDir);
  return {
    at: env.now(),
    trigger,
    site: readSettings(db).siteName,
    appVersion: env.appVersion,
    schemaVersion: schemaVersion(db),
    localDir: localBackupDir(env.dataDir),
    externalDir: readBackupConfig(db).folder,
    keyCheck: vault.keyCheck,
    recovery: vault.recovery,
  };
}

/** One history row per target; call inside a transaction. */
export function recordOutcomes(
  env: AppEnv,
  db: Db,
  outcomes: TargetOutcome[],
  trigger: BackupTrigger,
  owner: JobOwner,
): void {
  for (const o of outcomes)
    insertRun(db, {
      id: env.ids(),
      at: env.now(),
      kind: 'backup',
      trigger,
      target: o.target,
      fileName: o.outcome === 'ok' ? o.fileName : null,
      size: o.size,
      sha256: o.sha256,
      outcome: o.outcome,
      reason: o.reason,
      staffId: owner.staffId,
      byName: owner.staffId ? owner.staffName : null,
    });
}

/** 7 daily, 4 weekly, 12 monthly by default: the rest go, in each folder on its own. */
export function rotate(env: AppEnv, config: BackupConfig): number {
  let removed = 0;
  for (const dir of [localBackupDir(env.dataDir), config.folder]) {
    if (!dir) continue;
    const list = listBackups(dir);
    const keep = toKeep(
      list.map((m) => m.at),
      config,
    );
    for (const m of list.filter((x) => !keep.has(x.at))) {
      removeBackup(dir, m.fileName);
      removed += 1;
    }
  }
  return removed;
}

export function runningBackup(env: AppEnv): string | null {
  return env.jobs.running().find((j) => j.kind === 'backups.make')?.id ?? null;
}

export function assertNoBackupRunning(env: AppEnv): void {
  if (runningBackup(env))
    throw new AppError('CONFLICT', 'A backup is already running.', { reason: 'backups.running' });
}

/**
 * A cancelled backup leaves nothing: the thread has ended (its exit came before this), so
 * its temp file, and whatever it named before the cancel arrived, go; the history says so.
 */
function dropCancelled(env: AppEnv, p: BackupParams, owner: JobOwner): void {
  const fileName = backupName(p.at, p.trigger);
  for (const dir of [p.localDir, p.externalDir]) {
    if (!dir || !existsSync(dir)) continue;
    removeTemps(dir);
    removeBackup(dir, fileName);
  }
  const db = env.db()!;
  db.transaction(() =>
    insertRun(db, {
      id: env.ids(),
      at: env.now(),
      kind: 'backup',
      trigger: p.trigger,
      target: 'local',
      fileName: null,
      size: null,
      sha256: null,
      outcome: 'failed',
      reason: 'jobs.cancelled',
      staffId: owner.staffId,
      byName: owner.staffId ? owner.staffName : null,
    }),
  ).immediate();
}

const failuresOf = (outcomes: TargetOutcome[]) => outcomes.filter((o) => o.outcome !== 'ok').length;

/**
 * VACUUM INTO runs in the jobs worker on its own read connection, so the desk keeps its
 * answers; Core then records the result per target and rotates. A local copy that did not
 * verify fails the job (its temp file is gone); a missing or failed chosen folder is a
 * failure in the result while the local copy still counts.
 */
export function backupJob(env: AppEnv, trigger: BackupTrigger, owner: JobOwner): JobSpec {
  let stop = () => {};
  let params: BackupParams | null = null;
  return {
    kind: 'backups.make',
    // VACUUM INTO cannot stop between chunks: a cancel ends the worker thread.
    cancel: () => stop(),
    async run(job) {
      params = await job.chunk(() => backupParams(env, env.db()!, trigger));
      const task = await job.chunk(() =>
        env.reads.run<TargetOutcome[]>('backups.make', params, {
          progress: (phase, done, total) => job.progress(phase, done, total),
          ready: (go) => go(),
        }),
      );
      stop = task.cancel;
      let outcomes: TargetOutcome[];
      try {
        outcomes = await task.result;
      } catch (err) {
        // Not in a chunk: a chunk refuses to start once a cancel was asked.
        if (err instanceof Cancelled && env.db()) dropCancelled(env, params!, owner);
        throw err;
      }
      // The files are named: from here the result stands, whoever asks to cancel.
      job.pastNoReturn();
      await job.chunk(() => {
        const db = env.db()!;
        db.transaction(() => recordOutcomes(env, db, outcomes, trigger, owner)).immediate();
      });
      const local = outcomes.find((o) => o.target === 'local')!;
      if (local.outcome !== 'ok')
        throw new AppError('CONFLICT', 'The backup did not verify; it is not counted.', {
          reason: local.reason ?? 'backups.verifyFailed',
        });
      const db = env.db();
      if (!db) throw new JobStopped();
      rotate(env, readBackupConfig(db));
      return {
        fileName: local.fileName,
        failures: failuresOf(outcomes),
        ...(local.size !== null ? { size: local.size } : {}),
      };
    },
  };
}

export function startBackup(env: AppEnv, trigger: BackupTrigger, owner = SYSTEM_OWNER): string {
  assertNoBackupRunning(env);
  const id = env.ids();
  env.jobs.start(id, owner, backupJob(env, trigger, owner));
  return id;
}

/**
 * The same backup on the writer connection, synchronously: before a migration (nobody is
 * working yet, and the copy must hold the old schema) and for the demo seed.
 */
export function backupOnWriter(
  env: AppEnv,
  db: Db,
  key: BackupKey,
  trigger: BackupTrigger,
): TargetOutcome[] {
  return makeBackupFiles(db, backupParams(env, db, trigger), key);
}

/**
 * Records a synchronous backup with its own audit row (the job's is written by the runner),
 * then rotates like the job does.
 */
export function recordWriterBackup(
  env: AppEnv,
  db: Db,
  outcomes: TargetOutcome[],
  trigger: BackupTrigger,
): void {
  const local = outcomes.find((o) => o.target === 'local');
  db.transaction(() => {
    recordOutcomes(env, db, outcomes, trigger, SYSTEM_OWNER);
    appendAudit(db, {
      at: env.now(),
      actorId: null,
      actorName: null,
      action: 'backups.make.end',
      targetType: 'backup',
      targetId: local?.fileName ?? null,
      outcome: local?.outcome === 'ok' ? 'ok' : 'failed',
      detail: {
        trigger,
        failures: failuresOf(outcomes),
        ...(local?.reason ? { reason: local.reason } : {}),
      },
    });
  }).immediate();
  if (local?.outcome === 'ok') rotate(env, readBackupConfig(db));
}
