/**
 * Head office ingest at chain scale (issue 15): a throwaway PostgreSQL cluster, 100 enrolled
 * branches, a year of signed bundles each (two handovers, the day's figures, audit head and
 * backup status a day, some complaints and incidents), pushed as each branch's own role in
 * batches of 200, 8 branches at a time; a retried push; verifyBranch over every branch; and the
 * two board-shaped reads the head-office board will make, with their plans.
 * BENCH_ONLY=headOffice. BENCH_HO_BRANCHES and BENCH_HO_DAYS scale it down.
 */
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { normalisePeriod } from '../../shared/domain/reportPeriod';
import { addDays } from '../../shared/domain/time';
import type { SignedBundle } from '../../electron/headOffice/bundle';
import { readBoard } from '../../electron/headOffice/board';
import { readCrossReport } from '../../electron/headOffice/crossReport';
import { encodeEnrolmentCode } from '../../electron/headOffice/enrolment';
import { HANDOVERS_PER_DAY_SQL, PERIOD_FIGURES_SQL } from '../../electron/headOffice/boardQueries';
import { verifyBranch } from '../../electron/headOffice/ingest';
import { enrolBranch } from '../../electron/headOffice/pg/enrolBranch';
import { setupHeadOffice } from '../../electron/headOffice/pg/setup';
import { PUSH_BATCH, pushPending } from '../../electron/headOffice/push';
import { branchBundles } from '../helpers/hqBundleGen';
import { startPgCluster, type PgCluster } from '../helpers/pgCluster';
import { percentile } from './measure';
import { Random } from './random';
import { formatTable, mib, ms, p95Row } from './table';

const BRANCHES = Number(process.env.BENCH_HO_BRANCHES ?? 100);
const DAYS = Number(process.env.BENCH_HO_DAYS ?? 365);
const AT_ONCE = 8;
const FIRST_DAY = '2025-12-01';
const QUERY_RUNS = 40;
const RETRIES = 10;
const HO_PASSWORD = 'bench head office password';
const SEED = 20_261_204;

interface BenchBranch {
  siteId: string;
  roleName: string;
  connection: pg.ClientConfig;
  bundles: SignedBundle[];
}

const thousands = (n: number) => n.toLocaleString('en-US');
const seconds = (msValue: number) => `${(msValue / 1000).toFixed(1)} s`;

function keyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

async function enrolAll(cluster: PgCluster, ho: pg.Pool, database: string) {
  const rng = new Random(SEED);
  const branches: BenchBranch[] = [];
  for (let i = 0; i < BRANCHES; i += 1) {
    const siteId = randomUUID();
    const keys = keyPair();
    const code = encodeEnrolmentCode({
      siteId,
      siteName: `分店 ${i + 1}`,
      publicKeyPem: keys.publicKeyPem,
    });
    const password = randomBytes(18).toString('base64url');
    const { roleName } = await enrolBranch(ho, code, password);
    branches.push({
      siteId,
      roleName,
      connection: { connectionString: cluster.urlFor(roleName, password, database) },
      bundles: branchBundles(
        {
          siteId,
          privateKeyPem: keys.privateKeyPem,
          firstDay: FIRST_DAY,
          days: DAYS,
          size: rng.int(150, 600),
        },
        rng,
      ),
    });
  }
  return branches;
}

/** Each branch pushes its whole year as its own role; AT_ONCE branches at a time. */
async function pushAll(branches: BenchBranch[]): Promise<number[]> {
  const perBranch: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < branches.length) {
      const branch = branches[next++]!;
      const t = performance.now();
      const r = await pushPending(branch.bundles, branch.connection);
      perBranch.push(performance.now() - t);
      if (r.stored !== branch.bundles.length) throw new Error(`stored ${r.stored}`);
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  return perBranch;
}

