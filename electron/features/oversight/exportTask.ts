import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPORT_WORDS, SHEET_COLUMNS } from '../../../shared/domain/clientSheet';
import type { AppErrorShape } from '../../../shared/contract/result';
import type { Db } from '../../db/types';
import type { ReadTaskControl } from '../../jobs/readProtocol';
import { csvBytes, workbookBytes, type SheetSpec } from '../../files/workbook';

/** Progress is reported after this many files read. */
const BATCH = 500;

/** What Core hands the jobs worker for one approved export (plain data, no personal values). */
export interface ExportTaskParams {
  ids: string[];
  format: 'csv' | 'xlsx';
  folder: string;
  fileName: string;
}

export interface ExportTaskResult {
  rows: number;
}

const column = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function cells(r: Record<string, unknown>): string[] {
  return SHEET_COLUMNS.map(({ field }) => {
    const value = r[column(field)];
    if (value === null || value === undefined) return '';
    if (field === 'phones' || field === 'tags')
      return (JSON.parse(String(value)) as string[]).join('; ');
    return EXPORT_WORDS[field]?.[String(value)] ?? String(value);
  });
}

/** The sheet: every column import reads, as text, with clear values (the export was approved). */
export function clientSheet(
  db: Db,
  ids: string[],
  onBatch: (done: number) => void = () => {},
): SheetSpec {
  const found = db
    .prepare('SELECT * FROM clients WHERE id IN (SELECT value FROM json_each(?)) ORDER BY sort_key')
    .iterate(JSON.stringify(ids)) as IterableIterator<Record<string, unknown>>;
  const rows: string[][] = [];
  for (const r of found) {
    rows.push(cells(r));
    if (rows.length % BATCH === 0) onBatch(rows.length);
  }
  onBatch(rows.length);
  const columns = SHEET_COLUMNS.map((c) => ({ header: c.zh, kind: 'text' as const }));
  return { name: '客户档案', columns, rows };
}

/** A full disk, a removed stick or a file already there: the person can fix it, never INTERNAL. */
function writeRefusal(err: unknown): AppErrorShape {
  const code = (err as { code?: string }).code ?? 'unknown';
  return code === 'EEXIST'
    ? {
        code: 'CONFLICT',
        message: 'A file of that name is already there.',
        reason: 'exports.fileExists',
      }
    : {
        code: 'CONFLICT',
        message: `The file could not be written (${code}).`,
        reason: 'exports.writeFailed',
      };
}

/** Runs in the jobs worker: reads the approved files, builds the sheet, writes it once. */
export async function exportSheetTask(
  db: Db,
  params: unknown,
  ctl: ReadTaskControl,
): Promise<ExportTaskResult> {
  const p = params as ExportTaskParams;
  ctl.progress('reading', 0, p.ids.length);
  // One read transaction: every batch sees the same snapshot of the vault.
  const sheet = db.transaction(() =>
    clientSheet(db, p.ids, (done) => ctl.progress('reading', done, p.ids.length)),
  )();
  const content = p.format === 'csv' ? csvBytes([sheet]) : await workbookBytes([sheet]);
  ctl.progress('writing', 0, 1);
  await ctl.ready();
  const target = join(p.folder, p.fileName);
  try {
    // 'wx' never overwrites: an approved export is written exactly once. One call, so a
    // cancel (which ends this thread between JavaScript steps) cannot leave half a file.
    writeFileSync(target, content, { flag: 'wx', mode: 0o600 });
  } catch (err) {
    // Anything but EEXIST means the file is ours or absent: a half-written one goes.
    if ((err as { code?: string }).code !== 'EEXIST') rmSync(target, { force: true });
    throw Object.assign(new Error('write refused'), { refusal: writeRefusal(err) });
  }
  return { rows: sheet.rows.length };
}
