/**
 * Data for the handover bench: two years of reception history besides the check-ins, and one
 * shift with 2,000 events. Rows go in by SQL (as the services would write them), one
 * transaction per table and day range, with the app's own id shape.
 */
import type { ClientColumns } from '../../electron/features/clients/clientQueries';
import { uuidv7 } from '../../electron/db/ids';
import type { Db } from '../../electron/db/types';
import { businessDate } from '../../shared/domain/time';
import { Random } from './random';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const HISTORY_DAYS = 730;

type Row = Record<string, string | number | null>;

/** One prepared INSERT per table, built from the first row's columns. */
function inserter(db: Db) {
  const cache = new Map<string, ReturnType<Db['prepare']>>();
  return (table: string, row: Row) => {
    let stmt = cache.get(table);
    if (!stmt) {
      const cols = Object.keys(row);
      stmt = db.prepare(
        `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`,
      );
      cache.set(table, stmt);
    }
    stmt.run(row);
  };
}

function staffIds(db: Db): { desk: string; manager: string; consultants: string[] } {
  const byRole = (role: string) =>
    db.prepare('SELECT id FROM staff WHERE role = ? ORDER BY id').pluck().all(role) as string[];
  return {
    desk: byRole('receptionist')[0]!,
    manager: byRole('supervisor')[0]!,
    consultants: byRole('consultant'),
  };
}

const nextSeq = new WeakMap<Db, number>();

/** An audit row for the shape and size of the log; the hashes are not a chain here. */
function auditRow(db: Db, at: number, action: string, actor: string, detail: object | null): Row {
  const seq =
    nextSeq.get(db) ??
    ((db.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number) ?? 0) + 1;
  nextSeq.set(db, seq + 1);
  return {
    seq,
    at,
    business_date: businessDate(at),
    actor_id: actor,
    actor_name: '王芳',
    action,
    target_type: null,
    target_id: null,
    outcome: detail && 'reason' in detail ? 'denied' : 'ok',
    detail: detail ? JSON.stringify(detail) : null,
    prev_hash: '0'.repeat(64),
    hash: seq.toString(16).padStart(64, '0'),
  };
}

/**
 * Per day over the two years before `now` (06:00–22:00 UTC, like the check-ins): 40 visitors,
 * 25 calls, 8 card sales, 300 audit rows, two shifts with 10 log entries each; a settled slip
 * on every fourth past check-in. Returns the counts written.
 */
export function seedReceptionHistory(db: Db, now: number, seed: number): Record<string, number> {
  const rng = new Random(seed);
  const put = inserter(db);
  const { desk, consultants } = staffIds(db);
  const start = now - HISTORY_DAYS * DAY_MS;
  const counts: Record<string, number> = {};
  const count = (t: string) => (counts[t] = (counts[t] ?? 0) + 1);
  const at = (day: number) => start + day * DAY_MS + 6 * HOUR_MS + rng.int(0, 16 * HOUR_MS - 1);
  db.transaction(() => {
    for (let day = 0; day < HISTORY_DAYS; day += 1) {
      const date = businessDate(start + day * DAY_MS + 12 * HOUR_MS);
      for (let i = 0; i < 40; i += 1) {
        const t = at(day);
        put(
          'visitors',
          visitorRow(rng, t, desk, rng.pick(consultants), rng.chance(0.5) ? 'received' : 'left'),
        );
        count('visitors');
      }
      for (let i = 0; i < 25; i += 1) {
        put('calls', callRow(rng, at(day), desk, rng.pick(consultants)));
        count('calls');
      }
      for (let i = 0; i < 8; i += 1) {
        const t = at(day);
        put('card_sales', {
          id: uuidv7(t),
          card_type: rng.pick(['年卡', '季卡', '月卡', '次卡']),
          count: rng.int(1, 3),
          business_date: businessDate(t),
          sold_by: desk,
          sold_at: t,
        });
        count('card_sales');
      }
      for (let i = 0; i < 300; i += 1) {
        put('audit_log', auditRow(db, at(day), 'desk.checkIn', desk, { checkInId: 'x' }));
        count('audit_log');
      }
      for (const [name, from] of [
        ['早班', 6],
        ['晚班', 14],
      ] as const) {
        const opened = start + day * DAY_MS + from * HOUR_MS;
        const shiftId = uuidv7(opened);
        put('shifts', shiftRow(shiftId, name, date, opened, desk, 'closed'));
        for (let i = 0; i < 10; i += 1) {
          const t = opened + rng.int(0, 8 * HOUR_MS - 1);
          put('log_entries', logRow(rng, shiftId, t, desk, rng.chance(0.1) ? 'done' : 'none'));
          count('log_entries');
        }
      }
    }
  })();
  counts.tag_charges = seedSettledSlips(db, desk, rng);
  return counts;
}