/** The calendar month in the middle of the generated year (June 2026 at full scale). */
function middleMonth(): { from: string; to: string } {
  const mid = addDays(FIRST_DAY, Math.floor(DAYS / 2)).slice(0, 7);
  const [y, m] = mid.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { from: `${mid}-01`, to: `${next}-01` };
}
const MONTH = middleMonth();

async function timeQuery(ho: pg.Pool, sql: string): Promise<{ times: number[]; rows: number }> {
  const client = await ho.connect();
  try {
    let rows = 0;
    for (let i = 0; i < 5; i += 1)
      rows = (await client.query(sql, [MONTH.from, MONTH.to])).rowCount ?? 0;
    const times: number[] = [];
    for (let i = 0; i < QUERY_RUNS; i += 1) {
      const t = performance.now();
      await client.query(sql, [MONTH.from, MONTH.to]);
      times.push(performance.now() - t);
    }
    return { times, rows };
  } finally {
    client.release();
  }
}

/** A whole read as the head-office job makes it (its queries and the merging in JS). */
async function timeRead(read: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 3; i += 1) await read();
  const times: number[] = [];
  for (let i = 0; i < QUERY_RUNS / 2; i += 1) {
    const t = performance.now();
    await read();
    times.push(performance.now() - t);
  }
  return times;
}

const lastDayOf = (month: { to: string }) => addDays(month.to, -1);

async function explain(ho: pg.Pool, sql: string): Promise<string[]> {
  const r = await ho.query<{ 'QUERY PLAN': string }>(
    `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`,
    [MONTH.from, MONTH.to],
  );
  return r.rows.map((row) => row['QUERY PLAN']);
}

async function printSizes(owner: pg.Pool): Promise<void> {
  const r = await owner.query<{ name: string; bytes: string }>(
    `SELECT c.relname AS name, pg_total_relation_size(c.oid) AS bytes
       FROM pg_class c
      WHERE c.relname = 'bundles'
         OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = 'bundles'::regclass)
      ORDER BY c.relname`,
  );
  console.log(`  sizes: ${r.rows.map((x) => `${x.name} ${mib(Number(x.bytes))}`).join(', ')}`);
}

