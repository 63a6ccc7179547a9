import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { Core } from '../../electron/app/core';
import { hashRow } from '../../electron/audit/chain';
import { migrate } from '../../electron/db/migrate';
import { migrations } from '../../electron/db/migrations';
import { sequentialIds } from '../../electron/db/ids';
import { listBackups, localBackupDir } from '../../electron/features/backups';
import { makeBackupFiles, type BackupParams } from '../../electron/features/backups/backupMake';
import { toKeep } from '../../electron/features/backups/rotation';
import { ReadWorkers } from '../../electron/jobs';
import { PassphraseKeyProvider } from '../../electron/vault/keyProvider';
import { readVaultFile } from '../../electron/vault/vaultFile';
import { unsealVaultKey } from '../../electron/vault/vaultKey';
import { ADMIN, FakeClock, TEST_KDF, TEST_PASSPHRASE, makeCore } from '../helpers/testVault';
import { frontDesk } from '../helpers/deskFixtures';

const DAY = 86_400_000;
type Desk = ReturnType<typeof frontDesk>;

async function backUp(v: Desk) {
  const { jobId } = v.ok('backups.run', undefined, v.as('admin'));
  return v.core.jobs.whenEnded(jobId);
}

type Dispatch = Core['dispatch'];

/** The preview is a job: its summary is fetched once it has ended, by the same window. */
async function previewOf(core: Core, input: { backupId: string; recoveryKey: string }, w: string) {
  const started = core.dispatch('vault.restorePreview', input, w);
  if (!started.ok) return started;
  const { jobId } = started.data as { jobId: string };
  const ended = await core.jobs.whenEnded(jobId);
  if (ended.state !== 'done') return { ok: false as const, error: ended.error! };
  return (core.dispatch as Dispatch)('vault.restorePreviewResult', { jobId }, w);
}

/** The drill refuses a wrong key at once; otherwise its job's end is its result. */
async function drill(v: Desk, recoveryKey: string) {
  const r = v.call('backups.drill', { recoveryKey }, v.as('admin'));
  if (!r.ok) return r;
  return v.core.jobs.whenEnded(r.data.jobId);
}

