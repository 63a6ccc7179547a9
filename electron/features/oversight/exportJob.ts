import type { SecrecyLevel } from '../../../shared/domain/clients';
import type { AppEnv } from '../../ipc/context';
import { workerFileJob, type JobSpec } from '../../jobs';
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
 * transaction (an access row per file, the request's status, the end audit row).
 */
export function exportJob(env: AppEnv, staff: StaffRow, input: ExportJobInput): JobSpec {
  const { ids, format, folder, fileName } = input;
  return workerFileJob<ExportTaskResult>(env, {
    kind: 'exports.write',
    target: { type: 'exportRequest', id: input.requestId },
    task: 'exports.sheet',
    params: { ids, format, folder, fileName },
    folder,
    fileName,
    record: (_db, { rows }) => ({ ...record(env, staff, input, rows), format, fileName }),
  });
}
