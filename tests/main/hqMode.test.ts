import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { HqResult } from '../../shared/contract/hqViews';
import type { ReportFigures } from '../../shared/contract/reportViews';
import { signBundle, type Bundle, type SignedBundle } from '../../electron/headOffice/bundle';
import { rewriteFrom } from '../helpers/auditRewrite';
import { freshHeadOffice, HO_PASSWORD, newBranchIdentity } from '../helpers/headOfficeFixtures';
import { startPgCluster, type PgCluster } from '../helpers/pgCluster';
import { seededMonth } from '../helpers/reportFixtures';
import { at } from '../helpers/complaintFixtures';
import { ADMIN, createTestVault, exportDirOf } from '../helpers/testVault';

const BRANCH_ADMIN = 'desk-admin';

type Office = Awaited<ReturnType<typeof freshHeadOffice>>;
type HqVault = ReturnType<typeof createTestVault>;

/** A head-office PC: a vault made with the headOffice profile, its admin signed in. */
function headOfficeVault(): HqVault {
  const v = createTestVault({ setup: false });
  v.ok('vault.setup', {
    siteName: '阳光健身 · 总部',
    language: 'zh-CN',
    siteProfile: 'headOffice',
    admin: ADMIN,
  });
  v.login(ADMIN.username, ADMIN.pin);
  return v;
}

function connect(v: HqVault, cluster: PgCluster, office: Office) {
  v.ok('hq.updateSettings', {
    host: '127.0.0.1',
    port: cluster.port,
    database: office.database,
    roleName: 'deskbook_ho',
    password: HO_PASSWORD,
  });
}

async function result(v: HqVault, started: { jobId: string }): Promise<HqResult> {
  const end = await v.core.jobs.whenEnded(started.jobId);
  if (end.state !== 'done') throw new Error(`job ${end.state}: ${JSON.stringify(end.error)}`);
  return v.ok('hq.result', started);
}

async function dropRole(cluster: PgCluster, role: string): Promise<void> {
  const su = new pg.Client({ connectionString: cluster.superuserUrl });
  await su.connect();
  await su.query(`DROP ROLE IF EXISTS "${role}"`);
  await su.end();
}

type Branch = ReturnType<typeof seededMonth>;

/** The seeded branch enrolled through the head-office screen and pushing with the password it got. */
async function enrolledBranch(v: HqVault, cluster: PgCluster, office: Office): Promise<Branch> {
  const b = seededMonth();
  const { enrolmentCode } = b.ok('branch.identity', undefined, BRANCH_ADMIN);
  const enrolled = await result(v, v.ok('hq.enrol', { code: enrolmentCode }));
  if (enrolled.what !== 'enrol') throw new Error('not an enrolment');
  onTestFinished(() => dropRole(cluster, enrolled.enrol.roleName));
  b.ok(
    'headOffice.update',
    {
      host: '127.0.0.1',
      port: cluster.port,
      database: office.database,
      roleName: enrolled.enrol.roleName,
      password: enrolled.enrol.password,
    },
    BRANCH_ADMIN,
  );
  await push(b);
  return b;
}

async function push(b: Branch): Promise<void> {
  const { id } = b.ok('headOffice.push', undefined, BRANCH_ADMIN);
  expect((await b.core.jobs.whenEnded(id)).state).toBe('done');
}

async function branchReport(b: Branch, from: string, to: string): Promise<ReportFigures> {
  const { jobId } = b.ok('reports.build', { kind: 'range', from, to }, b.as('supervisor'));
  await b.core.jobs.whenEnded(jobId);
  return b.ok('reports.result', { jobId }, b.as('supervisor')).current;
}

/** The figures a day report adds up, read off a ReportFigures. */
function additive(f: ReportFigures) {
  return {
    checkIns: f.checkIns.gender,
    byDay: f.checkIns.byDay,
    visitors: f.visitors.total,
    trials: f.visitors.trials,
    cards: [f.cardsSold.count, f.cardsSold.cents],
    phone: f.phoneInquiries,
    served: f.queue.served,
    complaints: [f.complaints.opened, f.complaints.resolved, f.complaints.escalations],
    desk: f.desk,
    cash: f.cash,
    handovers: f.handovers,
  };
}