async function measure(cluster: PgCluster, ho: pg.Pool, owner: pg.Pool, database: string) {
  let t = performance.now();
  const branches = await enrolAll(cluster, ho, database);
  const total = branches.reduce((s, b) => s + b.bundles.length, 0);
  const byKind = new Map<string, number>();
  for (const b of branches)
    for (const s of b.bundles) byKind.set(s.bundle.kind, (byKind.get(s.bundle.kind) ?? 0) + 1);
  console.log(
    `  ${BRANCHES} branches enrolled, ${thousands(total)} bundles signed (one Ed25519 key per ` +
      `branch) in ${seconds(performance.now() - t)}: ` +
      [...byKind].map(([k, n]) => `${k} ${thousands(n)}`).join(', '),
  );

  t = performance.now();
  const perBranch = await pushAll(branches);
  const pushMs = performance.now() - t;
  console.log(
    `\nPush: ${thousands(total)} bundles in ${seconds(pushMs)} = ${thousands(Math.round(total / (pushMs / 1000)))} bundles/s ` +
      `(${AT_ONCE} branches at once, batches of ${PUSH_BATCH}, one connection per branch)`,
  );
  await owner.query('ANALYZE bundles');
  await printSizes(owner);

  const last = branches[branches.length - 1]!;
  const lastBatch = last.bundles.slice(-PUSH_BATCH);
  const retries: number[] = [];
  for (let i = 0; i < RETRIES; i += 1) {
    const s = performance.now();
    const r = await pushPending(lastBatch, last.connection);
    retries.push(performance.now() - s);
    if (r.stored !== 0 || r.alreadyStored !== lastBatch.length) throw new Error('retry stored');
  }

  const verifies: number[] = [];
  t = performance.now();
  for (const b of branches) {
    const s = performance.now();
    const v = await verifyBranch(ho, b.siteId);
    verifies.push(performance.now() - s);
    if (v.problems.length || v.checked !== b.bundles.length)
      throw new Error('verify found problems');
  }
  const verifyMs = performance.now() - t;

  const grid = await timeQuery(ho, HANDOVERS_PER_DAY_SQL);
  const month = await timeQuery(ho, PERIOD_FIGURES_SQL);
  const now = Date.parse(`${MONTH.to}T10:00:00+08:00`);
  const board = await timeRead(() => readBoard(ho, MONTH.from, lastDayOf(MONTH), MONTH.to, now));
  const period = normalisePeriod({ kind: 'month', from: MONTH.from });
  if (typeof period === 'string') throw new Error(`bad period: ${period}`);
  const report = await timeRead(() => readCrossReport(ho, period, now));
  console.log('\nTimes in ms:\n');
  console.log(
    formatTable(
      ['what', 'n', 'p50', 'p95'],
      [
        p95Row(
          `push a branch's year (${thousands(Math.round(total / BRANCHES))} bundles)`,
          perBranch,
          null,
        ).slice(0, 4),
        p95Row(
          `retried push of the last batch (${PUSH_BATCH}, all already stored)`,
          retries,
          null,
        ).slice(0, 4),
        p95Row(`verifyBranch (hash + signature of every bundle)`, verifies, null).slice(0, 4),
        p95Row(
          `board: handovers per branch per day, ${MONTH.from.slice(0, 7)} (${grid.rows} rows)`,
          grid.times,
          null,
        ).slice(0, 4),
        p95Row(
          `board: day figures summed per branch, ${MONTH.from.slice(0, 7)} (${month.rows} rows)`,
          month.times,
          null,
        ).slice(0, 4),
        p95Row(`readBoard, the whole 总部看板 of the month`, board, null).slice(0, 4),
        p95Row(
          `readCrossReport, the month and the one before merged, per branch too`,
          report,
          null,
        ).slice(0, 4),
      ],
    ),
  );
  const sorted = [...verifies].sort((a, b) => a - b);
  console.log(
    `\n  verifyBranch over all ${BRANCHES} branches: ${seconds(verifyMs)} ` +
      `(${thousands(Math.round(total / (verifyMs / 1000)))} bundles/s; slowest ${ms(sorted[sorted.length - 1]!)} ms, p50 ${ms(percentile(sorted, 50))} ms)`,
  );
  for (const [label, sql] of [
    ['handovers per branch per day', HANDOVERS_PER_DAY_SQL],
    ['day figures summed per branch', PERIOD_FIGURES_SQL],
  ] as const) {
    console.log(`\n  plan, ${label} (EXPLAIN ANALYZE, as deskbook_ho):`);
    for (const line of await explain(ho, sql)) console.log(`    ${line}`);
  }
}

export async function benchHeadOffice(): Promise<void> {
  console.log(
    `\nHead office ingest (issue 15): ${BRANCHES} branches × ${DAYS} days of signed bundles into a ` +
      `throwaway PostgreSQL (fsync off, loopback):`,
  );
  const started = performance.now();
  const cluster = await startPgCluster();
  const database = 'deskbook';
  const pools: pg.Pool[] = [];
  try {
    await setupHeadOffice(cluster.superuserUrlFor(database), { headOfficePassword: HO_PASSWORD });
    const ho = new pg.Pool({
      connectionString: cluster.urlFor('deskbook_ho', HO_PASSWORD, database),
    });
    const owner = new pg.Pool({ connectionString: cluster.superuserUrlFor(database) });
    pools.push(ho, owner);
    const version = await owner.query<{ server_version: string }>('SHOW server_version');
    console.log(`  PostgreSQL ${version.rows[0]!.server_version}`);
    await measure(cluster, ho, owner, database);
  } finally {
    for (const p of pools) await p.end().catch(() => undefined);
    cluster.stop();
  }
  console.log(
    `\n  head office bench ${seconds(performance.now() - started)}; cluster stopped and removed.`,
  );
}
