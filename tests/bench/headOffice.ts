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
import { addDays } from '../../shared/domain/time';
import { signBundle, type Bundle, type SignedBundle } from '../../electron/headOffice/bundle';
import { encodeEnrolmentCode } from '../../electron/headOffice/enrolment';
import { HANDOVERS_PER_DAY_SQL, PERIOD_FIGURES_SQL } from '../../electron/headOffice/boardQueries';
import { verifyBranch } from '../../electron/headOffice/ingest';
import { enrolBranch } from '../../electron/headOffice/pg/enrolBranch';
import { setupHeadOffice } from '../../electron/headOffice/pg/setup';
import { PUSH_BATCH, pushPending } from '../../electron/headOffice/push';
import { startPgCluster, type PgCluster } from '../helpers/pgCluster';
import { percentile } from './measure';
import { Random } from './random';
import { formatTable, mib, ms, p95Row } from './table';

const BRANCHES = Number(process.env.BENCH_HO_BRANCHES ?? 100);
const DAYS = Number(process.env.BENCH_HO_DAYS ?? 365);
const AT_ONCE = 8;
const FIRST_DAY = '2025-12-01';
const DAY_MS = 86_400_000;
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
const dayStart = (day: string) => Date.parse(`${day}T00:00:00Z`);

function keyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** The shape reportFigures gives for one day (the fields the board sums), at a branch's size. */
function dayFigures(rng: Random, day: string, size: number): Record<string, unknown> {
  const checkIns = Math.round(size * (0.7 + rng.next() * 0.6));
  const female = Math.round(checkIns * (0.4 + rng.next() * 0.2));
  const visitors = rng.int(2, 20);
  const trials = rng.int(0, visitors);
  const converted = rng.int(0, trials);
  const cards = rng.int(0, 8);
  const cardCents = cards * rng.pick([168_000, 268_000, 36_000]);
  const takingsCents = rng.int(20_000, 400_000);
  const variance = rng.chance(0.1) ? rng.int(-5_000, 5_000) : 0;
  return {
    figures: {
      checkIns: {
        gender: { female, male: checkIns - female, unknown: 0, total: checkIns },
        heat: [Array.from({ length: 24 }, (_, h) => (h >= 6 && h < 22 ? rng.int(0, size / 8) : 0))],
        peakHour: { hour: rng.int(17, 20), count: rng.int(size / 10, size / 5) },
        byDay: [{ date: day, count: checkIns }],
      },
      occupancy: { byHour: [], peak: { count: rng.int(20, 90), at: dayStart(day) + 68_400_000 } },
      visitors: {
        total: visitors,
        trials,
        converted,
        conversionRate: visitors ? converted / visitors : null,
        byConsultant: [],
      },
      cardsSold: {
        byType: [{ cardType: '年卡', count: cards, cents: cardCents }],
        count: cards,
        cents: cardCents,
      },
      phoneInquiries: rng.int(0, 15),
      queue: { served: 0, averageWaitSeconds: null, p90WaitSeconds: null },
      complaints: {
        opened: rng.chance(0.1) ? 1 : 0,
        resolved: 0,
        escalations: 0,
        averageFirstResponseMinutes: null,
        averageResolutionMinutes: null,
        satisfactionAverage: null,
        satisfactionCount: 0,
        byCategory: [],
      },
      followUps: { done: rng.int(0, 12), missed: rng.int(0, 2) },
      desk: { tagLosses: rng.chance(0.05) ? 1 : 0, voids: rng.int(0, 2), overrides: 0 },
      cash: { counted: 2, varianceCents: variance, withVariance: variance ? 1 : 0, takingsCents },
      handovers: { expected: 2, signed: 2, missing: 0, flagged: rng.chance(0.03) ? 1 : 0 },
    },
  };
}

