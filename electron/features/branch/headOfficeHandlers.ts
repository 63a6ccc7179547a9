import type { JobView } from '../../../shared/contract/jobViews';
import { businessDate } from '../../../shared/domain/time';
import type { AppEnv } from '../../ipc/context';
import { AppError, validation } from '../../ipc/errors';
import type { Handlers } from '../../ipc/handler';
import { exportFolder, jobOwner, type JobOwner, type JobSpec } from '../../jobs';
import { refuseFolderAtStation } from '../stations';
import { exportFileJob } from './exportFile';
import {
  headOfficeView,
  lastAttemptAt,
  pushConnection,
  PUSH_EVERY_MINUTES,
  updateHeadOffice,
} from './headOfficeConfig';
import { outboxStatus } from './outbox';
import { pushJob } from './pushJob';

const SYSTEM: JobOwner = { clientId: 'system', staffId: null, staffName: '' };

function startedView(id: string, kind: JobView['kind'], owner: JobOwner, now: number): JobView {
  return {
    id,
    kind,
    state: 'running',
    phase: 'queued',
    done: 0,
    total: 0,
    startedAt: now,
    endedAt: null,
    startedByName: owner.staffName,
    cancellable: true,
    result: null,
    error: null,
  };
}

function refuseIfRunning(env: AppEnv, id: 'push' | 'export'): void {
  if (env.jobs.runningOn('headOffice', id))
    throw new AppError('CONFLICT', 'Head office is already being sent to.', {
      reason: 'headOffice.running',
    });
}

function start(env: AppEnv, id: string, owner: JobOwner, spec: JobSpec): void {
  env.jobs.start(id, owner, spec);
}

export const headOfficeHandlers: Pick<
  Handlers,
  'headOffice.get' | 'headOffice.update' | 'headOffice.push' | 'headOffice.exportFile'
> = {
  'headOffice.get': (ctx) => headOfficeView(ctx.db),

  'headOffice.update': (ctx, input) => {
    updateHeadOffice(ctx.db, input);
    ctx.audit.targetType = 'headOffice';
    ctx.audit.targetId = 'settings';
    // Which fields changed, never their values (the password above all).
    ctx.audit.detail = {
      fields: Object.keys(input).sort(),
      ...(input.sharePersonalData !== undefined
        ? { sharePersonalData: input.sharePersonalData }
        : {}),
    };
    return headOfficeView(ctx.db);
  },

  'headOffice.push': (ctx) => {
    if (!pushConnection(ctx.db))
      throw new AppError('CONFLICT', 'Head office is not set up.', {
        reason: 'headOffice.notConfigured',
      });
    refuseIfRunning(ctx.env, 'push');
    const jobId = ctx.env.ids();
    const owner = jobOwner(ctx);
    const { env } = ctx;
    ctx.audit.targetType = 'job';
    ctx.audit.targetId = jobId;
    ctx.afterCommit(() => start(env, jobId, owner, pushJob(env)));
    return startedView(jobId, 'headOffice.push', owner, ctx.now);
  },

  'headOffice.exportFile': (ctx) => {
    refuseFolderAtStation(ctx.clientId);
    if (!headOfficeView(ctx.db).publicKey) throw validation({ publicKey: 'required' });
    refuseIfRunning(ctx.env, 'export');
    const folder = exportFolder(ctx);
    const jobId = ctx.env.ids();
    const stamp = businessDate(ctx.now).replace(/-/g, '');
    const fileName = `deskbook-headoffice-${stamp}-${jobId.slice(-8)}.dkbf`;
    const owner = jobOwner(ctx);
    const { env } = ctx;
    ctx.audit.targetType = 'job';
    ctx.audit.targetId = jobId;
    ctx.audit.detail = { fileName };
    ctx.afterCommit(() => start(env, jobId, owner, exportFileJob(env, { folder, fileName })));
    return startedView(jobId, 'headOffice.export', owner, ctx.now);
  },
};

/**
 * From Core's tick: a push every PUSH_EVERY_MINUTES once head office is configured and
 * something is pending (a running push, retrying or not, is left to go on).
 */
export function headOfficePushTick(env: AppEnv): void {
  const db = env.db();
  if (!db || env.jobs.runningOn('headOffice', 'push') || !pushConnection(db)) return;
  if (outboxStatus(db).pending === 0) return;
  const last = lastAttemptAt(db);
  if (last !== null && env.now() - last < PUSH_EVERY_MINUTES * 60_000) return;
  env.jobs.start(env.ids(), SYSTEM, pushJob(env));
}
