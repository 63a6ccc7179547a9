import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportPeriod, ReportView } from '../../../shared/contract/reportViews';
import type { Language } from '../../../shared/contract/views';
import type { Db } from '../../db/types';
import { csvBytes, workbookBytes } from '../../files/workbook';
import type { ReadTaskControl } from '../../jobs';
import { buildReport } from './buildReport';
import { reportSheets } from './reportSheets';

export const REPORT_BUILD_TASK = 'reports.build';
export const REPORT_EXPORT_TASK = 'reports.sheets';

/** What Core hands the jobs worker: plain data only. */
export interface ReportBuildParams {
  period: ReportPeriod;
  now: number;
}

export interface ReportExportParams extends ReportBuildParams {
  format: 'xlsx' | 'csv';
  language: Language;
  folder: string;
  fileName: string;
}

function build(db: Db, p: ReportBuildParams, ctl: ReadTaskControl): ReportView {
  ctl.progress('reading', 0, 0);
  return buildReport(db, p.period, p.now, (done, total) => ctl.progress('reading', done, total));
}

/** Runs in the jobs worker: every section of both periods, in one read snapshot. */
export function reportBuildTask(
  db: Db,
  params: unknown,
  ctl: ReadTaskControl,
): Promise<ReportView> {
  return Promise.resolve(build(db, params as ReportBuildParams, ctl));
}

function refusal(code: string): Error {
  return Object.assign(new Error('write refused'), {
    refusal: {
      code: 'CONFLICT',
      message: `The file could not be written (${code}).`,
      reason: code === 'EEXIST' ? 'exports.fileExists' : 'exports.writeFailed',
    },
  });
}

/** Builds the report, makes the file, and after Core's go writes it in one call. */
export async function reportExportTask(
  db: Db,
  params: unknown,
  ctl: ReadTaskControl,
): Promise<{ sheets: number }> {
  const p = params as ReportExportParams;
  const view = build(db, p, ctl);
  const sheets = reportSheets(view, p.language);
  const content = p.format === 'xlsx' ? await workbookBytes(sheets) : csvBytes(sheets);
  ctl.progress('writing', 0, 1);
  await ctl.ready();
  const target = join(p.folder, p.fileName);
  try {
    // 'wx': never over another file; one call, so a cancel cannot leave half a file.
    writeFileSync(target, content, { flag: 'wx', mode: 0o600 });
  } catch (err) {
    const code = (err as { code?: string }).code ?? 'unknown';
    if (code !== 'EEXIST') rmSync(target, { force: true });
    throw refusal(code);
  }
  return { sheets: sheets.length };
}
