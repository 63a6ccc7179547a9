/**
 * Generating a handover at scale: on the bench databases (clients and two years of check-ins)
 * two years of other reception history are added, then one shift with 2,000 events. Timed:
 * the handover content as the outgoing signature generates it, and the draft view that
 * `handover.get` answers (content, blockers, names), each in a transaction as the router runs it.
 */
import type { ClientColumns } from '../../electron/features/clients/clientQueries';
import { getHandover } from '../../electron/features/handover/handoverQueries';
import { WINDOW_SQL } from '../../electron/features/handover/handoverRecordQueries';
import { getShift } from '../../electron/features/shifts/shiftQueries';
import type { Db } from '../../electron/db/types';
import { generateContent, windowOf } from '../../electron/features/handover/handoverContent';
import { handoverView } from '../../electron/features/handover/handoverView';
import { settle } from './databases';
import { seedBusyShift, seedReceptionHistory, SHIFT_EVENTS } from './handoverSeed';
import { percentile, type Timing } from './measure';
import { queryPlan } from './plans';
import { formatTable, ms } from './table';

const P95_TARGET_MS = 100;
const RUNS = Number(process.env.BENCH_HANDOVER_RUNS ?? 300);
const WARMUP = 20;
const HOUR_MS = 3_600_000;

type Dbs = { encrypted: Db; plain: Db };
type Pair = { encrypted: Timing; plain: Timing };

const seconds = (msValue: number) => `${(msValue / 1000).toFixed(1)} s`;
const thousands = (n: number) => n.toLocaleString('en-US');

function timed(db: Db, work: () => unknown): number {
  const start = process.hrtime.bigint();
  db.transaction(work)();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Both databases in turn, which goes first alternating, after a warm-up on each. */
function measure(dbs: Dbs, work: (db: Db) => () => unknown): Pair {
  const out: Pair = {
    encrypted: { ms: [], rows: 0, hits: 0 },
    plain: { ms: [], rows: 0, hits: 0 },
  };
  for (let i = 0; i < WARMUP + RUNS; i += 1) {
    const order =
      i % 2 === 0 ? (['encrypted', 'plain'] as const) : (['plain', 'encrypted'] as const);
    for (const which of order) {
      const t = timed(dbs[which], work(dbs[which]));
      if (i >= WARMUP) out[which].ms.push(t);
    }
  }
  return out;
}

function row(label: string, t: Pair): string[] {
  const s = (x: Timing) => [...x.ms].sort((a, b) => a - b);
  const [e, p] = [s(t.encrypted), s(t.plain)];
  const e95 = percentile(e, 95);
  return [
    label,
    ms(percentile(e, 50)),
    ms(e95),
    ms(percentile(e, 99)),
    ms(percentile(p, 50)),
    ms(percentile(p, 95)),
    ms(percentile(p, 99)),
    `${(e95 / percentile(p, 95)).toFixed(2)}×`,
    e95 < P95_TARGET_MS ? 'PASS' : 'MISS',
  ];
}

function printPlans(db: Db, shiftId: string, to: number): void {
  const shift = getShift(db, shiftId)!;
  const w = { ...windowOf(shift.opened_at, to), shiftId };
  console.log('\n  handover window queries (after ANALYZE):');
  for (const [name, sql] of Object.entries(WINDOW_SQL)) {
    const plan = queryPlan(db, { sql, args: [w] }).join(' | ');
    console.log(`    ${name.padEnd(15)} ${plan}`);
  }
}

export function benchHandover(
  dbs: Dbs,
  clients: readonly ClientColumns[],
  now: number,
  seed: number,
): void {
  console.log(
    '\nSeeding two years of reception history (visitors, calls, cards, slips, audit rows, shifts):',
  );
  const shifts = new Map<Db, ReturnType<typeof seedBusyShift>>();
  for (const [name, db] of Object.entries(dbs)) {
    const started = performance.now();
    const counts = seedReceptionHistory(db, now, seed);
    // After the desk bench's own check-ins (they run from `now` for a few hours).
    shifts.set(db, seedBusyShift(db, clients, now + 6 * HOUR_MS, seed + 1));
    settle(db);
    const list = Object.entries(counts)
      .map(([t, n]) => `${t} ${thousands(n)}`)
      .join(', ');
    console.log(`  ${name.padEnd(9)}: ${seconds(performance.now() - started)} (${list})`);
  }
  const events = Object.entries(SHIFT_EVENTS)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  console.log(`  one 8-hour shift with 2,000 events: ${events}`);
  const busy = shifts.get(dbs.encrypted)!;
  printPlans(dbs.encrypted, busy.shiftId, busy.to);

  const content = measure(dbs, (db) => () => {
    const s = shifts.get(db)!;
    return generateContent(db, getShift(db, s.shiftId)!, getHandover(db, s.handoverId)!, s.to);
  });
  const view = measure(dbs, (db) => () => {
    const s = shifts.get(db)!;
    return handoverView(db, getHandover(db, s.handoverId)!, s.to);
  });
  const header = [
    'handover',
    'enc p50',
    'enc p95',
    'enc p99',
    'plain p50',
    'plain p95',
    'plain p99',
    'enc/plain p95',
    'result',
  ];
  console.log(
    `\nHandover of the 2,000-event shift, ms per call (${RUNS} calls per database after ${WARMUP} warm-up):\n`,
  );
  console.log(
    formatTable(header, [
      row('content (signing)', content),
      row('handover.get (draft view)', view),
    ]),
  );
  const worst = Math.max(
    percentile(
      [...content.encrypted.ms].sort((a, b) => a - b),
      95,
    ),
    percentile(
      [...view.encrypted.ms].sort((a, b) => a - b),
      95,
    ),
  );
  console.log(
    `\nTarget: generating a handover for a shift with 2,000 events p95 < ${P95_TARGET_MS} ms on the ` +
      `encrypted database: ${worst < P95_TARGET_MS ? 'PASS' : 'MISS'} (slowest p95 ${ms(worst)} ms)`,
  );
}
