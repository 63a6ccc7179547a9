import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { JobKind } from '../../shared/contract/jobViews';
import type { Db } from '../db/types';
import type { AppEnv, ServiceContext } from '../ipc/context';
import { AppError, validation } from '../ipc/errors';
import { JobStopped, type JobOwner, type JobSpec } from './runner';

/** The folder main asked the person for (a dialog in Electron); it must exist. */
export function exportFolder(ctx: ServiceContext): string {
  const folder = ctx.env.chooseFolder(ctx.clientId);
  if (!folder)
    throw new AppError('CONFLICT', 'No folder was chosen.', { reason: 'exports.noFolder' });
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw validation({ folder: 'missing' });
  return folder;
}

/** The signed-in person a job reports to. */
export function jobOwner(ctx: ServiceContext): JobOwner {
  const staff = ctx.staff!;
  return { clientId: ctx.clientId, staffId: staff.id, staffName: staff.display_name };
}

export interface WorkerFile<R> {
  kind: JobKind;
  target?: { type: string; id: string };
  /** The jobs worker's task: reads, builds the file, waits for Core's go, writes it once. */
  task: string;
  params: unknown;
  folder: string;
  fileName: string;
  /** In Core's one short end transaction: records the written file; the end audit detail. */
  record(db: Db, result: R): Record<string, unknown>;
}

/**
 * A file built and written by the jobs worker, recorded by Core. Cancel ends the worker
 * before the write; once the worker is past its go, cancel is refused. A file nobody
 * recorded is removed, so it neither stays on disk nor blocks its own retry.
 */
export function workerFileJob<R>(env: AppEnv, spec: WorkerFile<R>): JobSpec {
  let stop = () => {};
  return {
    kind: spec.kind,
    ...(spec.target ? { target: spec.target } : {}),
    cancel: () => stop(),
    async run(job) {
      // Through chunk: a cancel asked before the worker exists is seen here.
      const task = await job.chunk(() =>
        env.reads.run<R>(spec.task, spec.params, {
          progress: (phase, done, total) => job.progress(phase, done, total),
          ready: (go) => {
            job.pastNoReturn();
            go();
          },
        }),
      );
      stop = task.cancel;
      const result = await task.result;
      try {
        await job.chunk(() => {
          const db = env.db()!;
          db.transaction(() => job.auditEnd(db, spec.record(db, result))).immediate();
        });
      } catch (err) {
        if (!(err instanceof JobStopped)) rmSync(join(spec.folder, spec.fileName), { force: true });
        throw err;
      }
      return { fileName: spec.fileName };
    },
  };
}
