/**
 * Check-in and check-out at scale: 1,000,000 past (closed) check-ins over two years on the
 * 100k-client databases, then the app's own `checkIn` / `checkOut` service functions, each
 * in its own transaction with its audit row, as the router runs them.
 */
import type { ClientColumns } from '../../electron/features/clients/clientQueries';
import { getStaff } from '../../electron/features/staff/staffQueries';
import { uuidv7 } from '../../electron/db/ids';
import { refreshSearchHeat, VISIT_TRIGGER } from '../../electron/db/migrations/014_search_heat';
import type { Db } from '../../electron/db/types';
import { appendAudit } from '../../electron/audit/chain';
import type { ServiceContext } from '../../electron/ipc/context';
import { Denied } from '../../electron/ipc/errors';
import { checkIn, checkOut } from '../../electron/features/desk/deskCheckIn';
import { effectiveStatus } from '../../shared/domain/clients';
import { BLOCKED_STATUSES } from '../../shared/domain/desk';
import { businessDate } from '../../shared/domain/time';
import { TODAY } from './data';
import type { Timing } from './measure';
import { Random } from './random';

const DAY_MS = 86_400_000;
/** The receptionist bench staff row (see insertStaff). */
const RECEPTIONIST_ID = '00000000-0000-7000-8000-000000000002';

/**
 * `count` closed check-ins, oldest first, spread evenly over the two years before `now`
 * (opening hours 06:00–22:00 UTC), 50,000 per transaction. As at a real desk, most entries are
 * regulars': 80 % come from a fixed 5 % of the files, the rest from anyone. Written without the
 * check-in trigger (which moves a file's ~16 search rows per visit: minutes for a million),
 * then visits and heat in bulk as migration 014 computes them, the same figures as the trigger.
 */
export function seedCheckIns(
  db: Db,
  clients: readonly ClientColumns[],
  count: number,
  now: number,
  seed: number,
): number {
  const started = performance.now();
  const rng = new Random(seed);
  const regulars = clients.filter((_, i) => i % 20 === 7);
  const start = now - 730 * DAY_MS;
  const perDay = count / 730;
  const insert = db.prepare(
    `INSERT INTO check_ins (id, client_id, tag_number, gender, business_date, checked_in_at,
       checked_in_by, checked_out_at, checked_out_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const BATCH = 50_000;
  const tx = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i += 1) {
      const day = Math.floor(i / perDay);
      const within = (i - day * perDay) / perDay;
      const at = start + day * DAY_MS + 6 * 3_600_000 + Math.floor(within * 16 * 3_600_000);
      const c = rng.pick(rng.chance(0.8) ? regulars : clients);
      const stay = 30 * 60_000 + Math.floor(rng.next() * 150 * 60_000);
      insert.run(
        uuidv7(at),
        c.id,
        String(1 + Math.floor(rng.next() * 200)),
        c.gender ?? 'unspecified',
        businessDate(at),
        at,
        RECEPTIONIST_ID,
        at + stay,
        RECEPTIONIST_ID,
      );
    }
  });
  db.exec('DROP TRIGGER check_ins_visit');
  for (let i = 0; i < count; i += BATCH) tx(i, Math.min(count, i + BATCH));
  db.transaction(() => refreshSearchHeat(db))();
  db.exec(VISIT_TRIGGER);
  return performance.now() - started;
}

function contextFor(db: Db, now: number): ServiceContext {
  return {
    env: { ids: () => uuidv7(now) } as ServiceContext['env'],
    db,
    now,
    clientId: 'bench',
    session: null,
    staff: getStaff(db, RECEPTIONIST_ID)!,
    audit: {},
    deny: (error) => new Denied(error),
    afterCommit: () => {},
    emitAfterCommit: () => {},
  };
}

/** One call as the router makes it: service and audit row in one transaction. */
function timed<T>(db: Db, now: number, action: string, run: (ctx: ServiceContext) => T): number {
  const startNs = process.hrtime.bigint();
  const ctx = contextFor(db, now);
  db.transaction(() => {
    const out = run(ctx);
    if (out instanceof Denied) throw new Error(`${action} refused: ${out.error.reason}`);
    appendAudit(db, {
      at: now,
      actorId: ctx.staff!.id,
      actorName: ctx.staff!.display_name,
      action,
      targetType: ctx.audit.targetType ?? null,
      targetId: ctx.audit.targetId ?? null,
      outcome: 'ok',
      detail: ctx.audit.detail ?? null,
    });
  })();
  return Number(process.hrtime.bigint() - startNs) / 1e6;
}

export interface DeskTimings {
  checkIn: { encrypted: Timing; plain: Timing };
  checkOut: { encrypted: Timing; plain: Timing };
}

/**
 * Blocks of 100 members check in (next free tag) and then out, on both databases in turn
 * (which goes first alternates), after `warmup` members; the same members on both.
 */
export function measureDesk(
  dbs: { encrypted: Db; plain: Db },
  clients: readonly ClientColumns[],
  now: number,
  warmup: number,
  count: number,
  seed: number,
): DeskTimings {
  const pool = clients.filter((c) => {
    const status = effectiveStatus(c.membership_status, c.membership_expiry, TODAY);
    return !status || !BLOCKED_STATUSES.includes(status);
  });
  const rng = new Random(seed);
  const empty = (): Timing => ({ ms: [], rows: 0, hits: 0 });
  const out: DeskTimings = {
    checkIn: { encrypted: empty(), plain: empty() },
    checkOut: { encrypted: empty(), plain: empty() },
  };
  const BLOCK = 100;
  let clock = now;
  for (let b = 0; b * BLOCK < warmup + count; b += 1) {
    const picked = new Set<ClientColumns>();
    while (picked.size < BLOCK) picked.add(rng.pick(pool));
    const members = [...picked];
    const measured = b * BLOCK >= warmup;
    const order =
      b % 2 === 0 ? (['encrypted', 'plain'] as const) : (['plain', 'encrypted'] as const);
    for (const which of order) {
      const db = dbs[which];
      const ids: string[] = [];
      for (const m of members) {
        clock += 1_000;
        const ms = timed(db, clock, 'desk.checkIn', (ctx) => {
          const r = checkIn(ctx, { clientId: m.id });
          if (!(r instanceof Denied)) ids.push(r.checkIn.id);
          return r;
        });
        if (measured) push(out.checkIn[which], ms);
      }
      for (const id of ids) {
        clock += 1_000;
        const ms = timed(db, clock, 'desk.checkOut', (ctx) => checkOut(ctx, { checkInId: id }));
        if (measured) push(out.checkOut[which], ms);
      }
    }
  }
  return out;
}

function push(t: Timing, ms: number): void {
  t.ms.push(ms);
  t.rows += 1;
  t.hits += 1;
}
