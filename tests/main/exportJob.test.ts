import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { clientSheet } from '../../electron/features/oversight/exportTask';
import { csvBytes } from '../../electron/files/workbook';
import { frontDesk } from '../helpers/deskFixtures';
import { importSheet, untilJob } from '../helpers/jobFixtures';
import { exportDirOf } from '../helpers/testVault';

type Desk = ReturnType<typeof frontDesk>;

/** A desk with n imported files, and an approved export of all of them (plus 张三). */
async function approvedExport(n: number, format: 'csv' | 'xlsx' = 'csv') {
  const v = frontDesk();
  const imported = v.ok(
    'clients.importCommit',
    { fileName: 'x.csv', rows: importSheet(n) },
    v.as('duty'),
  );
  await v.core.jobs.whenEnded(imported.jobId);
  const ids = v.rows('SELECT id FROM clients ORDER BY id').map((r) => (r as { id: string }).id);
  const req = v.ok(
    'exports.request',
    { clientIds: ids, format, reason: '年度会员对账' },
    v.as('duty'),
  );
  v.ok('exports.approve', { id: req.id }, v.as('supervisor'));
  return { v, ids, req };
}

const folderFiles = (v: Desk) =>
  existsSync(exportDirOf(v.dir)) ? readdirSync(exportDirOf(v.dir)) : [];
const statusOf = (v: Desk, id: string) =>
  v.ok('exports.list', {}, v.as('duty')).find((r) => r.id === id)!;
const exportAccessRows = (v: Desk) =>
  v.rows("SELECT 1 FROM file_access WHERE kind = 'export'").length;

/** Holds this thread (no event loop turn) until the condition holds; gives up after a while. */
function holdThreadUntil(done: () => boolean): boolean {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let i = 0; i < 500 && !done(); i += 1) Atomics.wait(pause, 0, 0, 20);
  return done();
}

describe('export writing as a job on the jobs worker', () => {
  it('writes the same CSV bytes an in-process build of the approved files gives', async () => {
    const { v, ids, req } = await approvedExport(300);
    const { jobId } = v.ok('exports.run', { id: req.id }, v.as('duty'));
    const end = await v.core.jobs.whenEnded(jobId);
    expect(end).toMatchObject({ state: 'done', kind: 'exports.write' });
    const done = statusOf(v, req.id);
    expect(done).toMatchObject({ status: 'exported', fileName: end.result!.fileName });
    const written = readFileSync(join(exportDirOf(v.dir), done.fileName!));
    expect(written.equals(csvBytes([clientSheet(v.core.db!, ids)]))).toBe(true);
    expect(written.toString('utf8')).toContain('导入客户000299');
    expect(exportAccessRows(v)).toBe(ids.length);
    const endRow = v.rows(
      "SELECT outcome, target_id, detail FROM audit_log WHERE action = 'exports.write.end'",
    ) as { outcome: string; target_id: string; detail: string }[];
    expect(endRow).toHaveLength(1);
    expect(endRow[0]).toMatchObject({ outcome: 'ok', target_id: req.id });
    expect(JSON.parse(endRow[0]!.detail)).toMatchObject({ rows: ids.length, format: 'csv' });
  });

  it.skipIf(process.platform === 'win32')(
    'writes the approved file 0600: client data readable by this account only',
    async () => {
      const { v, req } = await approvedExport(5);
      const { jobId } = v.ok('exports.run', { id: req.id }, v.as('duty'));
      const { result } = await v.core.jobs.whenEnded(jobId);
      const file = join(exportDirOf(v.dir), result!.fileName!);
      expect(statSync(file).mode & 0o777).toBe(0o600);
    },
  );

  it('writes an XLSX whose sheet reads back as the approved files', async () => {
    const { v, ids, req } = await approvedExport(50, 'xlsx');
    const { jobId } = v.ok('exports.run', { id: req.id }, v.as('duty'));
    const { result } = await v.core.jobs.whenEnded(jobId);
    const sheet = await readSheet(join(exportDirOf(v.dir), result!.fileName!));
    const expected = clientSheet(v.core.db!, ids);
    expect(sheet[0]).toEqual(expected.columns.map((c) => c.header));
    // Every value is a text cell, so it reads back as the same string (or empty).
    expect(sheet.slice(1).map((row) => row.map((c) => (c === null ? '' : c)))).toEqual(
      expected.rows,
    );
  });

  it('runs on its own thread: the desk answers meanwhile, and the file is written while this thread is held', async () => {
    const { v, req } = await approvedExport(2000);
    const { jobId } = v.ok('exports.run', { id: req.id }, v.as('duty'));
    await untilJob(v.core, jobId, (j) => j.phase === 'reading');
    expect(v.ok('desk.checkIn', { clientId: v.zhang.id }, v.as('reception')).checkIn).toBeTruthy();
    expect(v.call('exports.run', { id: req.id }, v.as('duty'))).toMatchObject({
      error: { code: 'CONFLICT', reason: 'exports.running' },
    });
    // Past its point of no return the worker writes on its own: Core's thread is held here.
    const writing = await untilJob(v.core, jobId, (j) => !j.cancellable);
    expect(writing.state).toBe('running');
    expect(holdThreadUntil(() => folderFiles(v).length === 1)).toBe(true);
    expect(await v.core.jobs.whenEnded(jobId)).toMatchObject({ state: 'done' });
  });

  it('a cancel ends the worker and leaves no file; the export can then be written', async () => {
    const { v, req } = await approvedExport(2000);
    const { jobId } = v.ok('exports.run', { id: req.id }, v.as('duty'));
    expect(v.call('jobs.cancel', { id: jobId }, v.as('supervisor'))).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
    v.ok('jobs.cancel', { id: jobId }, v.as('duty'));
    expect(await v.core.jobs.whenEnded(jobId)).toMatchObject({
      state: 'cancelled',
      error: { reason: 'jobs.cancelled' },
    });
    expect(folderFiles(v)).toEqual([]);
    expect(statusOf(v, req.id).status).toBe('approved');
    expect(exportAccessRows(v)).toBe(0);
    const end = v.rows(
      "SELECT outcome, detail FROM audit_log WHERE action = 'exports.write.end'",
    ) as { outcome: string; detail: string }[];
    expect(end.map((r) => [r.outcome, JSON.parse(r.detail).ended])).toEqual([
      ['failed', 'cancelled'],
    ]);
    const again = v.ok('exports.run', { id: req.id }, v.as('duty'));
    expect(await v.core.jobs.whenEnded(again.jobId)).toMatchObject({ state: 'done' });
    expect(folderFiles(v)).toHaveLength(1);
  });

  it('a file of that name already there is a CONFLICT, left untouched, and nothing is recorded', async () => {
    const { v, req } = await approvedExport(10);
    const { jobId } = v.ok('exports.run', { id: req.id }, v.as('duty'));
    const call = v.rows("SELECT detail FROM audit_log WHERE action = 'exports.run'") as {
      detail: string;
    }[];
    const fileName = JSON.parse(call[0]!.detail).fileName as string;
    // Someone puts a file of that name there before the worker writes (it waits for Core's go).
    writeFileSync(join(exportDirOf(v.dir), fileName), 'theirs');
    expect(await v.core.jobs.whenEnded(jobId)).toMatchObject({
      state: 'failed',
      error: { code: 'CONFLICT', reason: 'exports.fileExists' },
    });
    expect(readFileSync(join(exportDirOf(v.dir), fileName), 'utf8')).toBe('theirs');
    expect(statusOf(v, req.id).status).toBe('approved');
    expect(exportAccessRows(v)).toBe(0);
  });
});
