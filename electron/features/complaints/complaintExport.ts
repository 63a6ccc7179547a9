import type { JobView } from '../../../shared/contract/jobViews';
import { OVERSIGHT_ROLES } from '../../../shared/domain/roles';
import { businessDate } from '../../../shared/domain/time';
import type { AppEnv } from '../../ipc/context';
import type { Handlers } from '../../ipc/handler';
import { exportFolder, jobOwner, workerFileJob, type JobOwner, type JobSpec } from '../../jobs';
import { COMPLAINT_EXPORT_TASK, type ComplaintExportParams } from './exportTask';

/**
 * The cases as an Excel file, written by the jobs worker on its own read connection so the
 * desk keeps working; Core records the end once the file is there. Cancel ends the worker
 * before the write.
 */
export function complaintExportJob(env: AppEnv, params: ComplaintExportParams): JobSpec {
  return workerFileJob<{ rows: number }>(env, {
    kind: 'complaints.export',
    task: COMPLAINT_EXPORT_TASK,
    params,
    folder: params.folder,
    fileName: params.fileName,
    record: (_db, { rows }) => ({
      rows,
      fileName: params.fileName,
      internalNotes: params.withNotes,
    }),
  });
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
    const folder = exportFolder(ctx);
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
    const owner = jobOwner(ctx);
    const { env } = ctx;
    ctx.afterCommit(() => env.jobs.start(jobId, owner, complaintExportJob(env, params)));
    return startedView(jobId, owner, ctx.now);
  },
};
