import type { ParsedInput } from '../../../shared/contract';
import type { ComplaintView } from '../../../shared/contract/complaintViews';
import { followUpCloses, stepFrom, type ComplaintStep } from '../../../shared/domain/complaint';
import { hoursOn } from '../../../shared/domain/siteCalendar';
import { addDays } from '../../../shared/domain/time';
import { today, type ServiceContext } from '../../ipc/context';
import { AppError, validation } from '../../ipc/errors';
import type { Handlers } from '../../ipc/handler';
import { getStaff } from '../staff';
import { refreshCaseClock } from './caseClock';
import { addEvent, auditCase, caseToHandle, requireCase, touch, type CaseRow } from './caseRows';
import { caseView } from './caseView';
import { readCalendar } from './serviceSettings';

/** The state a step leads to, or CONFLICT naming the state the case is in. */
function step(row: CaseRow, s: ComplaintStep) {
  const next = stepFrom(row.state, s);
  if (!next)
    throw new AppError('CONFLICT', `A ${row.state} case cannot ${s}.`, {
      reason: 'complaints.wrongState',
    });
  return next;
}

/** The first day after today the desk is open, for the follow-up call (回访). */
function nextOpenDay(ctx: ServiceContext): string {
  const cal = readCalendar(ctx.db);
  let day = addDays(today(ctx), 1);
  for (let i = 0; i < 30 && !hoursOn(cal, day); i += 1) day = addDays(day, 1);
  return day;
}

function phoneOf(ctx: ServiceContext, row: CaseRow): string | null {
  if (row.client_id) {
    const phones = ctx.db
      .prepare('SELECT phones FROM clients WHERE id = ?')
      .pluck()
      .get(row.client_id) as string | undefined;
    const first = phones ? (JSON.parse(phones) as string[])[0] : undefined;
    if (first) return first;
  }
  return row.call_back_phone;
}