/** A settled slip (cash or card) on every fourth past check-in, 30 minutes after entry. */
function seedSettledSlips(db: Db, desk: string, rng: Random): number {
  const put = inserter(db);
  const rows = db
    .prepare('SELECT id, checked_in_at FROM check_ins WHERE checked_out_at IS NOT NULL')
    .all() as { id: string; checked_in_at: number }[];
  let n = 0;
  db.transaction(() => {
    for (let i = 0; i < rows.length; i += 4) {
      const c = rows[i]!;
      const t = c.checked_in_at + 30 * 60_000;
      put('tag_charges', chargeRow(uuidv7(t), c.id, t, desk, rng.chance(0.7) ? 'cash' : 'card'));
      n += 1;
    }
  })();
  return n;
}

function visitorRow(rng: Random, t: number, desk: string, consultant: string, status: string): Row {
  return {
    id: uuidv7(t),
    business_date: businessDate(t),
    registered_at: t,
    registered_by: desk,
    name: `访客${rng.digits(4)}`,
    gender: rng.pick(['female', 'male', 'unspecified']),
    scenario: 'A',
    trial: rng.chance(0.3) ? 1 : 0,
    consultant_id: consultant,
    assigned_at: t,
    deadline_at: t + 120_000,
    status,
    left_at: status === 'left' ? t + HOUR_MS : null,
  };
}

function callRow(rng: Random, t: number, desk: string, consultant: string): Row {
  return {
    id: uuidv7(t),
    business_date: businessDate(t),
    at: t,
    caller_name: `来电${rng.digits(3)}`,
    callback_phone: `138${rng.digits(8)}`,
    purpose: '咨询价格',
    appointment: 0,
    route: 'rotation',
    consultant_id: consultant,
    taken_by: desk,
  };
}

function chargeRow(
  id: string,
  checkInId: string,
  t: number,
  desk: string,
  method: string | null,
): Row {
  return {
    id,
    check_in_id: checkInId,
    name: '矿泉水',
    unit_cents: 300,
    quantity: 1,
    total_cents: 300,
    added_by: desk,
    added_at: t,
    settled_at: method ? t + 60_000 : null,
    settled_by: method ? desk : null,
    method,
  };
}

function shiftRow(
  id: string,
  name: string,
  date: string,
  opened: number,
  by: string,
  status: string,
): Row {
  return {
    id,
    name,
    business_date: date,
    planned_start: opened,
    planned_end: opened + 8 * HOUR_MS,
    opened_at: opened,
    opened_by: by,
    started_at: opened + 60_000,
    status,
    closed_at: status === 'closed' ? opened + 8 * HOUR_MS : null,
    opening_float_cents: 50_000,
  };
}

function logRow(
  rng: Random,
  shiftId: string,
  t: number,
  by: string,
  followUp: 'none' | 'open' | 'done',
): Row {
  return {
    id: uuidv7(t),
    shift_id: shiftId,
    business_date: businessDate(t),
    at: t,
    by_staff: by,
    category: rng.pick(['general', 'maintenance', 'incident', 'vip', 'cash']),
    body: '设备巡检记录',
    locked: 1,
    follow_up: followUp === 'none' ? 0 : 1,
    done_at: followUp === 'done' ? t + DAY_MS : null,
    done_by: followUp === 'done' ? by : null,
  };
}

/** What one busy shift holds; the parts add up to 2,000 events. */
export const SHIFT_EVENTS = {
  checkIns: 800,
  overrides: 20,
  visitors: 200,
  calls: 200,
  cardSales: 150,
  charges: 540,
  voids: 30,
  lostTags: 5,
  logEntries: 20,
  queueServed: 25,
  lockouts: 10,
} as const;

/**
 * One 8-hour shift from `from` with SHIFT_EVENTS spread evenly over it (each with its audit
 * row), 40 members still in with tags, open slips, waiting visitors, open follow-ups carried
 * from earlier shifts, unread notes; its handover draft. Returns the shift and handover ids.
 */
