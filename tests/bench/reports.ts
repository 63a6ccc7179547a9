/**
 * 报表 at scale (issue 13): the monthly and the yearly report over two years of history
 * (1M check-ins, visitors, calls, card sales, slips, two shifts a day, queue tickets), built
 * in-process on an encrypted and a plain database (the ratio), then as the app builds them —
 * `reports.build` in the jobs worker through Core — and check-ins at the desk while a yearly
 * report runs. BENCH_ONLY=reports runs just this.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ReportPeriod } from '../../shared/contract/reportViews';
import { normalisePeriod } from '../../shared/domain/reportPeriod';
import { addDays, businessDate } from '../../shared/domain/time';
import { Core } from '../../electron/app/core';
import { migrate } from '../../electron/db/migrate';
import type { Db } from '../../electron/db/types';
import { buildReport } from '../../electron/features/reports/buildReport';
import { PassphraseKeyProvider } from '../../electron/vault/keyProvider';
import { generateClients } from './data';
import { insertStaff, openPlain, seedClients, settle } from './databases';
import { seedCheckIns } from './desk';
import { seedReceptionHistory } from './handoverSeed';
import { percentile } from './measure';
import { Random } from './random';
import { formatTable, ms, p95Row } from './table';

const KDF = { N: 2 ** 10, r: 8, p: 1 };
const FILES = Number(process.env.BENCH_REPORT_FILES ?? 20_000);
const CHECK_INS = Number(process.env.BENCH_CHECK_INS ?? 1_000_000);
const MONTH_RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 20);
const YEAR_RUNS = Math.max(3, Math.round(MONTH_RUNS / 4));
const MONTH_TARGET_MS = 300;
const YEAR_TARGET_MS = 2_000;
const DESK_TARGET_MS = 50;
const EVERY_MS = 4;
const READ_PAUSE_MS = 600;
const OWNER = { username: 'owner', displayName: '店长', pin: '246810' };
const DAY_MS = 86_400_000;
/** The built jobs worker, as the app runs it (`npx electron-vite build`); else the TS sources. */
const BUILT_WORKER = join(process.cwd(), 'out/main/readWorker.js');

function must(core: Core, channel: string, input: unknown, client: string): unknown {
  const r = core.dispatch(channel, input, client);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.data;
}

/** 50 served queue tickets a day over the two years (a service hall's share of the desk). */
function seedQueue(db: Db, now: number): void {
  const rng = new Random(77);
  const insert = db.prepare(
    `INSERT INTO queue_tickets (id, business_date, number, taken_at, taken_by, called_at,
       served_at, status) VALUES (?, ?, ?, ?, 'bench', ?, ?, 'served')`,
  );
  db.transaction(() => {
    for (let day = 730; day > 0; day -= 1) {
      const start = now - day * DAY_MS + 6 * 3_600_000;
      for (let n = 1; n <= 50; n += 1) {
        const t = start + rng.int(0, 15 * 3_600_000);
        const called = t + rng.int(30_000, 40 * 60_000);
        insert.run(`q-${day}-${n}`, businessDate(t), day * 100 + n, t, called, called + 300_000);
      }
    }
  })();
}

function seed(db: Db, now: number): void {
  const clients = generateClients(FILES, 42, insertStaff(db, now));
  seedClients(db, clients, 5_000);
  seedCheckIns(db, clients, CHECK_INS, now, 43);
  seedReceptionHistory(db, now, 44);
  seedQueue(db, now);
  settle(db);
}

function periods(now: number): { month: ReportPeriod; year: ReportPeriod } {
  const today = businessDate(now);
  const month = normalisePeriod({ kind: 'month', from: addDays(`${today.slice(0, 7)}-01`, -1) });
  const year = normalisePeriod({
    kind: 'range',
    from: addDays(today, -365),
    to: addDays(today, -1),
  });
  if (typeof month === 'string' || typeof year === 'string') throw new Error('bench period');
  return { month, year };
}

function timings(runs: number, work: () => unknown): number[] {
  work();
  const out: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    work();
    out.push(performance.now() - started);
  }
  return out.sort((a, b) => a - b);
}

async function inWorker(core: Core, period: ReportPeriod, runs: number): Promise<number[]> {
  const once = async () => {
    const started = performance.now();
    const input = { kind: period.kind, from: period.from, to: period.to };
    const { jobId } = must(core, 'reports.build', input, 'duty') as { jobId: string };
    const end = await core.jobs.whenEnded(jobId);
    if (end.state !== 'done') throw new Error(`report ${end.state}`);
    must(core, 'reports.result', { jobId }, 'duty');
    return performance.now() - started;
  };
  await once();
  const out: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    // Someone reads a report before asking for the next; meanwhile the next worker loads.
    await new Promise((r) => setTimeout(r, READ_PAUSE_MS));
    out.push(await once());
  }
  return out.sort((a, b) => a - b);
}