function scheduleFollowUp(
  ctx: ServiceContext,
  row: CaseRow,
  input: ParsedInput<'complaints.resolve'>,
) {
  if (input.followUpBy !== undefined && getStaff(ctx.db, input.followUpBy)?.active !== 1)
    throw validation({ followUpBy: 'not an active staff member' }, 'complaints.unknownStaff');
  const day = input.followUpOn ?? nextOpenDay(ctx);
  if (day < today(ctx)) throw validation({ followUpOn: 'not before today' });
  ctx.db
    .prepare(
      `INSERT INTO follow_up_calls (id, complaint_id, client_id, phone, due_day, assigned_to, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      ctx.env.ids(),
      row.id,
      row.client_id,
      phoneOf(ctx, row),
      day,
      input.followUpBy ?? row.owner_id,
      ctx.now,
    );
  return day;
}

function resolve(ctx: ServiceContext, input: ParsedInput<'complaints.resolve'>): ComplaintView {
  const row = caseToHandle(ctx, input.complaintId);
  const state = step(row, 'resolve');
  const r = input.remedy;
  touch(
    ctx,
    row.id,
    `state = ?, result = ?, resolved_at = ?, responded_at = coalesce(responded_at, ?),
     remedy_kind = ?, remedy_cents = ?,
     remedy_sessions = ?, remedy_days = ?`,
    [
      state,
      input.result,
      ctx.now,
      ctx.now,
      r.kind,
      r.kind === 'money' ? r.cents! : null,
      r.kind === 'freeSession' ? r.sessions! : null,
      r.kind === 'extension' ? r.days! : null,
    ],
  );
  addEvent(ctx, row.id, { kind: 'result', body: input.result });
  if (r.kind !== 'none') addEvent(ctx, row.id, { kind: 'remedy', detail: { ...r } });
  addEvent(ctx, row.id, { kind: 'state', state });
  const day = scheduleFollowUp(ctx, row, input);
  refreshCaseClock(ctx.db, row.id);
  auditCase(ctx, row.id, { state, remedy: r.kind, followUpOn: day });
  return caseView(ctx, row.id);
}

/**
 * The follow-up call's satisfaction score, recorded by followUps.record: satisfied (≥ 3)
 * closes the case; not satisfied reopens it — back with its owner at level 0, the clock
 * started again from the reopening.
 */
export function applyFollowUpScore(
  ctx: ServiceContext,
  complaintId: string,
  callId: string,
  score: number,
): void {
  const row = requireCase(ctx, complaintId);
  const note = ctx.db
    .prepare('SELECT note FROM follow_up_calls WHERE id = ?')
    .pluck()
    .get(callId) as string | null | undefined;
  // "2/5" reads the same in both languages; the caller's note follows it.
  const body = note ? `${score}/5 · ${note}` : `${score}/5`;
  addEvent(ctx, row.id, { kind: 'followUp', body, detail: { callId, score } });
  if (followUpCloses(score)) {
    const state = step(row, 'close');
    touch(ctx, row.id, 'state = ?, closed_at = ?', [state, ctx.now]);
    addEvent(ctx, row.id, { kind: 'state', state });
  } else {
    const state = step(row, 'reopen');
    touch(
      ctx,
      row.id,
      `state = ?, level = 0, responded_at = NULL, resolved_at = NULL, closed_at = NULL,
       reopened_count = reopened_count + 1`,
      [state],
    );
    addEvent(ctx, row.id, {
      kind: 'reopened',
      state,
      body: `${score}/5`,
      detail: { callId, score },
    });
  }
  refreshCaseClock(ctx.db, row.id);
}

type Mine =
  | 'complaints.respond'
  | 'complaints.addAction'
  | 'complaints.setPlan'
  | 'complaints.wait'
  | 'complaints.resolve';

export const handlingHandlers: Pick<Handlers, Mine> = {
  /** The first reply stops the first-response clock; a later one is an action. */
  'complaints.respond': (ctx, input) => {
    const row = caseToHandle(ctx, input.complaintId);
    const state = step(row, 'respond');
    touch(ctx, row.id, 'state = ?, responded_at = coalesce(responded_at, ?)', [state, ctx.now]);
    addEvent(ctx, row.id, { kind: 'state', state, body: input.body });
    refreshCaseClock(ctx.db, row.id);
    auditCase(ctx, row.id, { state });
    return caseView(ctx, row.id);
  },
  'complaints.addAction': (ctx, input) => {
    const row = caseToHandle(ctx, input.complaintId);
    if (row.state === 'closed')
      throw new AppError('CONFLICT', 'The case is closed.', { reason: 'complaints.closed' });
    addEvent(ctx, row.id, { kind: 'action', body: input.body });
    touch(ctx, row.id, 'state = state');
    auditCase(ctx, row.id);
    return caseView(ctx, row.id);
  },
  'complaints.setPlan': (ctx, input) => {
    const row = caseToHandle(ctx, input.complaintId);
    if (row.state === 'closed')
      throw new AppError('CONFLICT', 'The case is closed.', { reason: 'complaints.closed' });
    touch(ctx, row.id, 'plan = ?', [input.plan]);
    addEvent(ctx, row.id, { kind: 'plan', body: input.plan });
    auditCase(ctx, row.id);
    return caseView(ctx, row.id);
  },
  /** Waiting for the client: the clock stands still if the level says so; resume restarts it. */
  'complaints.wait': (ctx, input) => {
    const row = caseToHandle(ctx, input.complaintId);
    const state = step(row, input.waiting ? 'waitForClient' : 'resume');
    // Waiting after a reply counts as responding; resuming keeps the first reply's time.
    touch(ctx, row.id, 'state = ?, responded_at = coalesce(responded_at, ?)', [state, ctx.now]);
    addEvent(ctx, row.id, { kind: 'state', state, body: input.body ?? null });
    refreshCaseClock(ctx.db, row.id);
    auditCase(ctx, row.id, { state });
    return caseView(ctx, row.id);
  },
  'complaints.resolve': resolve,
};
