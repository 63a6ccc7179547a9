import type { Handlers, VaultHandlers } from '../../ipc/handler';
import { role } from '../../ipc/context';
import { AppError } from '../../ipc/errors';
import { writeBackupConfig } from './backupConfig';
import { assertNoBackupRunning, backupJob } from './backupRun';
import { knownBackups, rememberPicked } from './backupSource';
import { backupStatus } from './backupStatus';
import { startDrill } from './drill';
import { adminIfOpen, restoreBackup } from './restore';
import { previewResult, startPreview } from './restorePreview';

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

  'backups.drill': (ctx, input) => startDrill(ctx, input.recoveryKey),
};

export const restoreHandlers: Pick<
  VaultHandlers,
  'vault.backups' | 'vault.restorePreview' | 'vault.restorePreviewResult' | 'vault.restore'
> = {
  'vault.backups': ({ env, clientId }, input) => {
    adminIfOpen(env, clientId);
    if (input?.pick) {
      const folder = env.chooseFolder(clientId);
      if (folder) rememberPicked(clientId, folder);
    }
    return knownBackups(env, clientId);
  },
  'vault.restorePreview': (ctx, input) => startPreview(ctx, input.backupId, input.recoveryKey),
  'vault.restorePreviewResult': (ctx, input) => previewResult(ctx, input.jobId),
  'vault.restore': (ctx, input) => restoreBackup(ctx, input.backupId, input.recoveryKey),
};
