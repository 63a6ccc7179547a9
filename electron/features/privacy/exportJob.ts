import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { businessDate } from '../../../shared/domain/time';
import { workbookBytes } from '../../files/workbook';
import type { AppEnv } from '../../ipc/context';
import { AppError } from '../../ipc/errors';
import type { Handlers } from '../../ipc/handler';
import { exportFolder, jobOwner, JobStopped, type JobSpec } from '../../jobs';
import { recordAccess } from '../oversight';
import type { StaffRow } from '../staff';
import { personSheets } from './exportSheets';
import { loadRequest, type RequestRow } from './requests';
import { subjectOfRequest } from './subject';

interface Params {
  row: RequestRow;
  folder: string;
  fileName: string;
}

/** The export is done: the request keeps the file's name, not whom it was about. */
function record(env: AppEnv, staff: StaffRow, p: Params, sheets: number) {
  const db = env.db()!;
  const now = env.now();
  if (p.row.client_id)
    recordAccess(db, {
      id: env.ids(),
      at: now,
      staffId: staff.id,
      clientId: p.row.client_id,
      secrecy: p.row.secrecy as 'none',
      kind: 'export',
      reason: p.row.reason,
    });
  db.prepare(
    "UPDATE person_requests SET status = 'exported', done_at = ?, file_name = ?, subject = NULL WHERE id = ?",
  ).run(now, p.fileName, p.row.id);
  return { sheets };
}

/**
 * One person's records are a few hundred rows at most, so they are read in one chunk on
 * Core's thread; the workbook is zipped off the transaction (it is async) and written once
 * with 'wx'. Past the write the job cannot be cancelled.
 */
function personExportJob(env: AppEnv, staff: StaffRow, p: Params): JobSpec {
  return {
    kind: 'personData.export',
    target: { type: 'personRequest', id: p.row.id },
    async run(job) {
      job.progress('reading', 0, 1);
      const sheets = await job.chunk(() => {
        const s = subjectOfRequest(env.db()!, p.row.client_id, p.row.subject);
        if (!s)
          throw new AppError('NOT_FOUND', 'The client file is gone.', {
            reason: 'personData.gone',
          });
        return personSheets(env.db()!, s);
      });
      const bytes = await workbookBytes(sheets);
      job.pastNoReturn();
      job.progress('writing', 0, 1);
      const path = join(p.folder, p.fileName);
      try {
        writeFileSync(path, bytes, { flag: 'wx', mode: 0o600 });
      } catch {
        throw new AppError('CONFLICT', 'The file could not be written.', {
          reason: 'exports.writeFailed',
        });
      }
      try {
        await job.chunk(() => {
          const db = env.db()!;
          db.transaction(() => {
            job.auditEnd(db, { ...record(env, staff, p, sheets.length), fileName: p.fileName });
          }).immediate();
        });
      } catch (err) {
        if (!(err instanceof JobStopped)) rmSync(path, { force: true });
        throw err;
      }
      return { fileName: p.fileName };
    },
  };
}

export const personExportHandlers: Pick<Handlers, 'personData.export'> = {
  'personData.export': (ctx, input) => {
    const row = loadRequest(ctx, input.id);
    if (row.kind !== 'export' || row.status === 'exported')
      throw new AppError('CONFLICT', 'There is nothing to export for this request.', {
        reason: 'exports.done',
      });
    if (row.status !== 'approved')
      throw new AppError('CONFLICT', 'This export is not approved.', {
        reason: 'exports.notApproved',
      });
    if (ctx.env.jobs.runningOn('personRequest', row.id))
      throw new AppError('CONFLICT', 'This export is being written.', {
        reason: 'exports.running',
      });
    const folder = exportFolder(ctx);
    const stamp = businessDate(ctx.now).replace(/-/g, '');
    const fileName = `deskbook-person-${stamp}-${row.id.slice(-8)}.xlsx`;
    const jobId = ctx.env.ids();
    ctx.audit.detail = { fileName, job: jobId };
    const { env, staff } = ctx;
    const owner = jobOwner(ctx);
    ctx.afterCommit(() =>
      env.jobs.start(jobId, owner, personExportJob(env, staff!, { row, folder, fileName })),
    );
    return { jobId };
  },
};
