import type { FollowUpCallView } from '../../../shared/contract/followUpViews';
import type { ParsedInput } from '../../../shared/contract';
import { nextAttemptAt } from '../../../shared/domain/followUpPlan';
import { businessDate } from '../../../shared/domain/time';
import { today, type ServiceContext } from '../../ipc/context';
import { AppError, notFound, validation } from '../../ipc/errors';
import { callRow, callView, mayRecord, type CallRow } from './callViews';
import { scoreComplaint } from './complaintScore';
import { viewer } from './viewer';

type RecordInput = ParsedInput<'followUps.record'>;

/** A call-back further off than this is a new plan, not a call-back. */
const CALL_BACK_MAX_MS = 90 * 24 * 3_600_000;

/** Each wrong field named, so the form marks it (VALIDATION, never a silent drop). */
function checkInput(ctx: ServiceContext, row: CallRow, input: RecordInput): void {
  const fields: Record<string, string> = {};
  const reached = input.outcome === 'reached';
  if (reached && row.complaint_id !== null && input.score === undefined) fields.score = 'required';
  if (!reached && input.score !== undefined) fields.score = 'onlyWhenReached';
  if (input.outcome === 'callBack') {
    if (input.callBackAt === undefined) fields.callBackAt = 'required';
    else if (input.callBackAt <= ctx.now) fields.callBackAt = 'past';
    else if (input.callBackAt > ctx.now + CALL_BACK_MAX_MS) fields.callBackAt = 'tooFar';
  } else if (input.callBackAt !== undefined) fields.callBackAt = 'onlyForCallBack';
  if (Object.keys(fields).length > 0) throw validation(fields, 'followUps.invalid');
}

/** The next attempt of an unanswered or postponed call: its own row, pointing back. */
function addAttempt(ctx: ServiceContext, row: CallRow, at: number, timed: boolean): string {
  const id = ctx.env.ids();
  ctx.db
    .prepare(
      `INSERT INTO follow_up_calls (id, plan_id, complaint_id, incident_id, client_id, phone,
         due_day, due_at, assigned_to, attempt, retry_of, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      row.plan_id,
      row.complaint_id,
      row.incident_id,
      row.client_id,
      row.phone,
      businessDate(at),
      timed ? at : null,
      row.assigned_to,
      row.attempt + 1,
      row.id,
      ctx.now,
    );
  return id;
}

/**
 * followUps.record: the outcome of one call. Not answered: tried the next day, until the
 * last attempt gives it up (unreachable); a wrong number is given up at once and flagged;
 * call back: a new attempt at the time asked. A reached complaint call scores the case.
 */
export function recordCall(ctx: ServiceContext, input: RecordInput): FollowUpCallView {
  const row = callRow(ctx.db, input.callId);
  if (!row) throw notFound('Follow-up call');
  const who = viewer(ctx);
  if (!mayRecord(row, who))
    throw new AppError('FORBIDDEN', 'This call is for a colleague.', {
      reason: 'followUps.notYours',
    });
  if (row.done_at !== null || row.dropped_at !== null)
    throw new AppError('CONFLICT', 'This call has already been recorded.', {
      reason: 'followUps.alreadyDone',
    });
  checkInput(ctx, row, input);
  const note = input.note ? input.note : null;
  ctx.db
    .prepare(
      `UPDATE follow_up_calls SET outcome = ?, score = ?, note = ?, done_at = ?, done_by = ?,
       done_day = ? WHERE id = ?`,
    )
    .run(input.outcome, input.score ?? null, note, ctx.now, ctx.staff!.id, today(ctx), row.id);
  const next = nextAttemptAt(input.outcome, row.attempt, ctx.now, input.callBackAt ?? null);
  const nextId = next === null ? null : addAttempt(ctx, row, next, input.outcome === 'callBack');
  if (next === null && input.outcome !== 'reached')
    ctx.db.prepare('UPDATE follow_up_calls SET dropped_at = ? WHERE id = ?').run(ctx.now, row.id);
  if (row.complaint_id !== null && input.outcome === 'reached')
    scoreComplaint(ctx, row.complaint_id, row.id, input.score!);
  ctx.audit.targetType = 'followUpCall';
  ctx.audit.targetId = row.id;
  ctx.audit.detail = {
    outcome: input.outcome,
    attempt: row.attempt,
    ...(input.score !== undefined ? { score: input.score } : {}),
    ...(row.complaint_id ? { complaintId: row.complaint_id } : {}),
    ...(row.incident_id ? { incidentId: row.incident_id } : {}),
    ...(nextId ? { nextCallId: nextId } : {}),
    ...(note ? { withNote: true } : {}),
  };
  return callView(callRow(ctx.db, row.id)!, who);
}
