import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, connect, type Server } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { pendingBundles } from '../../electron/features/branch';
import { appendBundle } from '../../electron/features/branch/outbox';
import type { SignedBundle } from '../../electron/headOffice/bundle';
import { verifyBranch } from '../../electron/headOffice/ingest';
import {
  encodeHeadOfficePublicKey,
  headOfficeKeyPair,
  openBundleFile,
} from '../../electron/headOffice/offlineFile';
import { importBundleFile } from '../../electron/headOffice/offlineImport';
import { enrolBranch } from '../../electron/headOffice/pg/enrolBranch';
import { pushPending } from '../../electron/headOffice/push';
import { freshHeadOffice } from '../helpers/headOfficeFixtures';
import { startPgCluster, type PgCluster } from '../helpers/pgCluster';
import { seededMonth } from '../helpers/reportFixtures';
import { exportDirOf } from '../helpers/testVault';

const ADMIN = 'desk-admin';

type Branch = ReturnType<typeof seededMonth>;

/** A seeded branch vault enrolled at a fresh head-office database (not yet configured). */
async function enrolled(cluster: PgCluster) {
  const v = seededMonth();
  const identity = v.ok('branch.identity', undefined, ADMIN);
  const office = await freshHeadOffice(cluster);
  const password = randomBytes(18).toString('base64url');
  const { roleName } = await enrolBranch(office.ho, identity.enrolmentCode, password);
  // Sequential ids give every test vault the same site id, and roles are cluster-wide.
  onTestFinished(() => dropRole(cluster, roleName));
  const settings = {
    host: '127.0.0.1',
    port: cluster.port,
    database: office.database,
    roleName,
    password,
  };
  return { v, identity, office, password, roleName, settings };
}

