/**
 * The supervisor's complaint board and a client's case list at 50,000 cases (issue 12), on
 * an encrypted and a plain database alike. BENCH_ONLY=complaints runs just this table on
 * databases of its own (BENCH_COMPLAINT_CLIENTS client files, 20,000 by default).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../electron/db/migrate';
import { openEncrypted } from '../../electron/db/open';
import type { Db } from '../../electron/db/types';
import { complaintBoard } from '../../electron/features/complaints/board';
import { BOARD_SQL } from '../../electron/features/complaints/boardQueries';
import { refreshOpenCases } from '../../electron/features/complaints/caseClock';
import { listCases } from '../../electron/features/complaints/caseLists';
import type { ServiceContext } from '../../electron/ipc/context';
import { seedComplaints } from './complaintSeed';
import { generateClients, NOW } from './data';
import { insertStaff, openPlain, seedClients, settle } from './databases';
import { percentile, type Timing } from './measure';
import { oneLine, queryPlan, recordStatements } from './plans';
import { Random } from './random';
import { formatTable, ms } from './table';

const CASES = Number(process.env.BENCH_COMPLAINTS ?? 50_000);
const RUNS = Number(process.env.BENCH_COMPLAINT_RUNS ?? 200);
const WARMUP = 20;
const P95_TARGET_MS = 100;
const LIST_TARGET_MS = 10;
const RECOMPUTE_RUNS = 20;
const RECOMPUTE_TARGET_MS = 500;

type Dbs = { encrypted: Db; plain: Db };
type Pair = { encrypted: Timing; plain: Timing };

/**
 * A client's cases as the client file lists them (`complaints.list` with the client, the
 * whole history, newest first, 50 a page), read by the case handlers' own code for a desk.
 */
function clientCases(db: Db, clientId: string, now: number) {
  const ctx = {
    db,
    now,
    staff: { id: 'bench', role: 'receptionist' },
  } as unknown as ServiceContext;
  return listCases(ctx, { scope: 'all', clientId, limit: 50, offset: 0 });
}

function timed(db: Db, work: () => unknown): number {
  const start = process.hrtime.bigint();
  db.transaction(work)();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function measure(dbs: Dbs, work: (db: Db, i: number) => unknown, runs = RUNS): Pair {
  const out: Pair = {
    encrypted: { ms: [], rows: 0, hits: 0 },
    plain: { ms: [], rows: 0, hits: 0 },
  };
  for (let i = 0; i < WARMUP + runs; i += 1) {
    const order =
      i % 2 === 0 ? (['encrypted', 'plain'] as const) : (['plain', 'encrypted'] as const);
    for (const which of order) {
      const t = timed(dbs[which], () => work(dbs[which], i));
      if (i >= WARMUP) out[which].ms.push(t);
    }
  }
  return out;
}

function row(label: string, t: Pair, target: number): string[] {
  const s = (x: Timing) => [...x.ms].sort((a, b) => a - b);
  const [e, p] = [s(t.encrypted), s(t.plain)];
  const e95 = percentile(e, 95);
  return [
    label,
    ms(percentile(e, 50)),
    ms(e95),
    ms(percentile(p, 50)),
    ms(percentile(p, 95)),
    `${(e95 / percentile(p, 95)).toFixed(2)}×`,
    `< ${target}`,
    e95 < target ? 'PASS' : 'MISS',
  ];
}

function printPlans(db: Db, clientId: string): void {
  console.log('\n  board and case-list statements (after ANALYZE):');
  const plans: [string, string, unknown[]][] = [
    ...Object.entries(BOARD_SQL).map(([name, sql]): [string, string, unknown[]] => [
      name,
      sql,
      (sql.match(/\?/g) ?? []).map(() => (/json_each/.test(sql) ? '[]' : 0)),
    ]),
  ];
  for (const [name, sql, args] of plans)
    console.log(`    ${name.padEnd(13)} ${queryPlan(db, { sql, args }).join(' |').trim()}`);
  console.log("  a client's cases (complaints.list, the statements it runs):");
  for (const call of recordStatements(db, (spy) => clientCases(spy, clientId, NOW)))
    console.log(
      `    ${oneLine(call.sql).slice(0, 70)}…\n      ${queryPlan(db, call).join(' |').trim()}`,
    );
}

/** Seeds the cases into both databases (which already hold staff and clients) and measures. */
export function benchComplaints(dbs: Dbs, now: number, seed: number): void {
  console.log(`\nSeeding ${CASES.toLocaleString('en-US')} complaint cases over two years:`);
  let busiest = '';
  let open = 0;
  const clientsWithCases: string[] = [];
  for (const [name, db] of Object.entries(dbs)) {
    const started = performance.now();
    const s = seedComplaints(db, CASES, now, seed);
    settle(db);
    busiest = s.busiestClient;
    open = s.open;
    const elapsed = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `  ${name.padEnd(9)}: ${elapsed} s (${s.open} not closed; busiest client ${s.busiestCount} cases)`,
    );
    if (clientsWithCases.length === 0)
      clientsWithCases.push(
        ...(db
          .prepare('SELECT DISTINCT client_id FROM complaints WHERE client_id IS NOT NULL')
          .pluck()
          .all() as string[]),
      );
  }
  printPlans(dbs.encrypted, busiest);
  const rng = new Random(seed + 1);
  const drawn = Array.from({ length: WARMUP + RUNS }, () => rng.pick(clientsWithCases));
  const board = measure(dbs, (db) => complaintBoard(db, now, 'supervisor'));
  const list = measure(dbs, (db, i) => clientCases(db, drawn[i]!, now));
  const busy = measure(dbs, (db) => clientCases(db, busiest, now));
  // What a saved calendar, level or chain costs: every open case's deadlines recomputed.
  const recompute = measure(dbs, (db) => refreshOpenCases(db), RECOMPUTE_RUNS);
  const header = [
    'complaints',
    'enc p50',
    'enc p95',
    'plain p50',
    'plain p95',
    'enc/plain p95',
    'target',
    'result',
  ];
  console.log(
    `\nComplaints at ${CASES.toLocaleString('en-US')} cases, ms per call (${RUNS} calls per database after ${WARMUP} warm-up):\n`,
  );
  console.log(
    formatTable(header, [
      row('complaints.board', board, P95_TARGET_MS),
      row("a client's cases (random client)", list, LIST_TARGET_MS),
      row("a client's cases (busiest client)", busy, LIST_TARGET_MS),
      row(`settings saved: ${open} open cases recomputed`, recompute, RECOMPUTE_TARGET_MS),
    ]),
  );
}

/** BENCH_ONLY=complaints: staff, client files and the cases on fresh databases. */
export function benchComplaintsAlone(): void {
  const dir = mkdtempSync(join(tmpdir(), 'deskbook-bench-complaints-'));
  const encrypted = openEncrypted(join(dir, 'enc.db'), randomBytes(32).toString('hex'), {
    create: true,
  });
  const plain = openPlain(join(dir, 'plain.db'));
  try {
    const files = Number(process.env.BENCH_COMPLAINT_CLIENTS ?? 20_000);
    for (const db of [encrypted, plain]) {
      migrate(db);
      const staff = insertStaff(db, NOW);
      seedClients(db, generateClients(files, 20_260_615, staff), 5_000);
    }
    console.log(
      `Complaints bench on its own: ${files.toLocaleString('en-US')} client files per database`,
    );
    benchComplaints({ encrypted, plain }, NOW, 20_261_203);
  } finally {
    encrypted.close();
    plain.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
