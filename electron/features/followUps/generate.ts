import {
  oneOffDay,
  recurringDays,
  type ClientDates,
  type FollowUpRule,
} from '../../../shared/domain/followUpPlan';
import { addDays, businessDate } from '../../../shared/domain/time';
import type { IdSource } from '../../db/ids';
import type { Db } from '../../db/types';
import { applyAutoRules } from './autoRules';

/** The settings row that says the daily run has been done for a day (not a setting). */
const GENERATED_ON = 'followUpsGeneratedOn';
/** Far enough ahead to hold the next call of any recurring step (at most 12 months). */
const LOOK_AHEAD_DAYS = 400;

export interface GeneratingPlan {
  id: string;
  client_id: string;
  rule: string;
  starts_on: string;
  assigned_to: string | null;
  created_at: number;
}

interface ClientFacts {
  phones: string;
  membership_expiry: string | null;
  last_at: number | null;
  visits: number | null;
}

function clientDates(db: Db, clientId: string, c: ClientFacts): ClientDates {
  const lastVisit = c.last_at === null ? null : businessDate(c.last_at);
  // client_visits keeps the last visit only; with one visit it is the first. More visits and
  // no call yet (a plan set on an old member): the one scan of check_ins, once per plan.
  const firstVisit =
    c.visits === null
      ? null
      : c.visits === 1
        ? lastVisit
        : ((db
            .prepare('SELECT min(business_date) FROM check_ins WHERE client_id = ?')
            .pluck()
            .get(clientId) as string | null) ?? lastVisit);
  return { firstVisit, membershipEnd: c.membership_expiry, lastVisit };
}

/**
 * The due days of a plan today. Nothing before the day the plan was set (it does not owe
 * calls for the past); recurring plans up to today plus the next one, so the client file
 * shows what comes. One-off rules give one day, moved when the client's dates move.
 */
export function planDays(
  rule: FollowUpRule,
  plan: GeneratingPlan,
  dates: () => ClientDates,
  today: string,
): string[] {
  const setOn = businessDate(plan.created_at);
  if (rule.kind === 'recurring') {
    const all = recurringDays(plan.starts_on, rule.steps, addDays(today, LOOK_AHEAD_DAYS));
    const from = all.filter((d) => d >= setOn);
    const next = from.find((d) => d > today);
    return [...from.filter((d) => d <= today), ...(next ? [next] : [])];
  }
  const c = dates();
  // An expiry already past when the plan was set has nothing to call "before".
  if (rule.kind === 'beforeExpiry' && (c.membershipEnd === null || c.membershipEnd < setOn))
    return [];
  const day = oneOffDay(rule, c);
  if (day === null) return [];
  return [day < setOn ? setOn : day];
}

function firstPhone(phones: string): string | null {
  return (JSON.parse(phones) as string[])[0] ?? null;
}

/** Writes a plan's due calls; the unique (plan, day, attempt) makes it safe to run again. */
export function generatePlanCalls(
  db: Db,
  ids: IdSource,
  now: number,
  plan: GeneratingPlan,
): number {
  const client = db
    .prepare(
      `SELECT c.phones, c.membership_expiry, v.last_at, v.visits FROM clients c
       LEFT JOIN client_visits v ON v.client_id = c.id WHERE c.id = ?`,
    )
    .get(plan.client_id) as ClientFacts | undefined;
  if (!client) return 0;
  const rule = JSON.parse(plan.rule) as FollowUpRule;
  const once = rule.kind !== 'recurring';
  if (rule.kind === 'afterFirstVisit' && hasCall(db, plan.id)) return 0;
  const days = planDays(
    rule,
    plan,
    () => clientDates(db, plan.client_id, client),
    businessDate(now),
  );
  // A renewal or a visit moved a one-off day: the old call, never tried, is no longer owed.
  if (once)
    db.prepare(
      `DELETE FROM follow_up_calls WHERE plan_id = ? AND attempt = 1 AND done_at IS NULL
       AND dropped_at IS NULL AND due_day NOT IN (SELECT value FROM json_each(?))`,
    ).run(plan.id, JSON.stringify(days));
  // A number corrected on the file (after a wrong number, say) is the one the open calls dial.
  const phone = firstPhone(client.phones);
  db.prepare(
    `UPDATE follow_up_calls SET phone = ? WHERE plan_id = ? AND done_at IS NULL
     AND dropped_at IS NULL AND phone IS NOT ?`,
  ).run(phone, plan.id, phone);
  const insert = db.prepare(
    `INSERT OR IGNORE INTO follow_up_calls (id, plan_id, client_id, phone, due_day, assigned_to,
       attempt, created_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)`,
  );
  let added = 0;
  for (const day of days)
    added += insert.run(ids(), plan.id, plan.client_id, phone, day, plan.assigned_to, now).changes;
  return added;
}

function hasCall(db: Db, planId: string): boolean {
  return (
    db.prepare('SELECT 1 FROM follow_up_calls WHERE plan_id = ? LIMIT 1').get(planId) !== undefined
  );
}

/**
 * Main's tick: once per business day, every running plan's calls up to today (and the next).
 * Returns how many calls were added, so the day's lists are pushed only when they changed.
 */
export function generateDueCalls(db: Db, ids: IdSource, now: number): number {
  const today = businessDate(now);
  const done = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(GENERATED_ON) as
    string | undefined;
  if (done !== undefined && JSON.parse(done) === today) return 0;
  const plans = db
    .prepare(
      `SELECT id, client_id, rule, starts_on, assigned_to, created_at FROM follow_up_plans
       INDEXED BY follow_up_plans_active WHERE ended_at IS NULL AND starts_on <= ?`,
    )
    .all(addDays(today, LOOK_AHEAD_DAYS)) as GeneratingPlan[];
  let added = 0;
  for (const plan of plans) added += generatePlanCalls(db, ids, now, plan);
  added += applyAutoRules(
    db,
    ids,
    now,
    today,
    done === undefined ? null : (JSON.parse(done) as string),
  );
  db.prepare(
    `INSERT INTO settings (key, value) VALUES (?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  ).run(GENERATED_ON, JSON.stringify(today));
  return added;
}
