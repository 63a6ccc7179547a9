import type { ParsedInput } from '../../../shared/contract';
import type { FollowUpPlanView } from '../../../shared/contract/followUpViews';
import { today, type ServiceContext } from '../../ipc/context';
import { AppError, notFound, validation } from '../../ipc/errors';
import { getStaff } from '../staff';
import { planRow, planView } from './callViews';
import { generatePlanCalls } from './generate';
import { openableClient } from './viewer';

type SetPlanInput = ParsedInput<'followUps.setPlan'>;

function isRealDay(day: string): boolean {
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}

function checkPlan(ctx: ServiceContext, input: SetPlanInput): void {
  const fields: Record<string, string> = {};
  if (!isRealDay(input.startsOn)) fields.startsOn = 'invalid';
  if (input.assignedTo !== null) {
    const staff = getStaff(ctx.db, input.assignedTo);
    if (!staff || staff.active !== 1) fields.assignedTo = 'unknown';
  }
  if (Object.keys(fields).length > 0) throw validation(fields, 'followUps.invalid');
}

/** Calls never tried and not due yet are not owed once the plan ends; the rest are given up. */
function closePlan(ctx: ServiceContext, planId: string): void {
  ctx.db
    .prepare(
      `DELETE FROM follow_up_calls WHERE plan_id = ? AND attempt = 1 AND done_at IS NULL
       AND dropped_at IS NULL AND due_day > ?`,
    )
    .run(planId, today(ctx));
  ctx.db
    .prepare(
      `UPDATE follow_up_calls SET dropped_at = ? WHERE plan_id = ? AND done_at IS NULL
       AND dropped_at IS NULL`,
    )
    .run(ctx.now, planId);
  ctx.db.prepare('UPDATE follow_up_plans SET ended_at = ? WHERE id = ?').run(ctx.now, planId);
}

function runningPlan(ctx: ServiceContext, planId: string, clientId?: string) {
  const plan = planRow(ctx.db, planId);
  if (!plan || (clientId !== undefined && plan.client_id !== clientId))
    throw notFound('Follow-up plan');
  if (plan.ended_at !== null)
    throw new AppError('CONFLICT', 'This plan has ended.', { reason: 'followUps.planEnded' });
  return plan;
}

/**
 * followUps.setPlan. A change replaces the plan (the old one ends, a new one starts now), so
 * a new start or rule never owes calls for days already gone.
 */
export function setPlan(ctx: ServiceContext, input: SetPlanInput): FollowUpPlanView {
  const client = openableClient(ctx, input.clientId);
  checkPlan(ctx, input);
  if (input.planId !== undefined) closePlan(ctx, runningPlan(ctx, input.planId, client.id).id);
  const id = ctx.env.ids();
  const plan = {
    id,
    client_id: client.id,
    rule: JSON.stringify(input.rule),
    starts_on: input.startsOn,
    assigned_to: input.assignedTo,
    created_at: ctx.now,
  };
  ctx.db
    .prepare(
      `INSERT INTO follow_up_plans (id, client_id, rule, starts_on, assigned_to, note, created_by,
         created_at) VALUES (@id, @client_id, @rule, @starts_on, @assigned_to, @note, @by, @created_at)`,
    )
    .run({ ...plan, note: input.note ? input.note : null, by: ctx.staff!.id });
  const calls = generatePlanCalls(ctx.db, ctx.env.ids, ctx.now, plan);
  ctx.audit.detail = {
    planId: id,
    rule: input.rule.kind,
    desk: input.assignedTo === null,
    calls,
    ...(input.planId ? { replaces: input.planId } : {}),
  };
  return planView(planRow(ctx.db, id)!);
}

export function endPlan(ctx: ServiceContext, planId: string): FollowUpPlanView {
  const plan = runningPlan(ctx, planId);
  openableClient(ctx, plan.client_id);
  closePlan(ctx, plan.id);
  ctx.audit.detail = { planId: plan.id };
  return planView(planRow(ctx.db, plan.id)!);
}
