import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '../../../shared/domain/roles';
import type { Db } from '../../db/types';
import { workbookBytes } from '../../files/workbook';
import type { ReadTaskControl } from '../../jobs';
import { complaintSheet, type ExportFilter } from './exportSheet';

export const COMPLAINT_EXPORT_TASK = 'complaints.sheet';

/** What Core hands the jobs worker (plain data; the filter's text is the requester's own). */
export interface ComplaintExportParams {
  filter: ExportFilter;
  role: Role;
  withNotes: boolean;
  now: number;
  folder: string;
  fileName: string;
}

/** Runs in the jobs worker: reads the cases in one snapshot, builds the sheet, writes it once. */
export async function complaintExportTask(
  db: Db,
  params: unknown,
  ctl: ReadTaskControl,
): Promise<{ rows: number }> {
  const p = params as ComplaintExportParams;
  ctl.progress('reading', 0, 0);
  const sheet = db.transaction(() =>
    complaintSheet(db, p, (done, total) => ctl.progress('reading', done, total)),
  )();
  const content = await workbookBytes([sheet]);
  ctl.progress('writing', 0, 1);
  await ctl.ready();
  const target = join(p.folder, p.fileName);
  try {
    // 'wx': never over another file; one call, so a cancel cannot leave half a file.
    writeFileSync(target, content, { flag: 'wx', mode: 0o600 });
  } catch (err) {
    const code = (err as { code?: string }).code ?? 'unknown';
    if (code !== 'EEXIST') rmSync(target, { force: true });
    throw Object.assign(new Error('write refused'), {
      refusal: {
        code: 'CONFLICT',
        message: `The file could not be written (${code}).`,
        reason: code === 'EEXIST' ? 'exports.fileExists' : 'exports.writeFailed',
      },
    });
  }
  return { rows: sheet.rows.length };
}