function handover(rng: Random, day: string, shift: 0 | 1, seq: number): Record<string, unknown> {
  const [name, start, end] = shift === 0 ? ['早班', '07:00', '15:00'] : ['晚班', '15:00', '23:00'];
  const expected = rng.int(50_000, 300_000);
  const counted = rng.chance(0.1) ? expected + rng.int(-3_000, 3_000) : expected;
  const at = dayStart(day) + (shift === 0 ? 15 : 23) * 3_600_000;
  return {
    handoverId: randomUUID(),
    shiftName: name,
    plannedStart: `${day}T${start}`,
    plannedEnd: `${day}T${end}`,
    status: 'signed',
    figures: { checkIns: rng.int(80, 400), visitors: rng.int(0, 10), cardsSold: rng.int(0, 4) },
    openItems: {
      followUps: rng.int(0, 6),
      overdueFollowUps: rng.int(0, 1),
      complaints: rng.int(0, 2),
      waitingVisitors: 0,
      tagsOut: rng.int(0, 5),
      unsettled: rng.int(0, 2),
      unreadMessages: rng.int(0, 3),
    },
    anomalies: rng.int(0, 2),
    cash: {
      openingFloatCents: 50_000,
      cashTakingsCents: expected - 50_000,
      expectedCents: expected,
      countedCents: counted,
      varianceCents: counted - expected,
    },
    outgoing: { name: rng.pick(['王芳', '李娜', '张伟']), at: at - 600_000 },
    incoming: { name: rng.pick(['刘洋', '陈静', '赵磊']), at },
    flaggedSections: rng.chance(0.05) ? ['cash'] : [],
    auditSeq: seq * 40,
    auditHead: randomBytes(32).toString('hex'),
    auditFingerprint: 'AB12-CD34-EF56',
  };
}

/** A branch's year of outbox, in seq order, as its tick and its desks would have made it. */
function yearOfBundles(siteId: string, privateKeyPem: string, rng: Random): SignedBundle[] {
  const size = rng.int(150, 600);
  const out: SignedBundle[] = [];
  const add = (kind: Bundle['kind'], day: string, at: number, body: Record<string, unknown>) =>
    out.push(
      signBundle(
        { siteId, seq: out.length + 1, kind, createdAt: at, businessDate: day, body },
        privateKeyPem,
      ),
    );
  for (let d = 0; d < DAYS; d += 1) {
    const day = addDays(FIRST_DAY, d);
    const t0 = dayStart(day);
    add('handover', day, t0 + 15 * 3_600_000, handover(rng, day, 0, out.length + 1));
    if (rng.chance(0.08)) {
      add('complaint', day, t0 + 16 * 3_600_000, {
        complaintId: randomUUID(),
        number: `TS-${d}`,
        channel: 'desk',
        category: rng.pick(['facilities', 'staff', 'billing', 'cleanliness']),
        severity: 'normal',
        state: 'open',
        level: 1,
        receivedAt: t0 + 16 * 3_600_000,
        overdue: false,
        satisfaction: null,
      });
    }
    if (rng.chance(0.02)) {
      add('incident', day, t0 + 18 * 3_600_000, {
        incidentId: randomUUID(),
        number: `SG-${d}`,
        kind: rng.pick(['injury', 'property', 'conflict']),
        occurredAt: t0 + 18 * 3_600_000,
        injured: false,
        signed: true,
      });
    }
    add('handover', day, t0 + 23 * 3_600_000, handover(rng, day, 1, out.length + 1));
    const tick = t0 + DAY_MS + 300_000;
    add('dayFigures', day, tick, dayFigures(rng, day, size));
    add('auditHead', day, tick, {
      seq: out.length * 40,
      hash: randomBytes(32).toString('hex'),
      fingerprint: 'AB12-CD34',
    });
    add('backupStatus', day, tick, {
      lastOkAt: tick - 3_600_000,
      lastAt: tick - 3_600_000,
      lastOutcome: 'ok',
      lastTarget: 'usb',
    });
  }
  return out;
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
      bundles: yearOfBundles(siteId, keys.privateKeyPem, rng),
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
