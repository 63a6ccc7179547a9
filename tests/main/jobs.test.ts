import { describe, expect, it } from 'vitest';
import type { JobView } from '../../shared/contract';
import { frontDesk } from '../helpers/deskFixtures';
import { importSheet, untilJob } from '../helpers/jobFixtures';

type Desk = ReturnType<typeof frontDesk>;

/** What every query shows of the import: the list total, a search hit, the raw table. */
function seen(v: Desk) {
  return {
    listed: v.ok('clients.list', {}, v.as('reception')).total,
    found: v.ok('clients.search', { q: '导入客户' }, v.as('reception')).length,
    byCard: v.ok('clients.search', { q: 'JOB-000001' }, v.as('reception')).length,
  };
}

const rawClients = (v: Desk) => v.count('clients');
const jobAudit = (v: Desk) =>
  v.rows(
    "SELECT action, outcome, detail FROM audit_log WHERE action LIKE 'clients.import%' ORDER BY seq",
  ) as { action: string; outcome: string; detail: string }[];

function start(v: Desk, rows: number, who: 'duty' | 'supervisor' = 'duty'): string {
  return v.ok('clients.importCommit', { fileName: 'big.csv', rows: importSheet(rows) }, v.as(who))
    .jobId;
}

describe('import as a job', () => {
  it('imports 50,000 rows in chunks, pushing progress to the owner’s windows, and publishes them at once', async () => {
    const v = frontDesk();
    const before = seen(v);
    const jobId = start(v, 50_000);
    // Answered at once: nothing written yet, the job runs between calls.
    expect(v.core.jobs.get(jobId)).toMatchObject({ state: 'running', kind: 'clients.import' });
    const saving = await untilJob(v.core, jobId, (j) => j.phase === 'saving' && j.done > 0);
    expect(saving.done).toBeLessThan(50_000);
    // Written but unpublished: in the table, in no answer; the desk works meanwhile.
    expect(rawClients(v)).toBeGreaterThan(before.listed);
    expect(seen(v)).toEqual(before);
    expect(v.ok('desk.checkIn', { clientId: v.zhang.id }, v.as('reception')).checkIn).toBeTruthy();
    const end = await v.core.jobs.whenEnded(jobId);
    expect(end).toMatchObject({ state: 'done', result: { imported: 50_000, invalid: 0 } });
    expect(seen(v)).toEqual({ listed: before.listed + 50_000, found: 20, byCard: 1 });
    expect(v.count('job_writes')).toBe(0);
    expect(v.rows('SELECT 1 FROM clients WHERE pending_job IS NOT NULL')).toHaveLength(0);
    // Events went to the duty manager's window only, and the last one says it is done.
    const mine = v.events.filter((e) => e.event === 'job.progress');
    expect(new Set(mine.map((e) => e.clientId))).toEqual(new Set([v.as('duty')]));
    const phases = mine.map((e) => (e.payload as JobView).phase);
    expect(phases).toEqual(expect.arrayContaining(['checking', 'saving', 'finished']));
    expect(mine.at(-1)!.payload).toMatchObject({ state: 'done' });
    expect(v.ok('jobs.list', {}, v.as('duty'))[0]).toMatchObject({ id: jobId, state: 'done' });
    expect(v.ok('jobs.list', {}, v.as('reception'))).toEqual([]);
    expect(jobAudit(v).map((a) => [a.action, a.outcome])).toEqual([
      ['clients.importCommit', 'ok'],
      ['clients.import.end', 'ok'],
    ]);
  }, 180_000);

  it('a cancelled job leaves nothing and says so in the audit log', async () => {
    const v = frontDesk();
    const before = rawClients(v);
    const jobId = start(v, 3000);
    await untilJob(v.core, jobId, (j) => j.phase === 'saving' && j.done > 0);
    expect(v.call('jobs.cancel', { id: jobId }, v.as('reception'))).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
    v.ok('jobs.cancel', { id: jobId }, v.as('duty'));
    const end = await v.core.jobs.whenEnded(jobId);
    expect(end).toMatchObject({ state: 'cancelled', error: { reason: 'jobs.cancelled' } });
    expect(rawClients(v)).toBe(before);
    expect(v.count('job_writes')).toBe(0);
    expect(v.rows("SELECT 1 FROM client_search WHERE term LIKE 'c:job-%'")).toHaveLength(0);
    expect(jobAudit(v).at(-1)).toMatchObject({ action: 'clients.import.end', outcome: 'failed' });
    expect(JSON.parse(jobAudit(v).at(-1)!.detail)).toMatchObject({ ended: 'cancelled' });
    expect(v.call('jobs.cancel', { id: jobId }, v.as('duty'))).toMatchObject({
      error: { code: 'CONFLICT', reason: 'jobs.ended' },
    });
  });

  it('fails and leaves nothing when another window takes one of its card numbers meanwhile', async () => {
    const v = frontDesk();
    const before = rawClients(v);
    const jobId = start(v, 3000);
    await untilJob(v.core, jobId, (j) => j.phase === 'saving' && j.done > 0);
    v.ok(
      'clients.create',
      { kind: 'person', name: '抢号', cardNumber: 'JOB-002999' },
      v.as('reception'),
    );
    const end = await v.core.jobs.whenEnded(jobId);
    expect(end).toMatchObject({
      state: 'failed',
      error: {
        code: 'CONFLICT',
        reason: 'clients.cardTaken',
        fields: { 'rows.3001.cardNumber': 'duplicate' },
      },
    });
    expect(rawClients(v)).toBe(before + 1);
    expect(v.ok('clients.search', { q: '导入客户' }, v.as('reception'))).toEqual([]);
  });

  it('an import the app did not finish is rolled back when the vault next opens', async () => {
    const v = frontDesk();
    const before = rawClients(v);
    const jobId = start(v, 3000);
    await untilJob(v.core, jobId, (j) => j.phase === 'saving' && j.done > 0);
    expect(rawClients(v)).toBeGreaterThan(before);
    const core = v.reopen();
    const [recovery] = core.jobs.running();
    expect(recovery).toBeDefined();
    await core.jobs.whenEnded(recovery!.id);
    expect(core.db!.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(before);
    expect(core.db!.prepare('SELECT count(*) FROM job_writes').pluck().get()).toBe(0);
    const last = core
      .db!.prepare('SELECT action, outcome, target_id FROM audit_log ORDER BY seq DESC LIMIT 1')
      .get();
    expect(last).toEqual({ action: 'clients.import.end', outcome: 'failed', target_id: jobId });
  });

  it('the preview is a job of its own, checked in chunks, its report for the starter only', async () => {
    const v = frontDesk();
    const { jobId } = v.ok(
      'clients.importPreview',
      { fileName: 'big.csv', rows: importSheet(20_000) },
      v.as('duty'),
    );
    expect(v.core.jobs.get(jobId)).toMatchObject({ kind: 'clients.preview', state: 'running' });
    // Part-way through, between two chunks: the desk is answered.
    const partWay = await untilJob(v.core, jobId, (j) => j.phase === 'checking' && j.done > 0);
    expect(partWay).toMatchObject({ state: 'running', total: 20_000 });
    expect(partWay.done).toBeLessThan(20_000);
    expect(v.ok('desk.checkIn', { clientId: v.zhang.id }, v.as('reception')).checkIn).toBeTruthy();
    expect(v.call('clients.importPreviewResult', { jobId }, v.as('duty'))).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
    expect(await v.core.jobs.whenEnded(jobId)).toMatchObject({
      state: 'done',
      result: { valid: 20_000, invalid: 0 },
    });
    const report = v.ok('clients.importPreviewResult', { jobId }, v.as('duty'));
    expect(report).toMatchObject({ valid: 20_000, invalid: [] });
    expect(report.sample).toHaveLength(5);
    // The report's names travel in no event and no audit row.
    const progress = v.events.filter((e) => e.event === 'job.progress');
    expect(JSON.stringify(progress)).not.toContain('导入客户');
    expect(JSON.stringify(v.rows('SELECT detail FROM audit_log'))).not.toContain('导入客户');
    expect(v.count('clients')).toBe(2);
  }, 60_000);

  it('refuses a sheet without a name column before starting anything', () => {
    const v = frontDesk();
    const r = v.call(
      'clients.importCommit',
      { fileName: 'x.csv', rows: [['手机'], ['1']] },
      v.as('duty'),
    );
    expect(r).toMatchObject({ error: { code: 'VALIDATION', fields: { rows: 'noNameColumn' } } });
    expect(v.count('job_writes')).toBe(0);
    expect(v.call('jobs.cancel', { id: '' }, v.as('duty'))).toMatchObject({
      error: { code: 'VALIDATION', fields: { id: expect.any(String) } },
    });
  });
});
