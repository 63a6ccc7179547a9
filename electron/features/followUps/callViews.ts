import type { AutoRuleKind } from '../../../shared/contract/followUpViews';
import type {
  FollowUpCallState,
  FollowUpCallView,
  FollowUpPlanView,
  FollowUpSource,
} from '../../../shared/contract/followUpViews';
import { canOpenFile } from '../../../shared/domain/clients';
import {
  MAX_CALL_ATTEMPTS,
  type CallOutcome,
  type FollowUpRule,
} from '../../../shared/domain/followUpPlan';
import { maskPhone } from '../../../shared/domain/masking';
import type { Role } from '../../../shared/domain/roles';
import type { SecrecyLevel } from '../../../shared/domain/clients';
import type { Db } from '../../db/types';

/** A call row with what its view needs from the client, complaint, plan and staff. */
export interface CallRow {
  id: string;
  plan_id: string | null;
  complaint_id: string | null;
  incident_id: string | null;
  client_id: string | null;
  phone: string | null;
  due_day: string;
  due_at: number | null;
  assigned_to: string | null;
  attempt: number;
  retry_of: string | null;
  outcome: CallOutcome | null;
  score: number | null;
  note: string | null;
  done_at: number | null;
  done_by: string | null;
  done_day: string | null;
  dropped_at: number | null;
  client_name: string | null;
  secrecy: SecrecyLevel | null;
  complaint_number: string | null;
  contact_name: string | null;
  incident_name: string | null;
  rule: string | null;
  assigned_name: string | null;
  done_by_name: string | null;
  previous_note: string | null;
}

/** Every read of calls goes through this select, so a view never misses a join. */
export const CALL_SELECT = `SELECT f.*, c.name AS client_name, c.secrecy AS secrecy,
    k.number AS complaint_number, k.contact_name AS contact_name, i.person_name AS incident_name,
    p.rule AS rule, a.display_name AS assigned_name, d.display_name AS done_by_name,
    r.note AS previous_note
  FROM follow_up_calls f
  LEFT JOIN follow_up_calls r ON r.id = f.retry_of
  LEFT JOIN clients c ON c.id = f.client_id
  LEFT JOIN complaints k ON k.id = f.complaint_id
  LEFT JOIN incidents i ON i.id = f.incident_id
  LEFT JOIN follow_up_plans p ON p.id = f.plan_id
  LEFT JOIN staff a ON a.id = f.assigned_to
  LEFT JOIN staff d ON d.id = f.done_by`;

/** Desk staff make the unassigned calls; managers may record anyone's (the colleague is off). */
export const DESK_ROLES: readonly Role[] = ['receptionist', 'consultant', 'dutyManager'];
export const MANAGER_ROLES: readonly Role[] = ['dutyManager', 'supervisor', 'admin'];

export interface Viewer {
  staffId: string;
  role: Role;
  today: string;
}

/** Calls of everyone but the desk's and mine are a manager's business only. */
export function mayRecord(row: Pick<CallRow, 'assigned_to'>, who: Viewer): boolean {
  if (row.assigned_to === who.staffId || MANAGER_ROLES.includes(who.role)) return true;
  return row.assigned_to === null && DESK_ROLES.includes(who.role);
}

function sourceOf(row: CallRow): FollowUpSource {
  if (row.complaint_id !== null) return 'complaint';
  return row.incident_id !== null ? 'incident' : 'plan';
}

export function stateOf(row: CallRow): FollowUpCallState {
  if (row.outcome === null) return row.dropped_at === null ? 'open' : 'dropped';
  if (row.outcome === 'wrongNumber') return 'wrongNumber';
  if (row.outcome === 'noAnswer') return row.dropped_at === null ? 'retried' : 'unreachable';
  return 'done';
}

function phoneFor(row: CallRow, who: Viewer): string | null {
  if (row.phone === null) return null;
  const readable = row.secrecy === null || canOpenFile(who.role, row.secrecy);
  return readable ? row.phone : maskPhone(row.phone);
}

export function callView(row: CallRow, who: Viewer): FollowUpCallView {
  const rule = row.rule === null ? null : (JSON.parse(row.rule) as FollowUpRule);
  const state = stateOf(row);
  return {
    id: row.id,
    source: sourceOf(row),
    planId: row.plan_id,
    ruleKind: rule?.kind ?? null,
    complaintId: row.complaint_id,
    complaintNumber: row.complaint_number,
    incidentId: row.incident_id,
    clientId: row.client_id,
    clientName: row.client_name ?? row.contact_name ?? row.incident_name,
    phone: phoneFor(row, who),
    dueDay: row.due_day,
    dueAt: row.due_at,
    overdue: state === 'open' && row.due_day < who.today,
    assignedToId: row.assigned_to,
    assignedToName: row.assigned_name,
    attempt: row.attempt,
    maxAttempts: MAX_CALL_ATTEMPTS,
    retryOf: row.retry_of,
    outcome: row.outcome,
    score: row.score,
    note: row.note,
    previousNote: row.previous_note,
    doneAt: row.done_at,
    doneByName: row.done_by_name,
    droppedAt: row.dropped_at,
    state,
    canRecord: state === 'open' && mayRecord(row, who),
  };
}

export function callRow(db: Db, id: string): CallRow | undefined {
  return db.prepare(`${CALL_SELECT} WHERE f.id = ?`).get(id) as CallRow | undefined;
}

export interface PlanRow {
  id: string;
  client_id: string;
  rule: string;
  starts_on: string;
  assigned_to: string | null;
  note: string | null;
  created_by: string | null;
  auto_rule: AutoRuleKind | null;
  created_at: number;
  ended_at: number | null;
  assigned_name: string | null;
  created_by_name: string | null;
}

const PLAN_SELECT = `SELECT p.*, a.display_name AS assigned_name, b.display_name AS created_by_name
  FROM follow_up_plans p LEFT JOIN staff a ON a.id = p.assigned_to
  LEFT JOIN staff b ON b.id = p.created_by`;

export function planRow(db: Db, id: string): PlanRow | undefined {
  return db.prepare(`${PLAN_SELECT} WHERE p.id = ?`).get(id) as PlanRow | undefined;
}

export function plansOfClient(db: Db, clientId: string): PlanRow[] {
  return db
    .prepare(
      `${PLAN_SELECT} WHERE p.client_id = ?
       ORDER BY p.ended_at IS NOT NULL, p.created_at DESC, p.id`,
    )
    .all(clientId) as PlanRow[];
}

export function planView(row: PlanRow): FollowUpPlanView {
  return {
    id: row.id,
    clientId: row.client_id,
    rule: JSON.parse(row.rule) as FollowUpRule,
    startsOn: row.starts_on,
    assignedToId: row.assigned_to,
    assignedToName: row.assigned_name,
    note: row.note,
    createdByName: row.created_by_name,
    autoRule: row.auto_rule,
    createdAt: row.created_at,
    endedAt: row.ended_at,
  };
}
