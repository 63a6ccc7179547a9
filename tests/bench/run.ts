/**
 * `npm run bench`: seeds 100,000 client files into an encrypted and a plain database and
 * prints desk-search and file-opening latencies for both, then check-in/out and the handover
 * of a 2,000-event shift. A report, not a test: it always exits 0, MISS or not.
 * BENCH_FILES=10000 gives a quicker, smaller run (BENCH_CHECK_INS sets the past check-ins).
 * Last, desk calls while a 20,000-row import job runs (tests/bench/jobs.ts; BENCH_ONLY=jobs), and
 * check-ins while a backup of a 100k/1M vault runs (tests/bench/backup.ts; BENCH_ONLY=backup).
 * BENCH_ONLY=search stops after the search table and the ranking tables (tests/bench/ranking.ts),
 * at the run's scale and at 20,000 files. The complaint board and a client's case list at 50,000
 * cases follow the handover (tests/bench/complaints.ts; BENCH_ONLY=complaints on its own).
 * Desk calls from station PCs over loopback TLS against the vault PC's own, and 8 desks at once
 * (tests/bench/stations.ts; BENCH_ONLY=stations, needs the built db worker).
 * Head office ingest: 100 branches' year of signed bundles pushed into a throwaway PostgreSQL,
 * verified, and the board's reads (tests/bench/headOffice.ts; BENCH_ONLY=headOffice).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../electron/db/migrate';
import { openEncrypted } from '../../electron/db/open';
import type { Db } from '../../electron/db/types';
import { generateClients, NOW } from './data';
import { fileBytes, insertStaff, openPlain, seedClients, settle } from './databases';
import {
  deskSearch,
  drawQueries,
  KINDS,
  meanProbes,
  measureKind,
  percentile,
  type Timing,
} from './measure';
import { pageReadMicros, searchWorkingSet } from './diagnostics';
import { oneLine, queryPlan, recordStatements } from './plans';
import { formatTable, mib, ms } from './table';
import { measureDesk, seedCheckIns } from './desk';
import { benchHandover } from './handover';
import { benchComplaints, benchComplaintsAlone } from './complaints';
import { benchJobs } from './jobs';
import { benchBackup } from './backup';
import { benchReports } from './reports';
import { benchStations } from './stations';
import { benchHeadOffice } from './headOffice';
import { benchRanking, benchRankingAt } from './ranking';
import { OPEN_BY_CLIENT_SQL, OPEN_BY_TAG_SQL } from '../../electron/features/desk/deskQueries';

const ONLY = process.env.BENCH_ONLY;
const FILES = Number(process.env.BENCH_FILES ?? 100_000);
const CHECK_INS = Number(process.env.BENCH_CHECK_INS ?? 1_000_000);
const QUERIES = 2_000;
const WARMUP = 200;
const BATCH = 5_000;
const SEED = 20_260_615;
/** The scale the issue states its ranking figures at; the ranking table is printed there too. */
const RANKING_FILES = 20_000;
const P95_TARGET_MS = 10;
const RATIO_TARGET = 1.5;

const thousands = (n: number) => n.toLocaleString('en-US');
const seconds = (msValue: number) => `${(msValue / 1000).toFixed(1)} s`;

interface Row {
  label: string;
  search: boolean;
  /** Held to the p95 target although not a search (check-in, check-out). */
  target?: boolean;
  example: string;
  probes: number | null;
  encrypted: Timing;
  plain: Timing;
}

interface Stats {
  p50: number;
  p95: number;
  p99: number;
}

