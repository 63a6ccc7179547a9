import type { ReportPeriod, ReportView } from '../../../shared/contract/reportViews';
import { normalisePeriod } from '../../../shared/domain/reportPeriod';
import type { AppEnv } from '../../ipc/context';
import { AppError, validation } from '../../ipc/errors';
import type { Handlers } from '../../ipc/handler';
import { exportFolder, jobOwner, workerFileJob, type JobSpec } from '../../jobs';
import { readSettings } from '../settings';
import {
  REPORT_BUILD_TASK,
  REPORT_EXPORT_TASK,
  type ReportBuildParams,
  type ReportExportParams,
} from './reportTask';

type PeriodInput = Parameters<typeof normalisePeriod>[0];

/** The period a request names, or VALIDATION naming the field at fault (`to` for > 2 years). */
function periodOf(input: PeriodInput, prefix = ''): ReportPeriod {
  const p = normalisePeriod(input);
  if (typeof p === 'string') throw validation({ [`${prefix}${p}`]: 'invalid' });
  return p;
}

/** Computed in the jobs worker; the report is kept for its starter (it names consultants). */
function buildJob(env: AppEnv, params: ReportBuildParams): JobSpec {
  let stop = () => {};
  return {
    kind: 'reports.build',
    unaudited: true,
    cancel: () => stop(),
    async run(job) {
      const task = await job.chunk(() =>
        env.reads.run<ReportView>(REPORT_BUILD_TASK, params, {
          progress: (phase, done, total) => job.progress(phase, done, total),
          ready: (go) => go(),
        }),
      );
      stop = task.cancel;
      job.keep(await task.result);
      return {};
    },
  };
}

function exportJob(env: AppEnv, params: ReportExportParams): JobSpec {
  return workerFileJob<{ sheets: number }>(env, {
    kind: 'reports.export',
    task: REPORT_EXPORT_TASK,
    params,
    folder: params.folder,
    fileName: params.fileName,
    record: (_db, { sheets }) => ({ sheets, fileName: params.fileName }),
  });
}

export const reportHandlers: Pick<Handlers, 'reports.build' | 'reports.result' | 'reports.export'> =
  {
    'reports.build': (ctx, input) => {
      const params = { period: periodOf(input), now: ctx.now };
      const jobId = ctx.env.ids();
      const { env } = ctx;
      const owner = jobOwner(ctx);
      ctx.afterCommit(() => env.jobs.start(jobId, owner, buildJob(env, params)));
      return { jobId };
    },

    'reports.result': (ctx, input) => {
      const view = ctx.env.jobs.outputFor(input.jobId, ctx.staff!.id) as ReportView | undefined;
      if (!view) throw new AppError('NOT_FOUND', 'No such report.', { reason: 'jobs.notFound' });
      return view;
    },

    'reports.export': (ctx, input) => {
      const period = periodOf(input.period, 'period.');
      const folder = exportFolder(ctx);
      const jobId = ctx.env.ids();
      const ext = input.format;
      const fileName = `deskbook-report-${period.from}-${period.to}-${jobId.slice(-8)}.${ext}`;
      const language = readSettings(ctx.db).defaultLanguage;
      const params: ReportExportParams = {
        period,
        now: ctx.now,
        format: ext,
        language,
        folder,
        fileName,
      };
      ctx.audit.targetType = 'job';
      ctx.audit.targetId = jobId;
      ctx.audit.detail = {
        fileName,
        kind: period.kind,
        from: period.from,
        to: period.to,
        format: ext,
      };
      const { env } = ctx;
      const owner = jobOwner(ctx);
      ctx.afterCommit(() => env.jobs.start(jobId, owner, exportJob(env, params)));
      return { jobId };
    },
  };
