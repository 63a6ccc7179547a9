import type { SecrecyLevel } from '../../../shared/domain/clients';
import type { AppEnv } from '../../ipc/context';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { JobStopped, type JobSpec } from '../../jobs';
import type { StaffRow } from '../staff';
import type { ExportTaskParams, ExportTaskResult } from './exportTask';
import { recordAccess } from './fileAccess';

export interface ExportJobInput extends ExportTaskParams {
  requestId: string;
  reason: string;
}

/** Records the written file: the request's status, an access row per file, the end audit row. */
function record(env: AppEnv, staff: StaffRow, input: ExportJobInput, rows: number) {
  const db = env.db()!;
  const now = env.now();
  const secrecyOf = db.prepare('SELECT secrecy FROM clients WHERE id = ?').pluck();
  for (const clientId of input.ids) {
    recordAccess(db, {
      id: env.ids(),
      at: now,
      staffId: staff.id,
      clientId,
      secrecy: (secrecyOf.get(clientId) as SecrecyLevel | undefined) ?? 'none',
      kind: 'export',
      reason: input.reason,
    });
  }
  db.prepare(
    "UPDATE export_requests SET status = 'exported', exported_at = ?, file_name = ? WHERE id = ?",
  ).run(now, input.fileName, input.requestId);
  return { rows };
}

/**
 * Reading the files and building the sheet run in the jobs worker on its own read
 * connection; Core only says when the file may be written and then records it in one short
 * transaction. Cancel ends the worker before the write; once it writes, cancel is refused.
 */
export function exportJob(env: AppEnv, staff: StaffRow, input: ExportJobInput): JobSpec {
  let stop = () => {};
  return {
    kind: 'exports.write',
    target: { type: 'exportRequest', id: input.requestId },
    cancel: () => stop(),
    async run(job) {
      const { ids, format, folder, fileName } = input;
      // Through chunk: a cancel asked before the worker exists is seen here.
      const task = await job.chunk(() =>
        env.reads.run<ExportTaskResult>(
          'exports.sheet',
          { ids, format, folder, fileName },
          {
            progress: (phase, done, total) => job.progress(phase, done, total),
            ready: (go) => {
              job.pastNoReturn();
              go();
            },
          },
        ),
      );
      stop = task.cancel;
      const { rows } = await task.result;
      try {
        await job.chunk(() => {
          const db = env.db()!;
          db.transaction(() => {
            const result = record(env, staff, input, rows);
            job.auditEnd(db, { ...result, format, fileName });
          }).immediate();
        });
      } catch (err) {
        // An export nobody recorded must not stay on disk (and block its own retry).
        if (!(err instanceof JobStopped)) rmSync(join(folder, fileName), { force: true });
        throw err;
      }
      return { fileName };
    },
  };
}
