/**
 * 50,000 complaint cases over two years for the complaints bench, by SQL as the handlers
 * would leave them: each with its history (received, responded, resolved, closed), a
 * follow-up call with a score once resolved; the last weeks' cases still open in every
 * state. A few regulars complain often, so a client's case list has something to page.
 */
import type { Db } from '../../electron/db/types';
import { refreshCaseClock } from '../../electron/features/complaints/caseClock';
import { COMPLAINT_CATEGORIES, COMPLAINT_SEVERITIES } from '../../shared/domain/complaint';
import { businessDate } from '../../shared/domain/time';
import { Random } from './random';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const DAYS = 730;
/** Cases received in the last this many days may still be open. */
const RECENT_DAYS = 21;

export interface CaseSeed {
  cases: number;
  open: number;
  /** The client with the most cases (the case list measured). */
  busiestClient: string;
  busiestCount: number;
}

function statements(db: Db) {
  return {
    kase: db.prepare(
      `INSERT INTO complaints (id, number, channel, client_id, contact_name, call_back_phone,
         category, severity, summary, client_wants, received_at, business_date, first_receiver,
         owner_id, state, level, responded_at, resolved_at, closed_at, reopened_count, plan,
         result, updated_at)
       VALUES (@id, @number, 'phone', @client, '顾客', '13900001111', @category, @severity,
         '前台等候时间过长，工作人员态度冷淡', '希望道歉并改进', @at, @day, @owner, @owner,
         @state, @level, @responded, @resolved, @closed, @reopened, '核实排班，安排回访', @result,
         @at)`,
    ),
    event: db.prepare(
      `INSERT INTO complaint_events (id, complaint_id, at, by_staff, kind, state)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    call: db.prepare(
      `INSERT INTO follow_up_calls (id, complaint_id, client_id, due_day, assigned_to, outcome,
         score, done_at, done_by, done_day, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
}

export function seedComplaints(db: Db, count: number, now: number, seed: number): CaseSeed {
  const rng = new Random(seed);
  const st = statements(db);
  const staff = db.prepare('SELECT id FROM staff ORDER BY id').pluck().all() as string[];
  const clients = db
    .prepare('SELECT id FROM clients ORDER BY id LIMIT 20000')
    .pluck()
    .all() as string[];
  const regulars = clients.slice(0, 20);
  const byClient = new Map<string, number>();
  let open = 0;
  const start = now - DAYS * DAY_MS;
  db.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      // Spread evenly over two years, the newest last.
      const at = start + Math.floor((i / count) * DAYS * DAY_MS) + rng.int(0, HOUR_MS);
      const client = rng.chance(0.1)
        ? rng.pick(regulars)
        : rng.chance(0.8)
          ? rng.pick(clients)
          : null;
      if (client) byClient.set(client, (byClient.get(client) ?? 0) + 1);
      const owner = rng.pick(staff);
      const recent = now - at < RECENT_DAYS * DAY_MS;
      const stage = recent ? rng.int(0, 4) : 4;
      const responded = stage >= 1 ? at + rng.int(10, 1_500) * 60_000 : null;
      const resolved = stage >= 3 ? responded! + rng.int(30, 4_000) * 60_000 : null;
      const closed = stage >= 4 && resolved! + DAY_MS < now ? resolved! + DAY_MS : null;
      const state = closed
        ? 'closed'
        : resolved
          ? 'resolved'
          : stage === 2
            ? 'waitingForClient'
            : responded
              ? 'responded'
              : 'open';
      if (state !== 'closed') open += 1;
      const id = `c${String(i).padStart(7, '0')}`;
      st.kase.run({
        id,
        number: `TS-${businessDate(at).replace(/-/g, '')}-${String(i).padStart(5, '0')}`,
        client,
        category: rng.pick(COMPLAINT_CATEGORIES),
        severity: rng.weighted(COMPLAINT_SEVERITIES, [3, 6, 2, 1]),
        at,
        day: businessDate(at),
        owner,
        state,
        level: recent && rng.chance(0.2) ? rng.int(1, 3) : 0,
        responded,
        resolved,
        closed,
        reopened: rng.chance(0.03) ? 1 : 0,
        result: resolved ? '已道歉并赠送一次私教课' : null,
      });
      st.event.run(`${id}-0`, id, at, owner, 'received', 'open');
      if (responded) st.event.run(`${id}-1`, id, responded, owner, 'state', 'responded');
      if (stage === 2)
        st.event.run(`${id}-2`, id, responded! + HOUR_MS, owner, 'state', 'waitingForClient');
      if (resolved) st.event.run(`${id}-3`, id, resolved, owner, 'state', 'resolved');
      if (resolved) {
        const day = businessDate(resolved + DAY_MS);
        const done = closed ? resolved + DAY_MS : null;
        st.call.run(
          `${id}-f`,
          id,
          client,
          day,
          owner,
          done ? 'reached' : null,
          done ? rng.weighted([1, 2, 3, 4, 5], [1, 1, 3, 6, 5]) : null,
          done,
          done ? owner : null,
          done ? day : null,
          resolved,
        );
      }
      if (closed) st.event.run(`${id}-4`, id, closed, owner, 'state', 'closed');
    }
  })();
  // The stored deadlines, next escalation and counted times, as the handlers keep them: every
  // case not closed, and the closed ones the board's 30 days of times read.
  const live = db
    .prepare("SELECT id FROM complaints WHERE state <> 'closed' OR responded_at >= ?")
    .pluck()
    .all(now - 31 * DAY_MS) as string[];
  db.transaction(() => live.forEach((id) => refreshCaseClock(db, id)))();
  const [busiestClient, busiestCount] = [...byClient.entries()].sort((a, b) => b[1] - a[1])[0]!;
  return { cases: count, open, busiestClient, busiestCount };
}
