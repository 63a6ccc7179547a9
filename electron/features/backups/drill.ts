import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { JobStarted } from '../../../shared/contract/jobViews';
import type { Db } from '../../db/types';
import type { AppEnv, ServiceContext } from '../../ipc/context';
import { AppError, type Denied } from '../../ipc/errors';
import type { JobOwner, JobSpec } from '../../jobs';
import { readBackupConfig } from './backupConfig';
import { listBackups, localBackupDir, type BackupManifest } from './backupFiles';
import { startCheck } from './backupCheck';
import { keyFromRecovery } from './backupKey';
import { BackupRefusal } from './backupVerify';
import { insertRun } from './history';

/** The newest good backup: the local copy first (always there), else the chosen folder. */
function latest(db: Db, dataDir: string): { dir: string; m: BackupManifest } | null {
  const folder = readBackupConfig(db).folder;
  for (const dir of [localBackupDir(dataDir), folder]) {
    if (!dir || !existsSync(dir)) continue;
    const m = listBackups(dir)[0];
    if (m) return { dir, m };
  }
  return null;
}

interface DrillLine {
  id: string;
  at: number;
  fileName: string | null;
  reason: string | null;
  owner: JobOwner;
}

function insertDrill(db: Db, d: DrillLine): void {
  insertRun(db, {
    id: d.id,
    at: d.at,
    kind: 'drill',
    trigger: null,
    target: null,
    fileName: d.fileName,
    size: null,
    sha256: null,
    outcome: d.reason ? 'failed' : 'ok',
    reason: d.reason,
    staffId: d.owner.staffId,
    byName: d.owner.staffId ? d.owner.staffName : null,
  });
}

/**
 * The copy's checks on the jobs worker; then Core records the drill's line and its end
 * audit row in one transaction, whatever the result (a failed drill is a finding too).
 */
function drillJob(env: AppEnv, owner: JobOwner, file: string, m: BackupManifest, key: Buffer) {
  return {
    kind: 'backups.drill',
    target: { type: 'backup', id: m.fileName },
    async run(job) {
      const task = await job.chunk(() => startCheck(env, job, { file, manifest: m }, key));
      const found = await task.result;
      const reason = found.ok ? null : found.reason;
      await job.chunk(() => {
        const db = env.db()!;
        const line = { id: env.ids(), at: env.now(), fileName: m.fileName, reason, owner };
        db.transaction(() => {
          insertDrill(db, line);
          job.auditEnd(
            db,
            { fileName: m.fileName, ...(reason ? { reason } : {}) },
            found.ok ? 'ok' : 'failed',
          );
        }).immediate();
      });
      if (reason) throw new AppError('CONFLICT', 'The recovery drill did not succeed.', { reason });
      return { fileName: m.fileName };
    },
  } satisfies JobSpec;
}

/**
 * No backup, or a recovery key that does not unwrap the key, is refused at once with its
 * history line (ctx.deny keeps it); the copy itself is checked by a job.
 */
export function startDrill(ctx: ServiceContext, recoveryKey: string): JobStarted | Denied {
  const staff = ctx.staff!;
  const owner = { clientId: ctx.clientId, staffId: staff.id, staffName: staff.display_name };
  const found = latest(ctx.db, ctx.env.dataDir);
  ctx.audit.targetType = 'backup';
  if (found) ctx.audit.targetId = found.m.fileName;
  let key: Buffer;
  try {
    if (!found) throw new BackupRefusal('backups.none');
    key = keyFromRecovery(found.m, recoveryKey);
  } catch (err) {
    const reason = err instanceof BackupRefusal ? err.reason : (err as AppError).toShape().reason!;
    const line = {
      id: ctx.env.ids(),
      at: ctx.now,
      fileName: found?.m.fileName ?? null,
      reason,
      owner,
    };
    insertDrill(ctx.db, line);
    const wrongKey = reason === 'vault.badRecoveryKey';
    return ctx.deny({
      code: wrongKey ? 'UNAUTHENTICATED' : 'CONFLICT',
      message: 'The recovery drill did not succeed.',
      reason,
      ...(wrongKey ? { fields: { recoveryKey: 'does not open the backup' } } : {}),
    });
  }
  const jobId = ctx.env.ids();
  ctx.audit.detail = { job: jobId };
  const spec = drillJob(ctx.env, owner, join(found.dir, found.m.fileName), found.m, key);
  ctx.afterCommit(() => ctx.env.jobs.start(jobId, owner, spec));
  return { jobId };
}
