import { performance } from 'node:perf_hooks';
import type { Db } from '../../db/types';
import type { AppEnv, ServiceContext } from '../../ipc/context';
import { AppError, Denied } from '../../ipc/errors';
import type { JobControl, JobSpec } from '../../jobs';
import type { StaffRow } from '../staff';
import type { ImportAnalysis } from './clientImport';
import { insertClientRecord } from './clients';

/** Rows deleted or settled per statement inside a chunk (each chunk stays within its budget). */
const BATCH = 200;

/** What createClient's rules need of a call, for the job's own transactions. */
function jobContext(env: AppEnv, db: Db, staff: StaffRow): ServiceContext {
  return {
    env,
    db,
    now: env.now(),
    clientId: 'job',
    session: null,
    staff,
    audit: {},
    deny: (error) => new Denied(error),
    afterCommit: () => {},
    emitAfterCommit: () => {},
  };
}

/** The card was free at the check but another window took it while the job ran. */
function rowFailure(err: unknown, line: number): unknown {
  if (!(err instanceof AppError)) return err;
  const shape = err.toShape();
  return new AppError(shape.code, `Line ${line}: ${shape.message}`, {
    ...(shape.reason ? { reason: shape.reason } : {}),
    fields: Object.fromEntries(
      Object.entries(shape.fields ?? { row: 'invalid' }).map(([f, p]) => [`rows.${line}.${f}`, p]),
    ),
  });
}

/** Writes one transaction of rows, as many as fit in the chunk's budget; returns how many. */
function saveSome(
  env: AppEnv,
  staff: StaffRow,
  jobId: string,
  a: ImportAnalysis,
  from: number,
  deadline: number,
) {
  const db = env.db()!;
  return db
    .transaction(() => {
      const ctx = jobContext(env, db, staff);
      let i = from;
      while (i < a.valid.length) {
        const row = a.valid[i]!;
        try {
          insertClientRecord(ctx, row.input, jobId);
        } catch (err) {
          throw rowFailure(err, row.line);
        }
        i += 1;
        if (performance.now() >= deadline) break;
      }
      return i;
    })
    .immediate();
}

/** Deletes (unpublished) or unmarks (published) this job's rows, a batch at a time; 0 when none are left. */
function tidySome(db: Db, jobId: string, published: boolean, deadline: number): number {
  const pick = 'SELECT rowid FROM clients WHERE pending_job = ? LIMIT ?';
  const stmt = published
    ? db.prepare(`UPDATE clients SET pending_job = NULL WHERE rowid IN (${pick})`)
    : db.prepare(`DELETE FROM clients WHERE rowid IN (${pick})`);
  return db
    .transaction(() => {
      let changed = 0;
      let last: number;
      do {
        last = stmt.run(jobId, BATCH).changes;
        changed += last;
      } while (last > 0 && performance.now() < deadline);
      if (changed === 0) db.prepare('DELETE FROM job_writes WHERE job_id = ?').run(jobId);
      return changed;
    })
    .immediate();
}

/**
 * Leaves the job's rows as its published state says: gone when it never published, plain
 * visible rows when it did. Also what the next open runs for a job a closed app left behind.
 */
async function tidy(env: AppEnv, job: JobControl, jobId: string): Promise<boolean> {
  const db = env.db()!;
  const published =
    db.prepare('SELECT published_at FROM job_writes WHERE job_id = ?').pluck().get(jobId) != null;
  const left = () =>
    db.prepare('SELECT count(*) FROM clients WHERE pending_job = ?').pluck().get(jobId) as number;
  const total = left();
  job.progress(published ? 'publishing' : 'undoing', 0, total);
  while ((await job.chunk((deadline) => tidySome(env.db()!, jobId, published, deadline))) > 0)
    job.progress(published ? 'publishing' : 'undoing', total - left(), total);
  return published;
}

export function importJob(
  env: AppEnv,
  staff: StaffRow,
  jobId: string,
  analysis: ImportAnalysis,
): JobSpec {
  return {
    kind: 'clients.import',
    async run(job) {
      while (!(await job.chunk((deadline) => analysis.step(deadline))))
        job.progress('checking', analysis.checked, analysis.total);
      const total = analysis.valid.length;
      let saved = 0;
      job.progress('saving', 0, total);
      while (saved < total) {
        saved = await job.chunk((deadline) =>
          saveSome(env, staff, jobId, analysis, saved, deadline),
        );
        job.progress('saving', saved, total);
      }
      const result = { imported: total, invalid: analysis.invalid.length };
      // The one small transaction that makes every row visible at once, with its audit row.
      await job.chunk(() => {
        const db = env.db()!;
        db.transaction(() => {
          db.prepare('UPDATE job_writes SET published_at = ? WHERE job_id = ?').run(
            env.now(),
            jobId,
          );
          job.auditEnd(db, result);
        }).immediate();
      });
      job.pastNoReturn();
      await tidy(env, job, jobId);
      return result;
    },
    async undo(job) {
      await tidy(env, job, jobId);
    },
  };
}

/** At open: jobs the last run left unfinished are rolled back (or settled, if published). */
export function resumeImportCleanup(env: AppEnv, db: Db): void {
  const left = db.prepare('SELECT job_id FROM job_writes').pluck().all() as string[];
  for (const jobId of left) {
    const owner = { clientId: 'system', staffId: null, staffName: 'system' };
    env.jobs.start(`${jobId}-recovery`, owner, {
      kind: 'clients.import',
      target: { type: 'job', id: jobId },
      async run(job) {
        const published = await tidy(env, job, jobId);
        if (!published)
          await job.chunk(() =>
            env
              .db()!
              .transaction(() => job.auditEnd(env.db()!, { ended: 'rolledBack' }, 'failed'))(),
          );
        return {};
      },
    });
  }
}
