import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { JobView } from '../../../shared/contract/jobViews';
import { OVERSIGHT_ROLES } from '../../../shared/domain/roles';
import { businessDate } from '../../../shared/domain/time';
import type { AppEnv } from '../../ipc/context';
import { AppError, validation } from '../../ipc/errors';
import type { Handlers } from '../../ipc/handler';
import { JobStopped, type JobOwner, type JobSpec } from '../../jobs';
import { COMPLAINT_EXPORT_TASK, type ComplaintExportParams } from './exportTask';

/**
 * The cases as an Excel file, written by the jobs worker on its own read connection so the
 * desk keeps working; Core records the end once the file is there. Cancel ends the worker
 * before the write.
 */
export function complaintExportJob(env: AppEnv, params: ComplaintExportParams): JobSpec {
  let stop = () => {};
  return {
    kind: 'complaints.export',
    cancel: () => stop(),
    async run(job) {
      const task = await job.chunk(() =>
        env.reads.run<{ rows: number }>(COMPLAINT_EXPORT_TASK, params, {
          progress: (phase, done, total) => job.progress(phase, done, total),
          ready: (go) => {
            job.pastNoReturn();
            go();
          },
        }),
      );
      stop = task.cancel;
      const { rows } = await task.result;
      try {
        await job.chunk(() => {
          const db = env.db()!;
          db.transaction(() =>
            job.auditEnd(db, {
              rows,
              fileName: params.fileName,
              internalNotes: params.withNotes,
            }),
          ).immediate();
        });
      } catch (err) {
        if (!(err instanceof JobStopped))
          rmSync(join(params.folder, params.fileName), { force: true });
        throw err;
      }
      return { fileName: params.fileName };
    },
  };
}

/** The view `complaints.export` answers: the job as it starts (progress follows as events). */
function startedView(id: string, owner: JobOwner, now: number): JobView {
  return {
    id,
    kind: 'complaints.export',
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

export const complaintExportHandlers: Pick<Handlers, 'complaints.export'> = {
  'complaints.export': (ctx, input) => {
    const staff = ctx.staff!;
    const folder = ctx.env.chooseFolder(ctx.clientId);
    if (!folder)
      throw new AppError('CONFLICT', 'No folder was chosen.', { reason: 'exports.noFolder' });
    if (!existsSync(folder) || !statSync(folder).isDirectory())
      throw validation({ folder: 'missing' });
    const jobId = ctx.env.ids();
    const stamp = businessDate(ctx.now).replace(/-/g, '');
    const fileName = `deskbook-complaints-${stamp}-${jobId.slice(-8)}.xlsx`;
    // 内部备注: only oversight reads them, in exports as on screen (decided here, in main).
    const withNotes = OVERSIGHT_ROLES.includes(staff.role);
    const params: ComplaintExportParams = {
      filter: input,
      role: staff.role,
      withNotes,
      now: ctx.now,
      folder,
      fileName,
    };
    ctx.audit.targetType = 'job';
    ctx.audit.targetId = jobId;
    // The filter's kinds, not its search text (a name could be in it).
    ctx.audit.detail = {
      fileName,
      scope: input.scope,
      internalNotes: withNotes,
      ...(input.state ? { state: input.state } : {}),
      ...(input.category ? { category: input.category } : {}),
      ...(input.deadline ? { deadline: input.deadline } : {}),
      ...(input.query ? { query: true } : {}),
    };
    const owner = { clientId: ctx.clientId, staffId: staff.id, staffName: staff.display_name };
    const { env } = ctx;
    ctx.afterCommit(() => env.jobs.start(jobId, owner, complaintExportJob(env, params)));
    return startedView(jobId, owner, ctx.now);
  },
};
