import type { RestorePreview } from '../../../shared/contract/backupViews';
import type { JobStarted } from '../../../shared/contract/jobViews';
import type { AppEnv, VaultContext } from '../../ipc/context';
import { AppError } from '../../ipc/errors';
import type { JobSpec } from '../../jobs';
import { damaged, startCheck } from './backupCheck';
import { keyFromRecovery, refuseNewer } from './backupKey';
import { resolveBackup, type ResolvedBackup } from './backupSource';
import { adminIfOpen } from './restore';

/**
 * The copy's checks on the jobs worker; what it holds is kept for the window that asked
 * (names no person, but says how many clients a site has). Writes nothing, audits nothing.
 */
function previewJob(env: AppEnv, id: string, backup: ResolvedBackup, key: Buffer): JobSpec {
  return {
    kind: 'backups.preview',
    unaudited: true,
    async run(job) {
      const found = await startCheck(env, job, backup, key).result;
      if (!found.ok) throw damaged(found.reason);
      const m = backup.manifest;
      job.keep({
        id,
        fileName: m.fileName,
        at: m.at,
        site: m.site,
        appVersion: m.appVersion,
        schemaVersion: found.copy.schemaVersion,
        counts: found.copy.counts,
        ageMs: Math.max(0, env.now() - m.at),
      } satisfies RestorePreview);
      return { fileName: m.fileName };
    },
  };
}

/**
 * The recovery key and the versions are checked at once (a wrong key names its field);
 * the copy is checked by a job that needs no open vault: a new PC, a damaged start.
 */
export function startPreview(ctx: VaultContext, backupId: string, recoveryKey: string): JobStarted {
  const staff = adminIfOpen(ctx.env, ctx.clientId);
  const backup = resolveBackup(ctx.env, ctx.clientId, backupId);
  const key = keyFromRecovery(backup.manifest, recoveryKey);
  refuseNewer(backup.manifest, ctx.env.appVersion);
  const jobId = ctx.env.ids();
  const owner = {
    clientId: ctx.clientId,
    staffId: staff?.id ?? null,
    staffName: staff?.display_name ?? '',
    toWindow: true,
  };
  ctx.env.jobs.start(jobId, owner, previewJob(ctx.env, backupId, backup, key));
  return { jobId };
}

export function previewResult(ctx: VaultContext, jobId: string): RestorePreview {
  adminIfOpen(ctx.env, ctx.clientId);
  const preview = ctx.env.jobs.outputForWindow(jobId, ctx.clientId) as RestorePreview | undefined;
  if (!preview) throw new AppError('NOT_FOUND', 'No such preview.', { reason: 'jobs.notFound' });
  return preview;
}
