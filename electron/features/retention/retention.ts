import type { RetentionLastRun, RetentionSettings } from '../../../shared/contract/retentionViews';
import { RETENTION_MAX_MONTHS, RETENTION_MIN_MONTHS } from '../../../shared/domain/retention';
import type { Db } from '../../db/types';
import { today, type ServiceContext } from '../../ipc/context';
import { AppError } from '../../ipc/errors';
import type { Handlers } from '../../ipc/handler';
import { retentionJob, type RetentionCounts } from './retentionJob';
import { cutOffs, periodViews, previewRows, writePeriods } from './retentionQueries';

/** The last run, read from its end audit row, so it survives a restart. */
function lastRun(db: Db): RetentionLastRun | null {
  const row = db
    .prepare(
      `SELECT at, actor_name, detail FROM audit_log WHERE action = 'retention.run.end'
       ORDER BY seq DESC LIMIT 1`,
    )
    .get() as { at: number; actor_name: string | null; detail: string | null } | undefined;
  if (!row) return null;
  const d = JSON.parse(row.detail ?? '{}') as {
    ended?: RetentionLastRun['ended'];
    counts?: RetentionCounts;
    anonymised?: number;
  };
  return {
    at: row.at,
    byName: row.actor_name,
    ended: d.ended ?? 'failed',
    counts: d.counts ?? {},
    total: d.anonymised ?? 0,
  };
}

const runningJob = (ctx: ServiceContext) =>
  ctx.env.jobs.running().find((j) => j.kind === 'retention.run') ?? null;

function settingsView(ctx: ServiceContext): RetentionSettings {
  return {
    periods: periodViews(ctx.db),
    minMonths: RETENTION_MIN_MONTHS,
    maxMonths: RETENTION_MAX_MONTHS,
    lastRun: lastRun(ctx.db),
    runningJobId: runningJob(ctx)?.id ?? null,
  };
}

export const retentionHandlers: Pick<
  Handlers,
  'retention.get' | 'retention.update' | 'retention.preview' | 'retention.run'
> = {
  'retention.get': (ctx) => settingsView(ctx),

  'retention.update': (ctx, input) => {
    writePeriods(ctx.db, input.periods);
    // Months are figures, not personal data.
    ctx.audit.detail = { periods: input.periods };
    return settingsView(ctx);
  },

  'retention.preview': (ctx) => {
    const rows = previewRows(ctx.db, today(ctx));
    return { at: ctx.now, rows, total: rows.reduce((n, r) => n + r.due, 0) };
  },

  /** Starts the run with the cut-offs of today; the start row names what is due per kind. */
  'retention.run': (ctx) => {
    if (runningJob(ctx))
      throw new AppError('CONFLICT', 'A retention run is already going on.', {
        reason: 'retention.running',
      });
    const day = today(ctx);
    const rows = previewRows(ctx.db, day);
    const due = Object.fromEntries(rows.filter((r) => r.due > 0).map((r) => [r.kind, r.due]));
    const total = rows.reduce((n, r) => n + r.due, 0);
    const cutOff = Object.fromEntries(rows.map((r) => [r.kind, r.cutOff]));
    const jobId = ctx.env.ids();
    const staff = ctx.staff!;
    const owner = { clientId: ctx.clientId, staffId: staff.id, staffName: staff.display_name };
    ctx.audit.targetType = 'job';
    ctx.audit.targetId = jobId;
    ctx.audit.detail = { due, total, cutOff };
    const { env } = ctx;
    const cuts = cutOffs(ctx.db, day);
    ctx.afterCommit(() => env.jobs.start(jobId, owner, retentionJob(env, cuts, total)));
    return { jobId };
  },
};
