import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Core } from '../../electron/app/core';
import type { Db } from '../../electron/db/types';
import { DB_FILE } from '../../electron/vault/vaultFile';
import { ADMIN, createTestVault, FakeClock, makeCore } from '../helpers/testVault';

const PAGE = 4096;
const CLERK = {
  username: 'clerk',
  displayName: '王芳',
  role: 'receptionist' as const,
  pin: '135790',
};

/** A vault with enough staff rows that the staff table spans pages far from the start. */
function vaultWithStaff() {
  const v = createTestVault();
  v.login(ADMIN.username, ADMIN.pin);
  v.ok('staff.create', CLERK);
  for (let i = 0; i < 80; i += 1)
    v.ok('staff.create', {
      username: `user${i}`,
      displayName: `Person number ${i} of the day shift`,
      role: 'receptionist',
      pin: '135790',
    });
  return v;
}

/** The full job Core started after open, once it has ended. */
async function fullCheckEnded(core: Core) {
  const job = core.jobs.running().find((j) => j.kind === 'integrity.check');
  expect(job, 'a full check runs after open').toBeDefined();
  return core.jobs.whenEnded(job!.id);
}

function lastEndRow(db: Db) {
  const row = db
    .prepare(
      "SELECT outcome, detail FROM audit_log WHERE action = 'integrity.check.end' ORDER BY seq DESC LIMIT 1",
    )
    .get() as { outcome: string; detail: string };
  return { outcome: row.outcome, detail: JSON.parse(row.detail) as Record<string, unknown> };
}

function reopenWithCheck(dir: string, checkBudgetMs?: number): Core {
  const core = makeCore(dir, new FakeClock(), undefined, {
    checkAfterOpen: true,
    ...(checkBudgetMs !== undefined ? { checkBudgetMs } : {}),
  });
  onTestFinished(() => core.close());
  return core;
}

function editAuditRow(db: Db, seq: number): void {
  db.exec('DROP TRIGGER audit_no_update');
  db.prepare("UPDATE audit_log SET actor_name = '李四' WHERE seq = ?").run(seq);
}

describe('integrity at start and as a job', () => {
  it('after open the full check runs as a job; its result is audited and shown to oversight only', async () => {
    const v = vaultWithStaff();
    v.close();
    const core = reopenWithCheck(v.dir);
    expect(await fullCheckEnded(core)).toMatchObject({ state: 'done' });
    expect(lastEndRow(core.db!)).toMatchObject({
      outcome: 'ok',
      detail: { storageOk: true, auditIntact: true },
    });
    core.dispatch('auth.login', { username: ADMIN.username, pin: ADMIN.pin }, 'a');
    const status = core.dispatch('integrity.status', undefined, 'a');
    expect(status).toMatchObject({
      ok: true,
      data: {
        running: false,
        atOpen: { auditIntact: true, auditBreakSeq: null },
        lastFull: { storageOk: true, auditIntact: true },
      },
    });
    core.dispatch('auth.login', { username: CLERK.username, pin: CLERK.pin }, 'r');
    expect(core.dispatch('integrity.status', undefined, 'r')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('a damaged page far from the start passes the time-boxed check but the full job finds it', async () => {
    const v = vaultWithStaff();
    const pages = v.core
      .db!.prepare(
        "SELECT pageno FROM dbstat WHERE name = 'staff' AND pagetype = 'leaf' ORDER BY pageno",
      )
      .pluck()
      .all() as number[];
    v.close(); // the last close folds the WAL in: every page is now in the main file
    // A middle leaf: the open reads the first and last (sizes, the newest rows) of tables.
    expect(pages.length).toBeGreaterThan(2);
    const page = pages[Math.floor(pages.length / 2)]!;
    const file = join(v.dir, DB_FILE);
    const bytes = readFileSync(file);
    bytes.fill(0x5a, (page - 1) * PAGE + 100, (page - 1) * PAGE + 300);
    writeFileSync(file, bytes);
    const copy = mkdtempSync(join(tmpdir(), 'deskbook-damaged-'));
    onTestFinished(() => rmSync(copy, { recursive: true, force: true }));
    for (const name of readdirSync(v.dir)) copyFileSync(join(v.dir, name), join(copy, name));

    // With a budget that reaches no table (as when a large vault uses it up) the vault opens…
    const core = reopenWithCheck(v.dir, 0);
    expect(core.status().state).toBe('open');
    expect(await fullCheckEnded(core)).toMatchObject({ state: 'done' });
    // …and the full job reports the damage.
    expect(lastEndRow(core.db!)).toMatchObject({ outcome: 'failed', detail: { storageOk: false } });

    // Within the default budget the same damage is found at start: the vault is DAMAGED.
    const atStart = reopenWithCheck(copy);
    expect(atStart.status()).toMatchObject({ state: 'error', problem: 'DAMAGED' });
  });

  it('an audit row edited before the last anchor passes the tail check at open; the job reports it', async () => {
    const v = vaultWithStaff();
    const db = v.core.db!;
    const head = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as {
      seq: number;
      hash: string;
    };
    // What a signed handover records: the chain head at that moment.
    db.prepare(
      "INSERT INTO audit_anchors (seq, hash, at, source, source_id) VALUES (?, ?, 0, 'handover', 'h1')",
    ).run(head.seq, head.hash);
    editAuditRow(db, 3);
    v.close();

    const core = reopenWithCheck(v.dir);
    expect(core.status().state).toBe('open');
    expect(await fullCheckEnded(core)).toMatchObject({ state: 'done' });
    expect(lastEndRow(core.db!)).toMatchObject({
      outcome: 'failed',
      detail: { storageOk: true, auditIntact: false, auditBreakSeq: 3 },
    });
    core.dispatch('auth.login', { username: ADMIN.username, pin: ADMIN.pin }, 'a');
    expect(core.dispatch('integrity.status', undefined, 'a')).toMatchObject({
      ok: true,
      data: { atOpen: { auditIntact: true }, lastFull: { auditIntact: false, auditBreakSeq: 3 } },
    });
  });

  it('an edit in the tail is found at open: the vault opens, writes nothing and shows the break', () => {
    const v = vaultWithStaff();
    const last = v.core.db!.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number;
    editAuditRow(v.core.db!, last - 1);
    const core = v.reopen();
    expect(core.status().state).toBe('open');
    expect(core.db!.prepare('SELECT max(seq) FROM audit_log').pluck().get()).toBe(last);
    v.login(ADMIN.username, ADMIN.pin);
    expect(v.ok('integrity.status')).toMatchObject({
      atOpen: { auditIntact: false, auditBreakSeq: last - 1 },
      lastFull: null,
    });
  });

  it('integrity.run starts the full check on demand and refuses a second one meanwhile', async () => {
    const v = vaultWithStaff();
    const { jobId } = v.ok('integrity.run');
    expect(v.call('integrity.run')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'integrity.running' },
    });
    expect(await v.core.jobs.whenEnded(jobId)).toMatchObject({ state: 'done' });
    expect(v.ok('integrity.status')).toMatchObject({
      running: false,
      lastFull: { storageOk: true, auditIntact: true },
    });
  });
});