const auditActions = (v: Desk, action: string) =>
  v.rows('SELECT outcome, detail FROM audit_log WHERE action = ?', action) as {
    outcome: string;
    detail: string | null;
  }[];

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('backups: made, verified, rotated', () => {
  it('writes a verified encrypted copy 0600 with a manifest to the local and the chosen folder, and counts it as good', async () => {
    const v = frontDesk();
    v.ok('backups.configure', { folder: 'choose' }, v.as('admin'));
    const end = await backUp(v);
    expect(end).toMatchObject({ state: 'done', kind: 'backups.make', result: { failures: 0 } });
    const external = join(v.dir, 'exports');
    for (const dir of [localBackupDir(v.dir), external]) {
      const [m] = listBackups(dir);
      expect(m).toBeDefined();
      const file = join(dir, m!.fileName);
      expect(readFileSync(file).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(join(dir, m!.fileName.replace(/\.db$/, '.json'))).mode & 0o777).toBe(0o600);
      expect(m!.size).toBe(statSync(file).size);
      expect(m!.counts.clients).toBe(2);
      // The manifest's chain head is the log's row at that seq.
      const hash = v.rows('SELECT hash FROM audit_log WHERE seq = ?', m!.audit.seq)[0];
      expect(hash).toEqual({ hash: m!.audit.head });
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      // Without the key the copy is not a database.
      const plain = new Database(file, { readonly: true });
      expect(() => plain.prepare('SELECT 1 FROM sqlite_master').get()).toThrow(/not a database/);
      plain.close();
    }
    const status = v.ok('backups.status', undefined, v.as('admin'));
    expect(status.targets.map((t) => [t.target, !!t.lastGood, t.missing])).toEqual([
      ['local', true, false],
      ['external', true, false],
    ]);
    expect(status.warnings).toEqual([]);
    expect(status.history.filter((h) => h.kind === 'backup' && h.outcome === 'ok')).toHaveLength(2);
    expect(auditActions(v, 'backups.make.end')).toMatchObject([{ outcome: 'ok' }]);
    expect(auditActions(v, 'backups.run')).toHaveLength(1);
  });

  it('cancels a backup by ending its worker: no file, no good backup, a cancelled line, and the next backup works', async () => {
    const v = frontDesk();
    let jobId = '';
    // The real worker, stopped at the moment it asks to start writing: cancel instead of go.
    const run = ReadWorkers.prototype.run;
    const spy = vi.spyOn(ReadWorkers.prototype, 'run').mockImplementation(function (
      this: ReadWorkers,
      ...[task, params, events, own]: Parameters<ReadWorkers['run']>
    ) {
      const ready = () => void v.ok('jobs.cancel', { id: jobId }, v.as('admin'));
      return run.call(this, task, params, { ...events, ready }, own);
    });
    jobId = v.ok('backups.run', undefined, v.as('admin')).jobId;
    expect(v.core.jobs.get(jobId)).toMatchObject({ cancellable: true });
    expect(await v.core.jobs.whenEnded(jobId)).toMatchObject({
      state: 'cancelled',
      error: { reason: 'jobs.cancelled' },
    });
    spy.mockRestore();
    const dir = localBackupDir(v.dir);
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
    const status = v.ok('backups.status', undefined, v.as('admin'));
    expect(status.lastGoodAt).toBeNull();
    expect(status.runningJobId).toBeNull();
    expect(status.history).toMatchObject([
      { kind: 'backup', outcome: 'failed', reason: 'jobs.cancelled', fileName: null },
    ]);
    expect(auditActions(v, 'backups.make.end')).toEqual([
      { outcome: 'failed', detail: expect.stringContaining('"ended":"cancelled"') },
    ]);
    expect(await backUp(v)).toMatchObject({ state: 'done' });
    expect(listBackups(dir)).toHaveLength(1);
  });

  it('answers a check-in while the backup job runs on its own thread', async () => {
    const v = frontDesk();
    const { jobId } = v.ok('backups.run', undefined, v.as('admin'));
    const checkIn = v.call('desk.checkIn', { clientId: v.zhang.id }, v.as('reception'));
    expect(checkIn.ok).toBe(true);
    expect(v.core.jobs.get(jobId)!.state).toBe('running');
    expect(v.call('backups.run', undefined, v.as('admin'))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'backups.running' },
    });
    expect(await v.core.jobs.whenEnded(jobId)).toMatchObject({ state: 'done' });
  });

  it('reports an unplugged folder and still makes the local copy', async () => {
    const v = frontDesk();
    v.ok('backups.configure', { folder: 'choose' }, v.as('admin'));
    rmSync(join(v.dir, 'exports'), { recursive: true });
    const end = await backUp(v);
    expect(end).toMatchObject({ state: 'done', result: { failures: 1 } });
    expect(existsSync(join(v.dir, 'exports'))).toBe(false);
    const status = v.ok('backups.status', undefined, v.as('admin'));
    expect(status.warnings).toEqual(['targetMissing']);
    expect(status.targets[0]!.lastGood).not.toBeNull();
    expect(status.history.map((h) => [h.target, h.outcome])).toEqual(
      expect.arrayContaining([
        ['local', 'ok'],
        ['external', 'missing'],
      ]),
    );
    // The supervisor sees the warning, not the folder.
    const sup = v.ok('backups.status', undefined, v.as('supervisor'));
    expect(sup.warnings).toEqual(['targetMissing']);
    expect(sup.targets[1]!.folder).toBeNull();
    expect(v.call('backups.status', undefined, v.as('reception'))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('never counts a copy that fails verification: the temp file goes, no manifest, no good backup', () => {
    const v = frontDesk();
    const key = unsealVaultKey(v.dir, new PassphraseKeyProvider(TEST_PASSPHRASE, TEST_KDF));
    const vault = readVaultFile(v.dir);
    const params: BackupParams = {
      at: v.clock.now(),
      trigger: 'manual',
      site: 'x',
      appVersion: '0.1.0',
      schemaVersion: v.core.db!.pragma('user_version', { simple: true }) as number,
      localDir: localBackupDir(v.dir),
      externalDir: null,
      keyCheck: vault.keyCheck,
      recovery: vault.recovery,
    };
    const damage = (tmp: string) => {
      const bytes = readFileSync(tmp);
      bytes.fill(0x5a, 4096 + 100, 4096 + 400); // a page in the middle: its HMAC no longer fits
      writeFileSync(tmp, bytes);
    };
    const [damaged] = makeBackupFiles(v.core.db!, params, { keyHex: key }, undefined, {
      beforeVerify: damage,
    });
    expect(damaged).toMatchObject({ outcome: 'failed', reason: 'backups.verifyFailed' });
    const plaintext = (tmp: string) =>
      writeFileSync(tmp, Buffer.from('SQLite format 3\0' + ' '.repeat(200)));
    const [plain] = makeBackupFiles(
      v.core.db!,
      { ...params, at: params.at + 1 },
      { keyHex: key },
      undefined,
      {
        beforeVerify: plaintext,
      },
    );
    expect(plain).toMatchObject({ outcome: 'failed', reason: 'backups.plaintext' });
    const [wrongSchema] = makeBackupFiles(
      v.core.db!,
      { ...params, at: params.at + 2, schemaVersion: 3 },
      { keyHex: key },
    );
    expect(wrongSchema).toMatchObject({ outcome: 'failed', reason: 'backups.schemaMismatch' });
    expect(readdirSync(localBackupDir(v.dir))).toEqual([]);
    expect(listBackups(localBackupDir(v.dir))).toEqual([]);
    const status = v.ok('backups.status', undefined, v.as('admin'));
    expect(status.lastGoodAt).toBeNull();
    expect(status.warnings).toContain('never');
  });

  it('keeps 7 daily, 4 weekly and 12 monthly backups', () => {
    const v = frontDesk();
    const made: number[] = [];
    for (let d = 0; d < 400; d += 1) {
      v.clock.advance(DAY);
      made.push(v.clock.now());
    }
    const keep = toKeep(made, { keepDaily: 7, keepWeekly: 4, keepMonthly: 12 });
    // The last 7 days, plus the newest of 4 weeks and of 12 months, overlapping.
    expect([...keep].filter((at) => at > made.at(-1)! - 7 * DAY)).toHaveLength(7);
    expect(keep.size).toBeGreaterThanOrEqual(12);
    expect(keep.size).toBeLessThanOrEqual(7 + 4 + 12);
    // On disk: 30 daily backups through the writer leave what the rule keeps.
    const start = v.clock.now();
    for (let d = 0; d < 30; d += 1) {
      v.clock.ms = start + d * DAY;
      expect(v.core.backupNow('daily')[0]).toMatchObject({ outcome: 'ok' });
    }
    const ats = Array.from({ length: 30 }, (_, d) => start + d * DAY);
    const expected = toKeep(ats, { keepDaily: 7, keepWeekly: 4, keepMonthly: 12 });
    const onDisk = listBackups(localBackupDir(v.dir)).map((m) => m.at);
    expect(new Set(onDisk)).toEqual(expected);
    expect(onDisk.length).toBeLessThan(30);
    v.wake();
    v.ok('backups.configure', { keepDaily: 2, keepWeekly: 1, keepMonthly: 1 }, v.as('admin'));
    v.clock.ms = start + 30 * DAY;
    v.core.backupNow('daily');
    expect(listBackups(localBackupDir(v.dir)).length).toBeLessThanOrEqual(4);
  });
});

/**
 * Plays a vault written by an older app: removes what the migrations after `version`
 * added (objects, and columns added to older tables), found by comparing fresh databases.
 */
function rollBackTo(raw: Database.Database, version: number): void {
  const schemaOf = (list: typeof migrations) => {
    const db = new Database(':memory:');
    migrate(db, list);
    const objects = db
      .prepare(
        "SELECT type, name, tbl_name AS tbl, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'",
      )
      .all() as { type: string; name: string; tbl: string; sql: string | null }[];
    const columns = (t: string) =>
      db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(t) as string[];
    const out = {
      objects,
      columns: new Map(
        objects.filter((o) => o.type === 'table').map((o) => [o.name, columns(o.name)]),
      ),
    };
    db.close();
    return out;
  };
  const old = schemaOf(migrations.slice(0, version));
  const now = schemaOf(migrations);
  const had = new Set(old.objects.map((o) => o.name));
  // A trigger a later migration rewrote under the same name (017's handovers_frozen) goes
  // back to its old text once the tables are as they were: the new text names new tables.
  const rewritten = old.objects.filter(
    (o) => o.type === 'trigger' && now.objects.find((x) => x.name === o.name)?.sql !== o.sql,
  );
  for (const o of rewritten) raw.exec(`DROP TRIGGER IF EXISTS ${o.name}`);
  // Newest first: a table is dropped before the tables it references (foreign keys).
  for (const type of ['trigger', 'view', 'index', 'table'])
    for (const o of now.objects.filter((x) => x.type === type && !had.has(x.name)).reverse())
      raw.exec(`DROP ${type.toUpperCase()} IF EXISTS ${o.name}`);
  for (const [table, cols] of old.columns) {
    const added = (now.columns.get(table) ?? []).filter((c) => !cols.includes(c));
    if (added.length === 0) continue;
    try {
      for (const c of added) raw.exec(`ALTER TABLE ${table} DROP COLUMN ${c}`);
    } catch {
      // A column a later migration made part of the key cannot be dropped: rebuild the table
      // as the old schema had it, with its old indexes.
      const sqlOf = (o: { sql: string | null }) => o.sql!;
      raw.exec(`ALTER TABLE ${table} RENAME TO ${table}__later`);
      raw.exec(sqlOf(old.objects.find((o) => o.type === 'table' && o.name === table)!));
      raw.exec(
        `INSERT INTO ${table} (${cols.join(', ')}) SELECT ${cols.join(', ')} FROM ${table}__later`,
      );
      raw.exec(`DROP TABLE ${table}__later`);
      for (const o of old.objects.filter((x) => x.type === 'index' && x.tbl === table && x.sql))
        raw.exec(sqlOf(o));
    }
  }
  for (const o of rewritten) raw.exec(o.sql!);
  raw.pragma(`user_version = ${version}`);
}

describe('restore', () => {
  it('restores a backup with the recovery key on this PC: shows what it holds first, keeps the current vault aside', async () => {
    const v = frontDesk();
    await backUp(v);
    v.ok('desk.checkIn', { clientId: v.zhang.id }, v.as('reception'));
    expect(v.count('check_ins')).toBe(1);
    const [entry] = v.ok('vault.backups', undefined, 'desk-admin');
    expect(entry).toMatchObject({ source: 'local', site: '阳光健身 · 朝阳店' });
    expect(
      v.call(
        'vault.restore',
        { backupId: entry!.id, recoveryKey: v.recoveryKey },
        v.as('supervisor'),
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const wrong = v.call(
      'vault.restorePreview',
      { backupId: entry!.id, recoveryKey: 'A'.repeat(32) },
      'desk-admin',
    );
    // Only the window that asked gets the summary.
    const elsewhere = v.call('vault.restorePreviewResult', { jobId: 'none' }, 'desk-admin');
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', fields: { recoveryKey: expect.any(String) } },
    });
    const started = v.ok(
      'vault.restorePreview',
      { backupId: entry!.id, recoveryKey: v.recoveryKey },
      'desk-admin',
    );
    expect(await v.core.jobs.whenEnded(started.jobId)).toMatchObject({ state: 'done' });
    expect(
      v.call('vault.restorePreviewResult', { jobId: started.jobId }, v.as('supervisor')),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const preview = v.ok('vault.restorePreviewResult', { jobId: started.jobId }, 'desk-admin');
    expect(preview).toMatchObject({ counts: { clients: 2, checkIns: 0 }, appVersion: '0.1.0' });
    // Nothing was written for the preview: it is not an audited channel.
    expect(auditActions(v, 'backups.preview.end')).toEqual([]);
    v.clock.advance(60_000);
    const status = v.ok(
      'vault.restore',
      { backupId: entry!.id, recoveryKey: v.recoveryKey },
      'desk-admin',
    );
    expect(status.state).toBe('open');
    // The check-in after the backup is gone; everyone signs in again.
    expect(v.count('check_ins')).toBe(0);
    expect(v.count('clients')).toBe(2);
    expect(v.call('session.get', undefined, 'desk-admin')).toMatchObject({ ok: true, data: null });
    const aside = join(v.dir, 'pre-restore');
    const [kept] = readdirSync(aside);
    expect(readdirSync(join(aside, kept!))).toEqual(
      expect.arrayContaining(['deskbook.db', 'vault.json']),
    );
    expect(v.rows("SELECT outcome FROM audit_log WHERE action = 'vault.restore'")).toEqual([
      { outcome: 'ok' },
    ]);
    expect(v.rows("SELECT kind, outcome FROM backup_runs WHERE kind = 'restore'")).toEqual([
      { kind: 'restore', outcome: 'ok' },
    ]);
    // The restored vault opens after a restart, and the audit chain is intact.
    v.reopen();
    v.login(ADMIN.username, ADMIN.pin, 'desk-admin');
    expect(v.ok('audit.verify', undefined, 'desk-admin')).toMatchObject({ intact: true });
  });

  it('restores on a new PC with only the recovery key, and seals the key for that PC', async () => {
    const v = frontDesk();
    await backUp(v);
    const usb = tempDir('deskbook-usb-');
    cpSync(localBackupDir(v.dir), usb, { recursive: true });
    const newPc = tempDir('deskbook-newpc-');
    const clock = new FakeClock(v.clock.now() + DAY);
    const other = () =>
      new Core({
        dataDir: newPc,
        keyProvider: new PassphraseKeyProvider('a different PC entirely', TEST_KDF),
        chooseFolder: () => usb,
        clock: clock.now,
        ids: sequentialIds(),
        pinKdf: TEST_KDF,
        recoveryKdf: TEST_KDF,
        scheduledBackups: false,
        checkAfterOpen: false,
        logger: { error: () => {}, info: () => {} },
      });
    let core = other();
    onTestFinished(() => core.close());
    expect(core.status().state).toBe('absent');
    const listed = core.dispatch('vault.backups', { pick: true }, 'w');
    expect(listed).toMatchObject({ ok: true, data: [{ source: 'picked' }] });
    const id = (listed as { data: { id: string }[] }).data[0]!.id;
    // No vault is open here: the job checks the copy with its own key, and its progress
    // reaches the window that asked although nobody is signed in.
    const events: string[] = [];
    core.onEvent((client, event) => event === 'job.progress' && events.push(client));
    const preview = await previewOf(core, { backupId: id, recoveryKey: v.recoveryKey }, 'w');
    expect(preview).toMatchObject({ ok: true, data: { counts: { clients: 2, staff: 6 } } });
    expect(events.length).toBeGreaterThan(0);
    expect(new Set(events)).toEqual(new Set(['w']));
    expect(
      (core.dispatch as Dispatch)('vault.restorePreviewResult', { jobId: 'x' }, 'other'),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(
      core.dispatch('vault.restore', { backupId: id, recoveryKey: v.recoveryKey }, 'w'),
    ).toMatchObject({
      ok: true,
      data: { state: 'open' },
    });
    expect(readVaultFile(newPc).sealed.provider).toBe('passphrase');
    // A restart on the new PC unseals with its own provider, no recovery key asked.
    core.close();
    core = other();
    expect(core.status().state).toBe('open');
    expect(core.dispatch('auth.login', { username: ADMIN.username, pin: ADMIN.pin }, 'w').ok).toBe(
      true,
    );
    expect(core.db!.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(2);
  });

  it('refuses a backup a newer app or schema wrote, with a clear message', async () => {
    const v = frontDesk();
    await backUp(v);
    const [entry] = v.ok('vault.backups', undefined, 'desk-admin');
    v.close();
    const older = makeCore(v.dir, v.clock, TEST_PASSPHRASE, { appVersion: '0.0.9' });
    onTestFinished(() => older.close());
    older.dispatch('auth.login', { username: ADMIN.username, pin: ADMIN.pin }, 'a');
    const r = older.dispatch(
      'vault.restorePreview',
      { backupId: entry!.id, recoveryKey: v.recoveryKey },
      'a',
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'backups.tooNew' } });
    expect(older.jobs.running()).toEqual([]);
    expect((r as { error: { message: string } }).error.message).toMatch(/0\.1\.0.*0\.0\.9/);
    // A manifest naming a schema this app does not know is refused the same way.
    const manifest = join(localBackupDir(v.dir), entry!.fileName.replace(/\.db$/, '.json'));
    writeFileSync(
      manifest,
      JSON.stringify({
        ...JSON.parse(readFileSync(manifest, 'utf8')),
        appVersion: '0.0.1',
        schemaVersion: 999,
      }),
    );
    expect(
      older.dispatch('vault.restore', { backupId: entry!.id, recoveryKey: v.recoveryKey }, 'a'),
    ).toMatchObject({
      ok: false,
      error: { reason: 'backups.tooNew' },
    });
    expect(older.db).not.toBeNull();
  });

  it('backs up before a migration, with the old schema, and records it once the new one is in', () => {
    const v = frontDesk();
    v.close();
    const key = unsealVaultKey(v.dir, new PassphraseKeyProvider(TEST_PASSPHRASE, TEST_KDF));
    const raw = new Database(join(v.dir, 'deskbook.db'));
    raw.pragma("cipher='sqlcipher'");
    raw.pragma('legacy=4');
    raw.pragma(`key="x'${key}'"`);
    const latest = raw.pragma('user_version', { simple: true }) as number;
    rollBackTo(raw, 8);
    raw.close();
    const core = v.reopen();
    const [m] = listBackups(localBackupDir(v.dir));
    expect(m).toMatchObject({ trigger: 'migration', schemaVersion: 8 });
    expect(core.db!.pragma('user_version', { simple: true })).toBe(latest);
    expect(core.db!.prepare('SELECT trigger, outcome FROM backup_runs').all()).toEqual([
      { trigger: 'migration', outcome: 'ok' },
    ]);
  });
});

describe('the schedule', () => {
  it('backs up once when the app version changes, and daily once nobody is at work', async () => {
    const v = frontDesk();
    v.close();
    let core = makeCore(v.dir, v.clock, TEST_PASSPHRASE, {
      scheduledBackups: true,
      appVersion: '0.1.0',
    });
    core.tick(); // the first run notes its version: nothing to back up for it
    const first = core.jobs.running();
    expect(first.map((j) => j.kind)).toEqual(['backups.make']); // the daily one: never backed up
    await core.jobs.whenEnded(first[0]!.id);
    core.tick();
    expect(core.jobs.running()).toEqual([]);
    core.close();
    v.clock.advance(60_000);
    core = makeCore(v.dir, v.clock, TEST_PASSPHRASE, {
      scheduledBackups: true,
      appVersion: '0.2.0',
    });
    onTestFinished(() => core.close());
    core.tick();
    const [update] = core.jobs.running();
    expect(update).toBeDefined();
    await core.jobs.whenEnded(update!.id);
    expect(listBackups(localBackupDir(v.dir)).map((m) => m.trigger)).toEqual(['update', 'daily']);
    core.tick();
    expect(core.jobs.running()).toEqual([]);
    v.clock.advance(DAY + 1);
    core.tick();
    expect(core.jobs.running()).toHaveLength(1);
  });
});

describe('recovery drill', () => {
  it('proves the recovery key opens the latest backup, replacing nothing, and records the result', async () => {
    const v = frontDesk();
    expect(await drill(v, v.recoveryKey)).toMatchObject({
      ok: false,
      error: { reason: 'backups.none' },
    });
    await backUp(v);
    const before = readFileSync(join(v.dir, 'deskbook.db'));
    const bad = await drill(v, 'B'.repeat(32));
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', reason: 'vault.badRecoveryKey' },
    });
    expect(await drill(v, v.recoveryKey)).toMatchObject({
      kind: 'backups.drill',
      state: 'done',
    });
    expect(readFileSync(join(v.dir, 'deskbook.db')).equals(before)).toBe(true);
    const status = v.ok('backups.status', undefined, v.as('admin'));
    expect(status.drill).toMatchObject({ ok: true, due: false, lastAt: v.clock.now() });
    expect(status.history.filter((h) => h.kind === 'drill').map((h) => h.outcome)).toEqual([
      'ok',
      'failed',
      'failed',
    ]);
    expect(auditActions(v, 'backups.drill').map((r) => r.outcome)).toEqual([
      'failed',
      'failed',
      'ok',
    ]);
    expect(auditActions(v, 'backups.drill.end').map((r) => r.outcome)).toEqual(['ok']);
    v.clock.advance(31 * DAY);
    v.wake();
    expect(v.ok('backups.status', undefined, v.as('admin')).drill.due).toBe(true);
  });

  it('checks the copy itself in a job: a damaged backup fails the drill, recorded and audited', async () => {
    const v = frontDesk();
    await backUp(v);
    const [m] = listBackups(localBackupDir(v.dir));
    const file = join(localBackupDir(v.dir), m!.fileName);
    const bytes = readFileSync(file);
    bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0xff;
    writeFileSync(file, bytes);
    const ended = await drill(v, v.recoveryKey);
    expect(ended).toMatchObject({
      state: 'failed',
      error: { code: 'CONFLICT', reason: 'backups.verifyFailed' },
    });
    expect(v.ok('backups.status', undefined, v.as('admin')).drill).toMatchObject({ ok: false });
    expect(auditActions(v, 'backups.drill.end')).toEqual([
      { outcome: 'failed', detail: expect.stringContaining('backups.verifyFailed') },
    ]);
    const preview = await previewOf(
      v.core,
      { backupId: `local:${m!.fileName}`, recoveryKey: v.recoveryKey },
      'desk-admin',
    );
    expect(preview).toMatchObject({ ok: false, error: { reason: 'backups.verifyFailed' } });
  });
});