function stats(t: Timing): Stats {
  const sorted = [...t.ms].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

function printMachine(): void {
  const cpu = cpus();
  console.log('Deskbook bench: desk search and file opening at scale');
  console.log(
    `machine: ${cpu.length} CPU(s), ${cpu[0]?.model ?? 'unknown model'}, ${mib(totalmem())} RAM, ` +
      `Node ${process.version}, ${process.platform}/${process.arch}`,
  );
}

function printSqlite(db: Db): void {
  const version = db.prepare('SELECT sqlite_version()').pluck().get() as string;
  const mc = db.prepare('SELECT sqlite3mc_version()').pluck().get() as string;
  const cache = db.pragma('cache_size', { simple: true }) as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  console.log(
    `sqlite: ${version}, ${mc}; page_size ${pageSize}, cache_size ${cache} ` +
      `(${cache < 0 ? `${-cache} KiB` : `${cache} pages`}) per connection, as the app opens it`,
  );
}

function seed(name: string, db: Db, rows: Parameters<typeof seedClients>[1]): void {
  const step = Math.max(BATCH, Math.floor(rows.length / 4 / BATCH) * BATCH);
  const elapsed = seedClients(db, rows, BATCH, (done) => {
    if (done % step === 0 && done < rows.length)
      console.log(`  ${name}: ${thousands(done)} / ${thousands(rows.length)}`);
  });
  const perFile = ((elapsed / rows.length) * 1000).toFixed(0);
  console.log(
    `  ${name}: ${thousands(rows.length)} files in ${seconds(elapsed)} (${perFile} µs/file)`,
  );
}

function printPlans(db: Db): void {
  console.log('\nQuery plans on the encrypted database (the statements the app runs):');
  for (const q of ['zs', '5678']) {
    const calls = recordStatements(db, (spy) => {
      deskSearch(spy, q);
    });
    console.log(`\n  desk search "${q}": ${calls.length} statement(s)`);
    const shown = new Set<string>();
    for (const call of calls) {
      const args = call.args.map((a) => JSON.stringify(a).replace(/\uffff/g, '\\uffff')).join(', ');
      const sql = oneLine(call.sql);
      const short = sql.length > 110 ? `${sql.slice(0, 60)} … ${sql.slice(-45)}` : sql;
      console.log(`    ${short}  [${args.length > 60 ? `${args.slice(0, 60)}…` : args}]`);
      if (shown.has(call.sql)) continue;
      shown.add(call.sql);
      for (const line of queryPlan(db, call)) console.log(`      ${line}`);
    }
  }
}

function resultRow(r: Row): string[] {
  const e = stats(r.encrypted);
  const p = stats(r.plain);
  const ratio = e.p95 / p.p95;
  const n = r.encrypted.ms.length;
  const misses = [
    ...((r.search || r.target) && e.p95 >= P95_TARGET_MS ? ['p95'] : []),
    ...(ratio >= RATIO_TARGET ? ['ratio'] : []),
  ];
  return [
    r.label,
    r.example,
    r.probes === null ? '-' : r.probes.toFixed(1),
    (r.encrypted.rows / n).toFixed(1),
    `${((r.encrypted.hits / n) * 100).toFixed(0)}%`,
    ms(e.p50),
    ms(e.p95),
    ms(e.p99),
    ms(p.p50),
    ms(p.p95),
    ms(p.p99),
    `${ratio.toFixed(2)}×`,
    misses.length ? `MISS ${misses.join('+')}` : 'PASS',
  ];
}

function pooled(rows: Row[], label: string): Row {
  const merge = (pick: (r: Row) => Timing): Timing => ({
    ms: rows.flatMap((r) => pick(r).ms),
    rows: rows.reduce((s, r) => s + pick(r).rows, 0),
    hits: rows.reduce((s, r) => s + pick(r).hits, 0),
  });
  return {
    label,
    search: true,
    example: '',
    probes: null,
    encrypted: merge((r) => r.encrypted),
    plain: merge((r) => r.plain),
  };
}

function printResults(rows: Row[]): void {
  const search = rows.filter((r) => r.search);
  const header = [
    'kind',
    'example',
    'probes',
    'rows',
    'hit',
    'enc p50',
    'enc p95',
    'enc p99',
    'plain p50',
    'plain p95',
    'plain p99',
    'enc/plain p95',
    'result',
  ];
  const body = [
    ...search.map(resultRow),
    null,
    resultRow(pooled(search, 'desk search, all kinds')),
    null,
    ...rows.filter((r) => !r.search).map(resultRow),
  ];
  console.log(
    `\nLatency per query in ms (${thousands(QUERIES)} queries per kind and database after ` +
      `${WARMUP} warm-up, same queries on both):\n`,
  );
  console.log(formatTable(header, body, 2));
  console.log(
    '\nprobes: index probes searchClientIds may make (it stops once 20 ids are found); rows: ' +
      'results returned; hit: the file the query was drawn from is among them.',
  );

  const worstP95 = search
    .map((r) => ({ label: r.label, p95: stats(r.encrypted).p95 }))
    .sort((a, b) => b.p95 - a.p95)[0]!;
  const worstRatio = rows
    .map((r) => ({ label: r.label, ratio: stats(r.encrypted).p95 / stats(r.plain).p95 }))
    .sort((a, b) => b.ratio - a.ratio)[0]!;
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
  console.log(
    `\nTarget: desk search p95 < ${P95_TARGET_MS} ms on the encrypted database (each kind): ` +
      `${verdict(worstP95.p95 < P95_TARGET_MS)} (slowest: ${worstP95.label}, ${ms(worstP95.p95)} ms)`,
  );
  const desk = rows.filter((r) => r.target);
  if (desk.length) {
    const slowest = desk
      .map((r) => ({ label: r.label, p95: stats(r.encrypted).p95 }))
      .sort((a, b) => b.p95 - a.p95)[0]!;
    console.log(
      `Target: check-in and check-out p95 < ${P95_TARGET_MS} ms on the encrypted database: ` +
        `${verdict(slowest.p95 < P95_TARGET_MS)} (slowest: ${slowest.label}, ${ms(slowest.p95)} ms)`,
    );
  }
  console.log(
    `Target: encryption costs < ${RATIO_TARGET}× of unencrypted (p95, each kind): ` +
      `${verdict(worstRatio.ratio < RATIO_TARGET)} (highest: ${worstRatio.label}, ${worstRatio.ratio.toFixed(2)}×)`,
  );
}

/** Facts behind the encrypted/plain ratio: what a page read costs, and how much there is to read. */
function printCacheFacts(encrypted: Db, plain: Db): void {
  const enc = pageReadMicros(encrypted);
  const pl = pageReadMicros(plain);
  const cache = encrypted.pragma('cache_size', { simple: true }) as number;
  const cacheBytes = cache < 0 ? -cache * 1024 : cache * 4096;
  const set = searchWorkingSet(encrypted);
  const total = set.reduce((s, t) => s + t.bytes, 0);
  console.log(
    `\nPage reads: bringing a 4 KiB page into SQLite's cache costs ${enc.toFixed(1)} µs encrypted ` +
      `vs ${pl.toFixed(1)} µs plain (full scan of clients, OS-cached file; the difference is ` +
      `decryption and the HMAC check).`,
  );
  console.log(
    `Desk-search working set ${mib(total)} (${set.map((t) => `${t.name} ${mib(t.bytes)}`).join(', ')}) ` +
      `vs a page cache of ${mib(cacheBytes)} per connection: ` +
      (total > cacheBytes
        ? 'it does not fit, so most result rows are a page read (and, encrypted, a decryption).'
        : 'it fits, so after warm-up few queries read pages at all.'),
  );
}

function main(): void {
  const started = performance.now();
  printMachine();
  const dir = mkdtempSync(join(tmpdir(), 'deskbook-bench-'));
  const files = { encrypted: join(dir, 'encrypted.db'), plain: join(dir, 'plain.db') };
  const opened: Db[] = [];
  try {
    const encrypted = openEncrypted(files.encrypted, randomBytes(32).toString('hex'), {
      create: true,
    });
    opened.push(encrypted);
    const plain = openPlain(files.plain);
    opened.push(plain);
    printSqlite(encrypted);
    const now = NOW;
    migrate(encrypted);
    migrate(plain);
    const staff = insertStaff(encrypted, now);
    insertStaff(plain, now);

    const genStart = performance.now();
    const clients = generateClients(FILES, SEED, staff);
    console.log(
      `\nSeeding ${thousands(FILES)} client files (generated in ${seconds(performance.now() - genStart)}), ` +
        `insertClient + reindexClient, ${thousands(BATCH)} per transaction:`,
    );
    seed('encrypted', encrypted, clients);
    seed('plain    ', plain, clients);
    settle(encrypted);
    settle(plain);
    const terms = encrypted.prepare('SELECT count(*) FROM client_search').pluck().get() as number;
    const orgs = clients.filter((c) => c.kind === 'organisation').length;
    console.log(
      `  ${thousands(orgs)} organisations, ${thousands(terms)} search terms; after ANALYZE and a ` +
        `WAL checkpoint: encrypted ${mib(fileBytes(files.encrypted))}, plain ${mib(fileBytes(files.plain))}`,
    );

    console.log(
      `\nSeeding ${thousands(CHECK_INS)} past check-ins (closed, over two years), 50,000 per transaction:`,
    );
    for (const [name, db] of [
      ['encrypted', encrypted],
      ['plain    ', plain],
    ] as const) {
      const elapsed = seedCheckIns(db, clients, CHECK_INS, now, SEED + 3000);
      console.log(`  ${name}: ${seconds(elapsed)}`);
      settle(db);
    }
    console.log(
      `  after ANALYZE and a WAL checkpoint: encrypted ${mib(fileBytes(files.encrypted))}, ` +
        `plain ${mib(fileBytes(files.plain))}`,
    );

    printPlans(encrypted);
    console.log('\n  open check-in of a member, and the holder of a tag (check-in, check-out):');
    for (const sql of [OPEN_BY_CLIENT_SQL, OPEN_BY_TAG_SQL]) {
      console.log(`    ${sql}`);
      for (const line of queryPlan(encrypted, { sql, args: ['x'] })) console.log(`      ${line}`);
    }

    const rows: Row[] = KINDS.map((kind, k) => {
      const warmup = drawQueries(kind, clients, WARMUP, SEED + 1000 + k);
      const queries = drawQueries(kind, clients, QUERIES, SEED + 2000 + k);
      const timing = measureKind(kind, { encrypted, plain }, warmup, queries);
      return {
        label: kind.label,
        search: kind.search,
        example: kind.search ? queries[0]!.text : '(by id)',
        probes: meanProbes(kind, queries),
        ...timing,
      };
    });
    benchRanking(encrypted, clients, now, SEED + 6000);
    if (FILES !== RANKING_FILES) {
      const checkIns = Math.round((CHECK_INS * RANKING_FILES) / FILES);
      benchRankingAt(dir, RANKING_FILES, checkIns, now, SEED + 7000);
    }
    if (ONLY === 'search') {
      printResults(rows);
      return;
    }
    const desk = measureDesk({ encrypted, plain }, clients, now, WARMUP, QUERIES, SEED + 4000);
    for (const [label, timing] of [
      ['check-in (next free tag)', desk.checkIn],
      ['check-out (no charges)', desk.checkOut],
    ] as const) {
      rows.push({
        label,
        search: false,
        target: true,
        example: '(service)',
        probes: null,
        ...timing,
      });
    }
    printResults(rows);
    printCacheFacts(encrypted, plain);
    benchHandover({ encrypted, plain }, clients, now, SEED + 5000);
    benchComplaints({ encrypted, plain }, now, SEED + 8000);
  } finally {
    for (const db of opened) db.close();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\nTotal bench time ${seconds(performance.now() - started)}; temp folder removed.`);
}

// A MISS is still exit 0 (a report, not a test); only a crash of the bench itself fails.
// BENCH_ONLY=jobs runs just the jobs table; BENCH_ONLY=search the search and ranking tables;
// BENCH_ONLY=backup just the backup of the 100k/1M vault with check-ins meanwhile.
// BENCH_ONLY=complaints: the complaint board and a client's cases at 50,000 cases, on their own.
// BENCH_ONLY=reports: the monthly and yearly report over two years (tests/bench/reports.ts).
// BENCH_ONLY=stations: desk calls over the LAN against the vault PC's (tests/bench/stations.ts).
// BENCH_ONLY=headOffice: the head-office ingest into PostgreSQL (tests/bench/headOffice.ts).
try {
  if (ONLY === 'complaints') benchComplaintsAlone();
  else if (ONLY === 'reports') void benchReports().catch(failed);
  else if (ONLY === 'stations') void benchStations().catch(failed);
  else if (ONLY === 'headOffice') void benchHeadOffice().catch(failed);
  else runAll();
} catch (err) {
  console.error('bench failed:', err);
  process.exitCode = 1;
}

function runAll(): void {
  if (ONLY !== 'jobs' && ONLY !== 'backup') main();
  const jobs = ONLY === 'search' || ONLY === 'backup' ? Promise.resolve() : benchJobs();
  jobs
    .then(() => (ONLY === 'search' || ONLY === 'jobs' ? undefined : benchBackup()))
    .then(() => (ONLY === undefined ? benchReports() : undefined))
    .then(() => (ONLY === undefined ? benchStations() : undefined))
    .then(() => (ONLY === undefined ? benchHeadOffice() : undefined))
    .catch(failed);
}

function failed(err: unknown): void {
  console.error('bench failed:', err);
  process.exitCode = 1;
}