describe('head-office mode', { timeout: 180_000 }, () => {
  let cluster: PgCluster;
  beforeAll(async () => {
    cluster = await startPgCluster();
  }, 60_000);
  afterAll(() => cluster?.stop());

  it('a head-office PC answers only its own channels, and a branch never answers hq', () => {
    const v = headOfficeVault();
    const desk = v.call('shifts.templates');
    expect(desk.ok).toBe(false);
    if (!desk.ok) expect(desk.error.code).toBe('FORBIDDEN');
    expect(v.ok('staff.list').length).toBeGreaterThan(0);
    const b = seededMonth();
    const hq = b.call('hq.branches', undefined, BRANCH_ADMIN);
    expect(hq.ok).toBe(false);
    if (!hq.ok) expect(hq.error.code).toBe('FORBIDDEN');
    // Neither becomes the other by a setting.
    const toOffice = b.call('settings.update', { siteProfile: 'headOffice' }, BRANCH_ADMIN);
    expect(toOffice.ok).toBe(false);
    if (!toOffice.ok) expect(toOffice.error.fields).toHaveProperty('siteProfile');
    const toGym = v.call('settings.update', { siteProfile: 'gym' });
    expect(toGym.ok).toBe(false);
    const modules = v.call('settings.update', { modules: ['queue'] });
    expect(modules.ok).toBe(false);
    if (!modules.ok) expect(modules.error.fields).toHaveProperty('modules');
  });

  it('settings: its key made once, each bad field named, the password only ever "set"', () => {
    const v = headOfficeVault();
    const first = v.ok('hq.settings');
    expect(first.publicKey).toMatch(/^dkho1_[A-Za-z0-9_-]{43}$/);
    expect(first.configured).toBe(false);
    expect(v.ok('hq.settings').publicKey).toBe(first.publicKey);
    const bad = v.call('hq.updateSettings', { host: 'a b', port: 0, password: 'short' });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(Object.keys(bad.error.fields ?? {}).sort()).toEqual(['host', 'password', 'port']);
    const remote = v.call('hq.updateSettings', { host: 'ho.example.com', password: HO_PASSWORD });
    expect(remote.ok).toBe(false);
    if (!remote.ok) expect(remote.error.fields).toEqual({ caPem: 'required' });
    const set = v.ok('hq.updateSettings', { host: '127.0.0.1', password: HO_PASSWORD });
    expect(set).toMatchObject({ configured: true, passwordSet: true, roleName: 'deskbook_ho' });
    expect(JSON.stringify(set)).not.toContain(HO_PASSWORD);
    const audit = v.core
      .db!.prepare("SELECT detail FROM audit_log WHERE action = 'hq.updateSettings'")
      .pluck()
      .all();
    expect(audit.join(' ')).not.toContain(HO_PASSWORD);
  });

  it('before PostgreSQL is set the board job fails as not configured; a bad code is named', async () => {
    const v = headOfficeVault();
    const { jobId } = v.ok('hq.board', { from: '2026-11-15' });
    const end = await v.core.jobs.whenEnded(jobId);
    expect(end.state).toBe('failed');
    expect(end.error?.reason).toBe('hq.notConfigured');
    const code = v.call('hq.enrol', { code: 'not-an-enrolment-code-at-all' });
    expect(code.ok).toBe(false);
    if (!code.ok) expect(code.error.fields).toEqual({ code: 'invalid' });
    const file = v.call('hq.importFile', { fileName: 'x.dkbf', contentBase64: 'aGVsbG8gd29ybGQ=' });
    expect(file.ok).toBe(false);
    if (!file.ok) expect(file.error.fields).toEqual({ contentBase64: 'notBundleFile' });
  });

  it('board and report: a branch enrolled, pushed, shown; figures equal the branches’ own reports', async () => {
    const office = await freshHeadOffice(cluster);
    const v = headOfficeVault();
    connect(v, cluster, office);
    const b = await enrolledBranch(v, cluster, office);
    // A second branch sends the real branch's day figures of 30 November for two days.
    const nov30 = b
      .db()
      .prepare(
        "SELECT body_json FROM outbox WHERE kind = 'dayFigures' AND business_date = '2026-11-30'",
      )
      .pluck()
      .get() as string;
    const figures = (JSON.parse(nov30) as Bundle).body.figures as ReportFigures;
    const other = await office.enrol('上海静安店');
    const days = ['2026-11-29', '2026-11-30'].map((day, i) =>
      signBundle(
        {
          siteId: other.siteId,
          seq: i + 1,
          kind: 'dayFigures',
          createdAt: at(day, 23),
          businessDate: day,
          body: {
            figures: {
              ...figures,
              checkIns: {
                ...figures.checkIns,
                byDay: [{ date: day, count: figures.checkIns.gender.total }],
              },
            },
          },
        },
        other.privateKeyPem,
      ),
    );
    const { pushPending } = await import('../../electron/headOffice/push');
    await pushPending(days, other.connection);

    const board = await result(v, v.ok('hq.board', { from: '2026-11-10' }));
    if (board.what !== 'board') throw new Error('not a board');
    expect(board.board.from).toBe('2026-11-01');
    expect(board.board.to).toBe('2026-11-30');
    expect(board.board.days).toHaveLength(30);
    const mine = board.board.branches.find((r) => r.name === '阳光健身 · 朝阳店')!;
    const ownReport = await branchReport(b, '2026-11-29', '2026-11-30');
    const day29 = mine.days.find((d) => d.date === '2026-11-29')!;
    expect(day29.state).not.toBe('waiting');
    expect(mine.totals.missing).toBe(ownReport.handovers.missing);
    expect(mine.totals.signed).toBe(ownReport.handovers.signed);
    expect(mine.days.find((d) => d.date === '2026-11-10')!.state).toBe('none');
    expect(mine.problems).toEqual([]);

    const range = { kind: 'range', from: '2026-11-29', to: '2026-11-30' } as const;
    const report = await result(v, v.ok('hq.report', range));
    if (report.what !== 'report') throw new Error('not a report');
    const own = report.report.branches.find((r) => r.siteId === mine.siteId)!;
    expect(own.daysReported).toBe(2);
    expect(additive(own.figures)).toEqual(additive(ownReport));
    const chain = report.report.current;
    expect(chain.checkIns.gender.total).toBe(
      ownReport.checkIns.gender.total + 2 * figures.checkIns.gender.total,
    );
    expect(chain.cash.takingsCents).toBe(
      ownReport.cash.takingsCents + 2 * figures.cash.takingsCents,
    );
    expect(chain.cardsSold.cents).toBe(ownReport.cardsSold.cents + 2 * figures.cardsSold.cents);

    const exported = v.ok('hq.exportReport', { period: range, format: 'xlsx' });
    expect((await v.core.jobs.whenEnded(exported.jobId)).state).toBe('done');
    expect(
      readdirSync(exportDirOf(v.dir)).some((f) => f.startsWith('deskbook-chain-report-')),
    ).toBe(true);
  });

  it('a branch log rewritten after a push is caught by the anchor check', async () => {
    const office = await freshHeadOffice(cluster);
    const v = headOfficeVault();
    connect(v, cluster, office);
    const b = await enrolledBranch(v, cluster, office);
    const clean = await result(v, v.ok('hq.branches'));
    if (clean.what !== 'branches') throw new Error('not branches');
    expect(clean.branches[0]!.problems).toEqual([]);
    // Someone with the vault key rewrites an old audit row and re-chains every hash after it,
    // so walking the branch's chain finds every link sound.
    rewriteFrom(b.db(), 3, { detail: JSON.stringify({ note: 'rewritten' }) });
    // The next day's audit head goes out and head office compares.
    b.at(at('2026-12-03', 10));
    b.core.tick();
    // The tick pushes by itself once something is pending; wait for that push.
    for (const job of b.core.jobs.running()) await b.core.jobs.whenEnded(job.id);
    expect(b.ok('branch.outbox', undefined, BRANCH_ADMIN).pending).toBe(0);
    const { jobId } = v.ok('hq.verify');
    expect((await v.core.jobs.whenEnded(jobId)).result).toMatchObject({ problems: 1 });
    const after = await result(v, v.ok('hq.branches'));
    if (after.what !== 'branches') throw new Error('not branches');
    expect(after.branches[0]!.problems.map((p) => p.problem)).toEqual(['anchor']);
    const board = await result(v, v.ok('hq.board', { from: '2026-12-01' }));
    if (board.what !== 'board') throw new Error('not a board');
    expect(board.board.branches[0]).toMatchObject({ attention: true });
  });

  it('an offline file sealed to head office is imported once; a second import stores nothing', async () => {
    const office = await freshHeadOffice(cluster);
    const v = headOfficeVault();
    connect(v, cluster, office);
    const b = seededMonth();
    const { enrolmentCode } = b.ok('branch.identity', undefined, BRANCH_ADMIN);
    const enrolled = await result(v, v.ok('hq.enrol', { code: enrolmentCode }));
    if (enrolled.what !== 'enrol') throw new Error('not an enrolment');
    onTestFinished(() => dropRole(cluster, enrolled.enrol.roleName));
    expect(enrolled.enrol.password.length).toBeGreaterThanOrEqual(16);
    const again = await v.core.jobs.whenEnded(v.ok('hq.enrol', { code: enrolmentCode }).jobId);
    expect(again.error?.reason).toBe('hq.alreadyEnrolled');
    b.ok('headOffice.update', { publicKey: v.ok('hq.settings').publicKey }, BRANCH_ADMIN);
    const file = b.ok('headOffice.exportFile', undefined, BRANCH_ADMIN);
    expect((await b.core.jobs.whenEnded(file.id)).state).toBe('done');
    const name = readdirSync(exportDirOf(b.dir)).find((f) => f.endsWith('.dkbf'))!;
    const contentBase64 = readFileSync(join(exportDirOf(b.dir), name)).toString('base64');
    const pending = b.db().prepare('SELECT count(*) FROM outbox').pluck().get() as number;
    const first = await result(v, v.ok('hq.importFile', { fileName: name, contentBase64 }));
    expect(first).toEqual({
      what: 'import',
      import: expect.objectContaining({
        stored: pending,
        alreadyStored: 0,
        firstSeq: 1,
        lastSeq: pending,
      }),
    });
    const second = await result(v, v.ok('hq.importFile', { fileName: name, contentBase64 }));
    expect(second).toMatchObject({ import: { stored: 0, alreadyStored: pending } });
    // Another office's file is refused by its key.
    const otherOffice = headOfficeVault();
    connect(otherOffice, cluster, office);
    const refused = await otherOffice.core.jobs.whenEnded(
      otherOffice.ok('hq.importFile', { fileName: name, contentBase64 }).jobId,
    );
    expect(refused.error?.reason).toBe('hq.file.key');
  });

  it('the hq channels need an oversight role; enrolment and import an admin', () => {
    const v = headOfficeVault();
    expect(newBranchIdentity('x').code.length).toBeGreaterThan(20);
    v.ok('staff.create', {
      displayName: '王主管',
      username: 'wang',
      role: 'supervisor',
      pin: '135790',
    } as never);
    v.login('wang', '135790', 'sup');
    expect(v.call('hq.branches', undefined, 'sup').ok).toBe(true);
    const enrol = v.call('hq.enrol', { code: newBranchIdentity('x').code }, 'sup');
    expect(enrol.ok).toBe(false);
    if (!enrol.ok) expect(enrol.error.code).toBe('FORBIDDEN');
  });
});

export type { SignedBundle };
