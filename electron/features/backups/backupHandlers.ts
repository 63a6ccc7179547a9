import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DrillResult } from '../../../shared/contract/backupViews';
import type { Db } from '../../db/types';
import type { Handlers, VaultHandlers } from '../../ipc/handler';
import { role, type ServiceContext } from '../../ipc/context';
import { AppError } from '../../ipc/errors';
import { readBackupConfig, writeBackupConfig } from './backupConfig';
import { listBackups, localBackupDir, sha256File, type BackupManifest } from './backupFiles';
import { keyFromRecovery } from './backupKey';
import { assertNoBackupRunning, backupJob } from './backupRun';
import { knownBackups, rememberPicked } from './backupSource';
import { backupStatus } from './backupStatus';
import { BackupRefusal, verifyCopy } from './backupVerify';
import { insertRun } from './history';
import { adminIfOpen, previewRestore, restoreBackup } from './restore';

/** The newest good backup: the local copy first (always there), else the chosen folder. */
function latest(ctx: ServiceContext): { dir: string; m: BackupManifest } | null {
  const folder = readBackupConfig(ctx.db).folder;
  for (const dir of [localBackupDir(ctx.env.dataDir), folder]) {
    if (!dir || !existsSync(dir)) continue;
    const m = listBackups(dir)[0];
    if (m) return { dir, m };
  }
  return null;
}

/** Opens the copy with the key the recovery key unwraps; nothing is replaced or written. */
function drillOn(dir: string, m: BackupManifest, recoveryKey: string): void {
  const key = keyFromRecovery(m, recoveryKey);
  const file = join(dir, m.fileName);
  if (sha256File(file) !== m.sha256) throw new BackupRefusal('backups.verifyFailed');
  verifyCopy(file, key.toString('hex'), m.schemaVersion);
}

function recordDrill(ctx: ServiceContext, db: Db, fileName: string | null, reason: string | null) {
  insertRun(db, {
    id: ctx.env.ids(),
    at: ctx.now,
    kind: 'drill',
    trigger: null,
    target: null,
    fileName,
    size: null,
    sha256: null,
    outcome: reason ? 'failed' : 'ok',
    reason,
    staffId: ctx.staff!.id,
    byName: ctx.staff!.display_name,
  });
  ctx.audit.targetType = 'backup';
  if (fileName) ctx.audit.targetId = fileName;
}

export const backupHandlers: Pick<
  Handlers,
  'backups.status' | 'backups.run' | 'backups.configure' | 'backups.drill'
> = {
  'backups.status': (ctx) => backupStatus(ctx.env, ctx.db, role(ctx)),

  'backups.run': (ctx) => {
    assertNoBackupRunning(ctx.env);
    const jobId = ctx.env.ids();
    const staff = ctx.staff!;
    const owner = { clientId: ctx.clientId, staffId: staff.id, staffName: staff.display_name };
    ctx.audit.targetType = 'job';
    ctx.audit.targetId = jobId;
    ctx.afterCommit(() => ctx.env.jobs.start(jobId, owner, backupJob(ctx.env, 'manual', owner)));
    return { jobId };
  },

  'backups.configure': (ctx, input) => {
    const patch: Parameters<typeof writeBackupConfig>[1] = {};
    if (input.folder === 'none') patch.folder = null;
    if (input.folder === 'choose') {
      const folder = ctx.env.chooseFolder(ctx.clientId);
      if (!folder)
        throw new AppError('CONFLICT', 'No folder was chosen.', { reason: 'backups.noFolder' });
      patch.folder = folder;
    }
    if (input.time !== undefined) patch.time = input.time;
    for (const k of ['keepDaily', 'keepWeekly', 'keepMonthly'] as const)
      if (input[k] !== undefined) patch[k] = input[k];
    writeBackupConfig(ctx.db, patch);
    // The folder is the admin's own choice; the audit row says that one was set, not where.
    ctx.audit.detail = { ...input };
    return backupStatus(ctx.env, ctx.db, role(ctx));
  },

  'backups.drill': (ctx, input) => {
    const found = latest(ctx);
    let result: DrillResult = {
      ok: true,
      fileName: found?.m.fileName ?? null,
      at: ctx.now,
      reason: null,
    };
    try {
      if (!found) throw new BackupRefusal('backups.none');
      drillOn(found.dir, found.m, input.recoveryKey);
    } catch (err) {
      const reason =
        err instanceof BackupRefusal
          ? err.reason
          : err instanceof AppError
            ? (err.toShape().reason ?? 'backups.verifyFailed')
            : null;
      if (!reason) throw err;
      result = { ...result, ok: false, reason };
    }
    recordDrill(ctx, ctx.db, result.fileName, result.reason);
    if (!result.ok) {
      const code = result.reason === 'vault.badRecoveryKey' ? 'UNAUTHENTICATED' : 'CONFLICT';
      return ctx.deny({
        code,
        message: 'The recovery drill did not succeed.',
        reason: result.reason!,
        ...(code === 'UNAUTHENTICATED'
          ? { fields: { recoveryKey: 'does not open the backup' } }
          : {}),
      });
    }
    return result;
  },
};

export const restoreHandlers: Pick<
  VaultHandlers,
  'vault.backups' | 'vault.restorePreview' | 'vault.restore'
> = {
  'vault.backups': ({ env, clientId }, input) => {
    adminIfOpen(env, clientId);
    if (input?.pick) {
      const folder = env.chooseFolder(clientId);
      if (folder) rememberPicked(clientId, folder);
    }
    return knownBackups(env, clientId);
  },
  'vault.restorePreview': (ctx, input) => previewRestore(ctx, input.backupId, input.recoveryKey),
  'vault.restore': (ctx, input) => restoreBackup(ctx, input.backupId, input.recoveryKey),
};