async function dropRole(cluster: PgCluster, role: string): Promise<void> {
  const su = new pg.Client({ connectionString: cluster.superuserUrl });
  await su.connect();
  await su.query(`DROP ROLE IF EXISTS "${role}"`);
  await su.end();
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

/** Head office "comes up" on `port`: a TCP relay to the cluster. */
async function relay(port: number, to: number): Promise<Server> {
  const server = createServer((a) => {
    const b = connect(to, '127.0.0.1');
    a.pipe(b).pipe(a);
    a.on('error', () => b.destroy());
    b.on('error', () => a.destroy());
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  onTestFinished(() => new Promise<void>((r) => server.close(() => r())));
  return server;
}

async function until(check: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

function storedRows(office: Awaited<ReturnType<typeof freshHeadOffice>>) {
  return office.owner
    .query(
      `SELECT site_id, seq, hash, kind, business_date::text AS day, created_at, body, signature
       FROM bundles ORDER BY seq`,
    )
    .then((r) => r.rows);
}

function vias(v: Branch) {
  return v.db().prepare('SELECT DISTINCT via FROM outbox_pushed').pluck().all();
}

describe('head office: settings, the push job and the offline file', { timeout: 120_000 }, () => {
  let cluster: PgCluster;
  beforeAll(async () => {
    cluster = await startPgCluster();
  }, 60_000);
  afterAll(() => cluster?.stop());

  it('settings: each bad field named, nothing written; the password only ever "set"', () => {
    const v = seededMonth();
    const password = 'a branch password of 24 chars';
    const bad = v.call(
      'headOffice.update',
      {
        host: 'ho example.com',
        port: 70000,
        roleName: 'Branch!',
        password: 'short',
        publicKey: 'x',
      },
      ADMIN,
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('VALIDATION');
      expect(Object.keys(bad.error.fields ?? {}).sort()).toEqual(
        ['host', 'password', 'port', 'publicKey', 'roleName'].sort(),
      );
    }
    // A server elsewhere needs its CA certificate: TLS with rejectUnauthorized, always.
    const noCa = v.call('headOffice.update', { host: 'ho.example.com', password }, ADMIN);
    expect(noCa).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { caPem: 'required' } },
    });
    expect(v.db().prepare('SELECT count(*) FROM head_office_config').pluck().get()).toBe(0);
    expect(v.ok('headOffice.get', undefined, ADMIN)).toMatchObject({
      configured: false,
      passwordSet: false,
      sharePersonalData: false,
    });

    const set = v.ok(
      'headOffice.update',
      { host: '127.0.0.1', port: 5433, roleName: 'branch_abc', password, sharePersonalData: true },
      ADMIN,
    );
    expect(set).toMatchObject({ configured: true, passwordSet: true, sharePersonalData: true });
    const read = v.ok('headOffice.get', undefined, ADMIN);
    expect(JSON.stringify([set, read])).not.toContain(password);
    const audit = JSON.stringify(v.db().prepare('SELECT * FROM audit_log').all());
    expect(audit).not.toContain(password);
    expect(audit).toContain('headOffice.update');
    // Other fields change; the password stays.
    expect(v.ok('headOffice.update', { port: 6543 }, ADMIN)).toMatchObject({
      port: 6543,
      passwordSet: true,
    });
    // Admin only.
    const reception = v.call('headOffice.get', undefined, v.as('reception'));
    expect(reception).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('the push job sends a real outbox to a real cluster and marks it pushed', async () => {
    const { v, identity, office, settings } = await enrolled(cluster);
    const total = v.db().prepare('SELECT count(*) FROM outbox').pluck().get() as number;
    expect(v.call('headOffice.push', undefined, ADMIN)).toMatchObject({
      ok: false,
      error: { reason: 'headOffice.notConfigured' },
    });
    v.ok('headOffice.update', settings, ADMIN);
    const job = v.ok('headOffice.push', undefined, ADMIN);
    const end = await v.core.jobs.whenEnded(job.id);
    expect(end).toMatchObject({ state: 'done', result: { bundles: total, attempts: 1 } });
    expect(v.ok('branch.outbox', undefined, ADMIN)).toMatchObject({ pending: 0 });
    expect(vias(v)).toEqual(['pg']);
    expect(await verifyBranch(office.ho, identity.siteId)).toMatchObject({
      checked: total,
      problems: [],
    });
    expect(v.ok('headOffice.get', undefined, ADMIN)).toMatchObject({ lastOutcome: 'ok' });
  });

  it('an unreachable head office is tried again with backoff, then the push goes through', async () => {
    const { v, office, settings } = await enrolled(cluster);
    const port = await freePort();
    v.ok('headOffice.update', { ...settings, port }, ADMIN);
    const job = v.ok('headOffice.push', undefined, ADMIN);
    await until(() => v.core.jobs.get(job.id)?.phase === 'retrying');
    expect(v.ok('headOffice.get', undefined, ADMIN)).toMatchObject({
      lastOutcome: 'failed',
      lastReason: 'headOffice.unreachable',
    });
    expect(v.ok('branch.outbox', undefined, ADMIN).pending).toBeGreaterThan(0);
    await relay(port, cluster.port);
    const end = await v.core.jobs.whenEnded(job.id);
    expect(end.state).toBe('done');
    expect(end.result!.attempts).toBeGreaterThanOrEqual(2);
    expect(v.ok('branch.outbox', undefined, ADMIN)).toMatchObject({ pending: 0 });
    expect((await storedRows(office)).length).toBe(end.result!.bundles);
  });

  it('head office holding another bundle under a seq: a clear failed push, nothing marked', async () => {
    const { v, settings } = await enrolled(cluster);
    const [first] = pendingBundles(v.db());
    const forged: SignedBundle = {
      bundle: { ...first!.bundle, body: { forged: true } },
      hash: 'f'.repeat(64),
      signature: first!.signature,
    };
    await pushPending([forged], {
      connectionString: cluster.urlFor(settings.roleName, settings.password, settings.database),
    });
    v.ok('headOffice.update', settings, ADMIN);
    const job = v.ok('headOffice.push', undefined, ADMIN);
    const end = await v.core.jobs.whenEnded(job.id);
    expect(end).toMatchObject({
      state: 'failed',
      error: { code: 'CONFLICT', reason: 'headOffice.conflict' },
    });
    expect(v.db().prepare('SELECT count(*) FROM outbox_pushed').pluck().get()).toBe(0);
    expect(v.ok('headOffice.get', undefined, ADMIN)).toMatchObject({
      lastOutcome: 'failed',
      lastReason: 'headOffice.conflict',
    });
    const audit = v
      .db()
      .prepare("SELECT outcome FROM audit_log WHERE action = 'headOffice.push.end'")
      .pluck()
      .all();
    expect(audit).toEqual(['failed']);
  });

  it('the offline file opens with head office key and imports to the rows a push stores', async () => {
    const { v, identity, office, settings } = await enrolled(cluster);
    const pending = pendingBundles(v.db());
    expect(v.call('headOffice.exportFile', undefined, ADMIN)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { publicKey: 'required' } },
    });
    const keys = await headOfficeKeyPair();
    v.ok('headOffice.update', { publicKey: encodeHeadOfficePublicKey(keys.publicKey) }, ADMIN);
    const job = v.ok('headOffice.exportFile', undefined, ADMIN);
    const end = await v.core.jobs.whenEnded(job.id);
    expect(end).toMatchObject({ state: 'done', result: { bundles: pending.length } });
    const bytes = readFileSync(join(exportDirOf(v.dir), end.result!.fileName!));
    const opened = await openBundleFile(bytes, keys);
    expect(opened.bundles).toEqual(pending);
    expect(vias(v)).toEqual(['file']);
    expect(v.ok('branch.outbox', undefined, ADMIN)).toMatchObject({ pending: 0 });
    expect(await importBundleFile(office.ho, bytes, keys)).toMatchObject({
      siteId: identity.siteId,
      stored: pending.length,
    });
    const imported = await storedRows(office);

    // The same outbox pushed to a twin head office ends in the same rows (another cluster:
    // the branch's role name is cluster-wide).
    const other = await startPgCluster();
    onTestFinished(() => other.stop());
    const twin = await freshHeadOffice(other);
    const { roleName } = await enrolBranch(twin.ho, identity.enrolmentCode, settings.password);
    await pushPending(pending, {
      connectionString: other.urlFor(roleName, settings.password, twin.database),
    });
    expect(await storedRows(twin)).toEqual(imported);
    // Nothing pending now: a second file is refused.
    const again = await v.core.jobs.whenEnded(v.ok('headOffice.exportFile', undefined, ADMIN).id);
    expect(again).toMatchObject({
      state: 'failed',
      error: { reason: 'headOffice.nothingPending' },
    });
  });

  it("Core's tick pushes when configured and bundles are pending, at most every 15 minutes", async () => {
    const { v, settings } = await enrolled(cluster);
    v.core.tick();
    expect(v.core.jobs.running()).toEqual([]);
    v.ok('headOffice.update', settings, ADMIN);
    v.core.tick();
    const [push] = v.core.jobs.running().filter((j) => j.kind === 'headOffice.push');
    expect(push).toBeDefined();
    v.core.tick();
    expect(v.core.jobs.running().filter((j) => j.kind === 'headOffice.push')).toHaveLength(1);
    expect((await v.core.jobs.whenEnded(push!.id)).state).toBe('done');
    expect(v.ok('branch.outbox', undefined, ADMIN).pending).toBe(0);
    // A new bundle waits for the next turn, 15 minutes after the last try.
    const ids = () => 'unused';
    appendBundle(v.db(), v.clock.ms, ids, { kind: 'incident', businessDate: null, body: {} });
    v.core.tick();
    expect(v.core.jobs.running()).toEqual([]);
    v.clock.advance(15 * 60_000);
    v.core.tick();
    const [next] = v.core.jobs.running();
    expect(next).toMatchObject({ kind: 'headOffice.push' });
    expect((await v.core.jobs.whenEnded(next!.id)).result).toMatchObject({ bundles: 1 });
  });
});