describe('audit anchors outside the file', () => {
  function cutBack(v: Desk, rows: number) {
    const db = v.core.db!;
    db.exec('DROP TRIGGER IF EXISTS audit_log_no_delete');
    const triggers = db
      .prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'",
      )
      .all() as { name: string; sql: string }[];
    for (const t of triggers) db.exec(`DROP TRIGGER ${t.name}`);
    const max = db.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number;
    db.prepare('DELETE FROM audit_log WHERE seq > ?').run(max - rows);
    for (const t of triggers) db.exec(t.sql);
  }

  it('catches a log cut back after the newest backup, which the chain walk alone passes', async () => {
    const v = frontDesk();
    cutBack(v, 3);
    expect(v.ok('audit.verify', undefined, v.as('admin'))).toMatchObject({
      intact: true,
      backupAnchor: null,
    });
    await backUp(v);
    v.ok('desk.checkIn', { clientId: v.zhang.id }, v.as('reception'));
    const m = listBackups(localBackupDir(v.dir))[0]!;
    cutBack(v, 6);
    const report = v.ok('audit.verify', undefined, v.as('admin'));
    expect(report).toMatchObject({
      intact: false,
      firstBreak: { seq: m.audit.seq, problem: 'anchor' },
      backupAnchor: { fileName: m.fileName, seq: m.audit.seq, ok: false },
    });
  });

  it('catches a tail rewritten with recomputed hashes', async () => {
    const v = frontDesk();
    await backUp(v);
    const m = listBackups(localBackupDir(v.dir))[0]!;
    const db = v.core.db!;
    const triggers = db
      .prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'",
      )
      .all() as { name: string; sql: string }[];
    for (const t of triggers) db.exec(`DROP TRIGGER ${t.name}`);
    const row = db.prepare('SELECT * FROM audit_log WHERE seq = ?').get(m.audit.seq) as Parameters<
      typeof hashRow
    >[0] & { hash: string };
    const forged = { ...row, actor_name: '某人' };
    db.prepare('UPDATE audit_log SET actor_name = ?, hash = ? WHERE seq = ?').run(
      '某人',
      hashRow(forged),
      m.audit.seq,
    );
    for (const t of triggers) db.exec(t.sql);
    const report = v.ok('audit.verify', undefined, v.as('admin'));
    expect(report.intact).toBe(false);
    expect(report.backupAnchor).toMatchObject({ ok: false });
  });
});