export function seedBusyShift(
  db: Db,
  clients: readonly ClientColumns[],
  from: number,
  seed: number,
): { shiftId: string; handoverId: string; to: number } {
  const rng = new Random(seed);
  const put = inserter(db);
  const { desk, manager, consultants } = staffIds(db);
  const to = from + 8 * HOUR_MS;
  const total = Object.values(SHIFT_EVENTS).reduce((s, n) => s + n, 0);
  const step = Math.floor((to - from) / (total + 1));
  let clock = from;
  const next = () => (clock += step);
  const audit = (t: number, action: string, detail: object | null = null) =>
    put('audit_log', auditRow(db, t, action, desk, detail));
  const shiftId = uuidv7(from);
  const handoverId = uuidv7(from + 1);
  db.transaction(() => {
    put('shifts', shiftRow(shiftId, '早班', businessDate(from), from, desk, 'open'));
    put('shift_staff', { shift_id: shiftId, staff_id: desk, clock_in_at: from, rostered: 1 });
    for (let i = 0; i < 4; i += 1)
      put('shift_checks', {
        shift_id: shiftId,
        item_id: `close-${i}`,
        phase: 'closing',
        label: `收班检查 ${i + 1}`,
        sort: i,
        done_at: i < 2 ? from : null,
      });
    put('handovers', {
      id: handoverId,
      shift_id: shiftId,
      business_date: businessDate(from),
      created_at: from,
      created_by: desk,
      updated_at: from,
      updated_by: desk,
    });
    // Follow-ups from earlier shifts still open, each carried into this one.
    const earlier = db
      .prepare("SELECT id FROM shifts WHERE status = 'closed' ORDER BY opened_at DESC LIMIT 5")
      .pluck()
      .all() as string[];
    for (const [i, s] of earlier.entries()) {
      const entry = logRow(rng, s, from - (i + 1) * DAY_MS, desk, 'open');
      put('log_entries', entry);
      put('follow_up_carries', { entry_id: entry.id as string, shift_id: shiftId, at: from });
    }
    for (let i = 0; i < 5; i += 1)
      put('messages', {
        id: uuidv7(from - i),
        at: from - i * HOUR_MS,
        from_staff: manager,
        to_staff: null,
        body: '明早有器材检修',
      });

    const checkIns: string[] = [];
    for (let i = 0; i < SHIFT_EVENTS.checkIns; i += 1) {
      const t = next();
      const c = rng.pick(clients);
      const stillIn = i >= SHIFT_EVENTS.checkIns - 40;
      const override = i < SHIFT_EVENTS.overrides;
      const id = uuidv7(t);
      put('check_ins', {
        id,
        client_id: c.id,
        tag_number: String(stillIn ? i - (SHIFT_EVENTS.checkIns - 40) + 1 : rng.int(1, 200)),
        gender: c.gender ?? 'unspecified',
        business_date: businessDate(t),
        checked_in_at: t,
        checked_in_by: desk,
        checked_out_at: stillIn ? null : t + HOUR_MS,
        checked_out_by: stillIn ? null : desk,
        override_by: override ? manager : null,
        override_reason: override ? '会员卡过期，经理同意' : null,
      });
      checkIns.push(id);
      audit(t, 'desk.checkIn', { checkInId: id });
    }
    for (let i = 0; i < SHIFT_EVENTS.visitors; i += 1) {
      const t = next();
      put(
        'visitors',
        visitorRow(rng, t, desk, rng.pick(consultants), i < 10 ? 'waiting' : 'received'),
      );
      audit(t, 'visitors.register');
    }
    for (let i = 0; i < SHIFT_EVENTS.calls; i += 1) {
      const t = next();
      put('calls', callRow(rng, t, desk, rng.pick(consultants)));
      audit(t, 'calls.record');
    }
    for (let i = 0; i < SHIFT_EVENTS.cardSales; i += 1) {
      const t = next();
      put('card_sales', {
        id: uuidv7(t),
        card_type: rng.pick(['年卡', '季卡', '月卡', '次卡']),
        count: rng.int(1, 2),
        business_date: businessDate(t),
        sold_by: desk,
        sold_at: t,
      });
      audit(t, 'desk.recordCardSale');
    }
    for (let i = 0; i < SHIFT_EVENTS.charges + SHIFT_EVENTS.voids; i += 1) {
      const t = next();
      const open = i < 40;
      const onto = open ? checkIns[checkIns.length - 1 - i]! : rng.pick(checkIns);
      const row = chargeRow(
        uuidv7(t),
        onto,
        t,
        desk,
        open || i >= SHIFT_EVENTS.charges ? null : rng.chance(0.7) ? 'cash' : 'card',
      );
      if (i >= SHIFT_EVENTS.charges)
        Object.assign(row, { voided_at: t + 30_000, voided_by: manager, void_reason: '点错了' });
      put('tag_charges', row);
      audit(t, 'desk.addCharge');
    }
    for (let i = 0; i < SHIFT_EVENTS.lostTags; i += 1) {
      const t = next();
      put('hand_tags', {
        number: `L${i + 1}`,
        active: 0,
        lost_at: t,
        lost_by: desk,
        lost_reason: '客人遗失',
        lost_date: businessDate(t),
      });
      audit(t, 'desk.tagLost');
    }
    for (let i = 0; i < SHIFT_EVENTS.logEntries; i += 1) {
      const t = next();
      put('log_entries', { ...logRow(rng, shiftId, t, desk, 'none'), locked: 0 });
      audit(t, 'shiftLog.add');
    }
    for (let i = 0; i < SHIFT_EVENTS.queueServed; i += 1) {
      const t = next();
      put('queue_tickets', {
        id: uuidv7(t),
        business_date: businessDate(t),
        number: i + 1,
        taken_at: t,
        taken_by: desk,
        called_at: t + 60_000,
        served_at: t + 120_000,
        status: 'served',
      });
      audit(t, 'queue.serve');
    }
    for (let i = 0; i < SHIFT_EVENTS.lockouts; i += 1)
      audit(next(), 'rotation.signIn', {
        reason: 'auth.tooManyAttempts',
        consultant: consultants[0],
      });
  })();
  return { shiftId, handoverId, to };
}
