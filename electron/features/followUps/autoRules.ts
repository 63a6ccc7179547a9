import type { AutoRules } from '../../../shared/contract/followUpViews';
import { AUTO_RULE_KINDS, type AutoRuleKind } from '../../../shared/domain/followUpPlan';
import { addDays, startOfDay } from '../../../shared/domain/time';
import type { IdSource } from '../../db/ids';
import type { Db } from '../../db/types';
import { today, type ServiceContext } from '../../ipc/context';

/** A day missed while the desk's PC was off is caught up, up to a week back. */
const CATCH_UP_DAYS = 7;

export function readAutoRules(db: Db): AutoRules {
  const rows = db.prepare('SELECT kind, days FROM follow_up_rules').all() as {
    kind: AutoRuleKind;
    days: number;
  }[];
  const out = Object.fromEntries(AUTO_RULE_KINDS.map((k) => [k, null])) as AutoRules;
  for (const r of rows) out[r.kind] = r.days;
  return out;
}

interface Window {
  /** First and last business day (inclusive) whose members the rule reaches in this run. */
  from: string;
  to: string;
}

/** Active members whose membership ends `days` after a day of the window. */
function beforeExpiry(db: Db, days: number, w: Window): string[] {
  return db
    .prepare(
      `SELECT id FROM clients WHERE membership_status = 'active'
       AND membership_expiry BETWEEN ? AND ?`,
    )
    .pluck()
    .all(addDays(w.from, days), addDays(w.to, days)) as string[];
}

/** Members last seen `days` before a day of the window (and not since). */
function notSeen(db: Db, days: number, w: Window): string[] {
  const from = localMidnight(addDays(w.from, -days));
  const to = localMidnight(addDays(w.to, -days + 1));
  return db
    .prepare(
      `SELECT v.client_id FROM client_visits v INDEXED BY client_visits_last
       JOIN clients c ON c.id = v.client_id
       WHERE v.last_at >= ? AND v.last_at < ? AND c.membership_status = 'active'`,
    )
    .pluck()
    .all(from, to) as string[];
}

/**
 * Members whose first visit was `days` before a day of the window: every visit they have
 * made falls on or after the window's first such day (client_visits counts them all).
 */
function afterFirstVisit(db: Db, days: number, w: Window): string[] {
  const first = addDays(w.from, -days);
  return db
    .prepare(
      `SELECT k.client_id FROM check_ins k INDEXED BY check_ins_day
       JOIN client_visits v ON v.client_id = k.client_id
       WHERE k.business_date >= @first AND k.client_id IS NOT NULL
       GROUP BY k.client_id, v.visits
       HAVING count(*) = v.visits AND min(k.business_date) <= @last`,
    )
    .pluck()
    .all({ first, last: addDays(w.to, -days) }) as string[];
}

function localMidnight(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return startOfDay(new Date(y, m - 1, d, 12).getTime());
}

const REACHED: Record<AutoRuleKind, (db: Db, days: number, w: Window) => string[]> = {
  afterFirstVisit,
  beforeExpiry,
  notSeen,
};

/**
 * One plan with one call per member a rule reaches in the window, assigned to the member's
 * consultant (the desk's when none). A member already reached by the same rule lately is not
 * called twice: within the rule's days (at least a month for "before expiry").
 */
function applyRule(
  db: Db,
  ids: IdSource,
  now: number,
  kind: AutoRuleKind,
  days: number,
  w: Window,
): number {
  const recent = db.prepare(
    `SELECT 1 FROM follow_up_plans INDEXED BY follow_up_plans_auto
     WHERE client_id = ? AND auto_rule = ? AND starts_on > ?`,
  );
  const client = db.prepare('SELECT consultant_id, phones FROM clients WHERE id = ?');
  // Written ended: the plan is the record of why the call was made, with nothing more to come.
  const plan = db.prepare(
    `INSERT INTO follow_up_plans (id, client_id, rule, starts_on, assigned_to, auto_rule,
       created_at, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const call = db.prepare(
    `INSERT INTO follow_up_calls (id, plan_id, client_id, phone, due_day, assigned_to, attempt,
       created_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)`,
  );
  const quiet = addDays(w.to, -Math.max(days, 30));
  let added = 0;
  for (const clientId of REACHED[kind](db, days, w)) {
    if (recent.get(clientId, kind, quiet)) continue;
    const c = client.get(clientId) as { consultant_id: string | null; phones: string };
    const phone = (JSON.parse(c.phones) as string[])[0] ?? null;
    const planId = ids();
    const rule = JSON.stringify({ kind, days });
    plan.run(planId, clientId, rule, w.to, c.consultant_id, kind, now, now);
    call.run(ids(), planId, clientId, phone, w.to, c.consultant_id, now);
    added += 1;
  }
  return added;
}

/** The day's run of the desk's rules, from the day after the last run (at most a week back). */
export function applyAutoRules(
  db: Db,
  ids: IdSource,
  now: number,
  today: string,
  lastRun: string | null,
): number {
  const rules = readAutoRules(db);
  const earliest = addDays(today, -CATCH_UP_DAYS + 1);
  const from = lastRun === null || lastRun < earliest ? earliest : addDays(lastRun, 1);
  if (from > today) return 0;
  let added = 0;
  for (const kind of AUTO_RULE_KINDS) {
    const days = rules[kind];
    if (days !== null) added += applyRule(db, ids, now, kind, days, { from, to: today });
  }
  return added;
}

/**
 * 自动回访规则 set by a supervisor: stored, and on switching on, today's members are reached
 * at once rather than at tomorrow's first tick.
 */
export function setAutoRule(
  ctx: ServiceContext,
  input: { kind: AutoRuleKind; days: number | null },
): AutoRules {
  if (input.days === null)
    ctx.db.prepare('DELETE FROM follow_up_rules WHERE kind = ?').run(input.kind);
  else
    ctx.db
      .prepare(
        `INSERT INTO follow_up_rules (kind, days, updated_by, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (kind) DO UPDATE SET days = excluded.days,
           updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
      )
      .run(input.kind, input.days, ctx.staff!.id, ctx.now);
  const day = today(ctx);
  const added =
    input.days === null ? 0 : applyAutoRules(ctx.db, ctx.env.ids, ctx.now, day, addDays(day, -1));
  ctx.audit.targetType = 'followUpRule';
  ctx.audit.targetId = input.kind;
  ctx.audit.detail = { days: input.days, callsAdded: added };
  return readAutoRules(ctx.db);
}
