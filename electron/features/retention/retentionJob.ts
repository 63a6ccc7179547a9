import { performance } from 'node:perf_hooks';
import type { RetentionKind } from '../../../shared/domain/retention';
import { addDays } from '../../../shared/domain/time';
import type { AppEnv } from '../../ipc/context';
import type { Db } from '../../db/types';
import { Cancelled, type JobControl, type JobSpec } from '../../jobs';
import { purgeHandoversBefore } from '../handover';
import { dueIds, type CutOff } from './retentionQueries';
import { RETENTION_SOURCES, type RetentionSource } from './retentionSources';

/** Records per SELECT inside a chunk; the chunk takes batches until its time is up. */
const BATCH = 25;
/** Handovers go a week of business days per step, each handover whole. */
const HANDOVER_STEP_DAYS = 7;

export type RetentionCounts = Partial<Record<RetentionKind, number>>;

interface Run {
  env: AppEnv;
  job: JobControl;
  cuts: Record<RetentionKind, CutOff>;
  counts: RetentionCounts;
  total: number;
  done: number;
}

const add = (r: Run, kind: RetentionKind, n: number) => {
  r.counts[kind] = (r.counts[kind] ?? 0) + n;
  r.done += n;
};

/** One chunk: whole records of one source until the budget is spent; false once none is due. */
function sourceChunk(db: Db, r: Run, s: RetentionSource, deadline: number): boolean {
  return db
    .transaction(() => {
      const now = r.env.now();
      for (;;) {
        const ids = dueIds(db, s, r.cuts[s.kind], BATCH);
        for (const id of ids) s.anonymise(db, id, now);
        add(r, s.kind, ids.length);
        if (ids.length < BATCH) return false;
        if (performance.now() >= deadline) return true;
      }
    })
    .immediate();
}

async function runSource(r: Run, s: RetentionSource): Promise<void> {
  let more = true;
  while (more) {
    more = await r.job.chunk((deadline) => sourceChunk(r.env.db()!, r, s, deadline));
    r.job.progress('anonymising', r.done, r.total);
  }
}

/** Handovers past their period go as handover.purgeExpired removes them (anchors stay). */
async function runHandovers(r: Run): Promise<void> {
  const cut = r.cuts.handovers.day;
  for (;;) {
    const more = await r.job.chunk(() => {
      const db = r.env.db()!;
      return db
        .transaction(() => {
          const oldest = db
            .prepare('SELECT min(business_date) FROM handovers WHERE business_date < ?')
            .pluck()
            .get(cut) as string | null;
          if (oldest === null) return false;
          const upTo = addDays(oldest, HANDOVER_STEP_DAYS);
          add(r, 'handovers', purgeHandoversBefore(db, upTo < cut ? upTo : cut));
          return true;
        })
        .immediate();
    });
    r.job.progress('anonymising', r.done, r.total);
    if (!more) return;
  }
}

/** The old page images of what was blanked leave the WAL too (secure_delete zeroes the file). */
function checkpoint(env: AppEnv): void {
  env.db()?.pragma('wal_checkpoint(TRUNCATE)');
}

/**
 * The run: every source in turn, in chunks of whole records (so a cancel between two chunks
 * leaves each record either as it was or fully anonymised), then the end row with the counts
 * per kind. A cancel writes that row too, with what was done.
 */
export function retentionJob(
  env: AppEnv,
  cuts: Record<RetentionKind, CutOff>,
  total: number,
): JobSpec {
  return {
    kind: 'retention.run',
    // Cancel is checked before each chunk; nothing needs undoing.
    cancel: () => {},
    async run(job) {
      const r: Run = { env, job, cuts, counts: {}, total, done: 0 };
      job.progress('anonymising', 0, total);
      try {
        for (const s of RETENTION_SOURCES) await runSource(r, s);
        await runHandovers(r);
      } catch (err) {
        const db = env.db();
        if (err instanceof Cancelled && db) {
          db.transaction(() =>
            job.auditEnd(
              db,
              { ended: 'cancelled', counts: r.counts, anonymised: r.done },
              'failed',
            ),
          ).immediate();
          checkpoint(env);
        }
        throw err;
      }
      job.pastNoReturn();
      await job.chunk(() => {
        const db = env.db()!;
        db.transaction(() =>
          job.auditEnd(db, { counts: r.counts, anonymised: r.done }),
        ).immediate();
      });
      checkpoint(env);
      return { anonymised: r.done };
    },
  };
}
