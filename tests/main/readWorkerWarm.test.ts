import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/app/core';
import type { ReportView } from '../../shared/contract/reportViews';
import { ADMIN, FakeClock, makeCore } from '../helpers/testVault';

/** The app keeps one jobs worker loaded (coreWorker.ts sets warmReadWorker). */
const cores: Core[] = [];
const dirs: string[] = [];
afterEach(() => {
  cores.splice(0).forEach((c) => c.close());
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

function warmCore(warm: boolean): Core {
  const dir = mkdtempSync(join(tmpdir(), 'deskbook-warm-'));
  dirs.push(dir);
  const core = makeCore(dir, new FakeClock(), undefined, { warmReadWorker: warm });
  cores.push(core);
  const setup = core.dispatch(
    'vault.setup',
    { siteName: '阳光健身', language: 'zh-CN', admin: ADMIN },
    'w',
  );
  expect(setup.ok).toBe(true);
  const login = core.dispatch('auth.login', { username: ADMIN.username, pin: ADMIN.pin }, 'w');
  expect(login.ok).toBe(true);
  return core;
}

async function dayReport(core: Core) {
  const r = core.dispatch('reports.build', { kind: 'day', from: '2026-11-22' }, 'w');
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const { jobId } = r.data as { jobId: string };
  return { end: await core.jobs.whenEnded(jobId), jobId };
}

const exited = (w: { once(e: 'exit', f: () => void): unknown }) =>
  new Promise<void>((resolve) => w.once('exit', () => resolve()));

describe('warm jobs worker', () => {
  it('waits loaded after the vault opens and runs the next task, then another one loads', async () => {
    const core = warmCore(true);
    const spare = core.reads.waiting;
    expect(spare).not.toBeNull();
    const { end, jobId } = await dayReport(core);
    expect(end.state).toBe('done');
    const view = core.dispatch('reports.result', { jobId }, 'w');
    expect(view.ok && (view.data as ReportView).period.from).toBe('2026-11-22');
    // The task ran on the waiting thread; once it ended, a new one was loaded to wait.
    await expect.poll(() => core.reads.waiting).not.toBeNull();
    expect(core.reads.waiting).not.toBe(spare);
  });

  it('cancels a task on the warm thread like any other', async () => {
    const core = warmCore(true);
    const r = core.dispatch(
      'reports.build',
      { kind: 'range', from: '2025-01-01', to: '2026-11-22' },
      'w',
    );
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const { jobId } = r.data as { jobId: string };
    const cancel = core.dispatch('jobs.cancel', { id: jobId }, 'w');
    expect(cancel).toEqual({ ok: true, data: expect.anything() });
    const end = await core.jobs.whenEnded(jobId);
    expect(end.state).toBe('cancelled');
  });

  it('ends the waiting thread when the vault closes, and keeps none when not asked to', async () => {
    const core = warmCore(true);
    const spare = core.reads.waiting!;
    const gone = exited(spare);
    core.close();
    await gone;
    expect(core.reads.waiting).toBeNull();
    const cold = warmCore(false);
    expect(cold.reads.waiting).toBeNull();
    expect((await dayReport(cold)).end.state).toBe('done');
    expect(cold.reads.waiting).toBeNull();
  });
});