function setUp(dir: string): { core: Core; members: string[] } {
  const core = new Core({
    dataDir: dir,
    keyProvider: new PassphraseKeyProvider('bench passphrase', KDF),
    pinKdf: KDF,
    recoveryKdf: KDF,
    scheduledBackups: false,
    checkAfterOpen: false,
    ...(existsSync(BUILT_WORKER) ? { readWorkerFile: BUILT_WORKER } : {}),
    // As the app runs it: one jobs worker loaded and waiting (coreWorker.ts).
    warmReadWorker: true,
    logger: { error: () => {}, info: () => {} },
  });
  must(core, 'vault.setup', { siteName: 'bench', language: 'zh-CN', admin: OWNER }, 'admin');
  must(core, 'auth.login', { username: OWNER.username, pin: OWNER.pin }, 'admin');
  must(core, 'settings.update', { idleLockMinutes: 120, handTags: '1-2000' }, 'admin');
  for (const [username, role, pin] of [
    ['desk', 'receptionist', '1357'],
    ['duty', 'dutyManager', '6802'],
  ] as const) {
    must(core, 'staff.create', { username, displayName: username, role, pin }, 'admin');
    must(core, 'auth.login', { username, pin }, username);
  }
  const db = core.db!;
  seed(db, Date.now());
  const members = db
    .prepare(
      `SELECT id FROM clients WHERE kind = 'person' AND membership_status = 'active'
       AND (membership_expiry IS NULL OR membership_expiry >= ?) LIMIT 2000`,
    )
    .pluck()
    .all(businessDate(Date.now())) as string[];
  return { core, members };
}

/** A check-in due every EVERY_MS (then handed back, untimed) until `until` says stop. */
async function checkIns(core: Core, members: string[], until: (n: number) => boolean) {
  const out: number[] = [];
  for (let n = 0; !until(n); n += 1) {
    const due = performance.now() + EVERY_MS;
    await new Promise((r) => setTimeout(r, EVERY_MS));
    const r = core.dispatch('desk.checkIn', { clientId: members[n % members.length]! }, 'desk');
    out.push(performance.now() - due);
    if (r.ok) {
      const id = (r.data as { checkIn: { id: string } }).checkIn.id;
      must(core, 'desk.checkOut', { checkInId: id }, 'desk');
    }
  }
  return out;
}

const row = (label: string, xs: number[], target: number | null) => {
  const p95 = percentile(xs, 95);
  return [
    label,
    String(xs.length),
    ms(percentile(xs, 50)),
    ms(p95),
    target === null ? '' : p95 < target ? `ok (<${target})` : `MISS (<${target})`,
  ];
};

export async function benchReports(): Promise<void> {
  console.log(
    `\nReports over two years: ${CHECK_INS.toLocaleString('en-US')} check-ins, ${FILES.toLocaleString('en-US')} files`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'deskbook-bench-reports-'));
  const seeding = performance.now();
  const { core, members } = setUp(dir);
  const plain = openPlain(join(dir, 'plain.db'));
  try {
    migrate(plain);
    const now = Date.now();
    seed(plain, now);
    const worker = existsSync(BUILT_WORKER) ? 'built out/main/readWorker.js' : 'TS sources via tsx';
    console.log(`  jobs worker: ${worker}`);
    console.log(`  seeded both in ${((performance.now() - seeding) / 1000).toFixed(0)} s`);
    const { month, year } = periods(now);
    const enc = core.db!;
    const m = {
      enc: timings(MONTH_RUNS, () => buildReport(enc, month, now)),
      plain: timings(MONTH_RUNS, () => buildReport(plain, month, now)),
    };
    const y = {
      enc: timings(YEAR_RUNS, () => buildReport(enc, year, now)),
      plain: timings(YEAR_RUNS, () => buildReport(plain, year, now)),
    };
    const entries = buildReport(enc, year, now).current.checkIns.gender.total;
    const inJobs = {
      month: await inWorker(core, month, MONTH_RUNS),
      year: await inWorker(core, year, YEAR_RUNS),
    };
    const idle = await checkIns(core, members, (n) => n >= 400);
    const yearInput = { kind: year.kind, from: year.from, to: year.to };
    const { jobId } = must(core, 'reports.build', yearInput, 'duty') as { jobId: string };
    let ended = false;
    const done = core.jobs.whenEnded(jobId).then(() => (ended = true));
    const busy = await checkIns(core, members, () => ended);
    await done;
    const ratio = (a: number[], b: number[]) => (percentile(a, 50) / percentile(b, 50)).toFixed(2);
    console.log(
      `  month ${month.from}–${month.to}; year ${year.from}–${year.to} (${entries.toLocaleString('en-US')} entries), each with its previous period`,
    );
    console.log(
      formatTable(
        ['report', 'n', 'p50', 'p95', 'target'],
        [
          row('month, in-process, encrypted', m.enc, null),
          row('month, in-process, plain', m.plain, null),
          row('month, jobs worker (build + result)', inJobs.month, MONTH_TARGET_MS),
          null,
          row('year, in-process, encrypted', y.enc, null),
          row('year, in-process, plain', y.plain, null),
          row('year, jobs worker (build + result)', inJobs.year, YEAR_TARGET_MS),
        ],
      ),
    );
    console.log(
      `  encrypted / plain (p50): month ${ratio(m.enc, m.plain)}, year ${ratio(y.enc, y.plain)}`,
    );
    console.log(
      formatTable(
        ['call', 'n', 'p50', 'p95', 'target'],
        [
          p95Row('check-in, nothing running', idle, null),
          p95Row('check-in, yearly report building', busy, DESK_TARGET_MS),
        ],
      ),
    );
  } finally {
    core.close();
    plain.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
