import type { IntegrityAtOpen, IntegrityFull } from '../../../shared/contract/integrityViews';
import { verifyAuditTail } from '../../audit/tail';
import { VaultError } from '../../db/errors';
import type { QuickCheckReport } from '../../db/quickCheck';
import type { Db } from '../../db/types';
import type { Handlers } from '../../ipc/handler';
import { AppError } from '../../ipc/errors';
import { integrityJob } from './integrityJob';

/**
 * The audit tail at open. A break does not refuse the vault (its records still read; it is
 * evidence of an edit, and locking the site out would not undo it): integrity.status shows it
 * to admin and supervisor, and the full job that follows writes it into the log. Opening
 * writes nothing. A page that cannot be read is DAMAGED.
 */
export function checkAtOpen(db: Db, quick: QuickCheckReport, now: number): IntegrityAtOpen {
  let tail;
  try {
    tail = verifyAuditTail(db);
  } catch (err) {
    if ((err as { code?: string }).code === 'SQLITE_CORRUPT')
      throw new VaultError('DAMAGED', 'The vault file is damaged.');
    throw err;
  }
  const report: IntegrityAtOpen = {
    at: now,
    tablesChecked: quick.checked,
    tablesLeft: quick.skipped,
    auditChecked: tail.checked,
    auditIntact: tail.intact,
    auditBreakSeq: tail.breakSeq,
  };
  return report;
}

/** The last full check, from its end audit row (so it survives a restart). */
function lastFull(db: Db): IntegrityFull | null {
  const row = db
    .prepare(
      "SELECT at, detail FROM audit_log WHERE action = 'integrity.check.end' ORDER BY seq DESC LIMIT 1",
    )
    .get() as { at: number; detail: string | null } | undefined;
  if (!row) return null;
  const d = JSON.parse(row.detail ?? '{}') as Partial<IntegrityFull> & { ended?: string };
  if (d.ended !== 'done')
    return {
      at: row.at,
      storageOk: false,
      storageProblems: 0,
      auditIntact: false,
      auditChecked: 0,
      auditBreakSeq: null,
      unfinished: true,
    };
  return {
    at: row.at,
    storageOk: d.storageOk === true,
    storageProblems: d.storageProblems ?? 0,
    auditIntact: d.auditIntact === true,
    auditChecked: d.auditChecked ?? 0,
    auditBreakSeq: d.auditBreakSeq ?? null,
  };
}

const running = (ctx: { env: { jobs: { running(): { kind: string }[] } } }) =>
  ctx.env.jobs.running().some((j) => j.kind === 'integrity.check');

export const integrityHandlers: Pick<Handlers, 'integrity.status' | 'integrity.run'> = {
  'integrity.status': (ctx) => ({
    atOpen: ctx.env.integrityAtOpen(),
    lastFull: lastFull(ctx.db),
    running: running(ctx),
  }),

  'integrity.run': (ctx) => {
    if (running(ctx))
      throw new AppError('CONFLICT', 'A full check is already running.', {
        reason: 'integrity.running',
      });
    const jobId = ctx.env.ids();
    const { env, staff } = ctx;
    const owner = { clientId: ctx.clientId, staffId: staff!.id, staffName: staff!.display_name };
    ctx.audit.targetType = 'job';
    ctx.audit.targetId = jobId;
    ctx.afterCommit(() => env.jobs.start(jobId, owner, integrityJob(env)));
    return { jobId };
  },
};
