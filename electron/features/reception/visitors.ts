import {
  assignVisitor,
  DEFAULT_HANDOVER_MINUTES,
  handoverDeadline,
  isOverdue,
  nextInRotation,
  passAllowed,
} from '../../../shared/domain/rotation';
import { today } from '../../ipc/context';
import {
  getVisitor,
  insertPass,
  insertVisitor,
  passesOf,
  updateVisitor,
  waitingVisitors,
  type VisitorRow,
} from './receptionQueries';
import { readSettings } from '../settings';
import { getStaff } from '../staff';
import type { Db } from '../../db/types';
import type { ServiceContext } from '../../ipc/context';
import { AppError, Denied, notFound, validation } from '../../ipc/errors';
import { matchBlockList } from './blockListMatch';
import type { Handlers } from '../../ipc/handler';
import { verifyOwnPin } from '../auth';
import { sendToEnd, slotsInUse } from './rotationState';
import { consultantStatusOf, visitorView } from './visitorsView';

function handoverMinutes(db: Db): number {
  return readSettings(db).handoverMinutes ?? DEFAULT_HANDOVER_MINUTES;
}

/** A consultant named by the desk must be an active membership consultant. */
export function activeConsultant(db: Db, id: string, field: string): string {
  const staff = getStaff(db, id);
  if (!staff || staff.active !== 1 || staff.role !== 'consultant')
    throw validation({ [field]: 'not an active consultant' }, 'visitors.unknownConsultant');
  return staff.id;
}

function waitingVisitor(ctx: ServiceContext, id: string): VisitorRow {
  const row = getVisitor(ctx.db, id);
  if (!row) throw notFound('Visitor');
  ctx.audit.targetType = 'visitor';
  ctx.audit.targetId = row.id;
  if (row.status !== 'waiting')
    throw new AppError('CONFLICT', 'This visitor is no longer waiting.', {
      reason: 'visitors.notWaiting',
    });
  return row;
}

export const visitorHandlers: Pick<
  Handlers,
  | 'visitors.register'
  | 'visitors.confirm'
  | 'visitors.passOn'
  | 'visitors.waiting'
  | 'visitors.leave'
> = {
  /** 访客登记: A → rotation; B → X if in and available, else rotation; C → X. Timer starts. */
  'visitors.register': (ctx, input) => {
    const db = ctx.db;
    const day = today(ctx);
    const named = input.consultantId
      ? activeConsultant(db, input.consultantId, 'consultantId')
      : null;
    const assignment = assignVisitor(input.scenario, named, slotsInUse(db, day));
    const blockAlert = matchBlockList(db, { name: input.name, phone: input.phone ?? null });
    const assigned = assignment.staffId !== null;
    const row: VisitorRow = {
      id: ctx.env.ids(),
      business_date: day,
      registered_at: ctx.now,
      registered_by: ctx.staff!.id,
      name: input.name,
      phone: input.phone ?? null,
      gender: input.gender ?? null,
      source: input.source ?? null,
      interest: input.interest ?? null,
      scenario: input.scenario,
      trial: input.trial ? 1 : 0,
      named_id: named,
      consultant_id: assignment.staffId,
      assigned_at: assigned ? ctx.now : null,
      deadline_at: assigned ? handoverDeadline(ctx.now, handoverMinutes(db)) : null,
      confirmed_at: null,
      confirmed_by: null,
      status: 'waiting',
      left_at: null,
      block_id: blockAlert?.entryId ?? null,
      client_id: null,
    };
    insertVisitor(db, row);
    ctx.audit.targetType = 'visitor';
    ctx.audit.targetId = row.id;
    ctx.audit.detail = {
      scenario: row.scenario,
      trial: row.trial === 1,
      consultant: row.consultant_id,
      assignedBy: assignment.via,
      ...(blockAlert ? { blockEntry: blockAlert.entryId } : {}),
    };
    return { visitor: visitorView(db, row, ctx.now), assignedBy: assignment.via, blockAlert };
  },

  /** 会籍顾问签字确认: only the assigned consultant, with their own name and PIN. */
  'visitors.confirm': (ctx, input) => {
    const row = waitingVisitor(ctx, input.visitorId);
    const consultant = verifyOwnPin(ctx, input.username, input.pin);
    if (consultant instanceof Denied) return consultant;
    if (consultant.id !== row.consultant_id)
      return ctx.deny({
        code: 'FORBIDDEN',
        message: 'Only the consultant this visitor was handed to can confirm.',
        reason: 'visitors.notAssigned',
      });
    const fresh = updateVisitor(ctx.db, row.id, {
      status: 'received',
      confirmed_at: ctx.now,
      confirmed_by: consultant.id,
    });
    sendToEnd(ctx, consultant.id, true);
    ctx.audit.detail = {
      consultant: consultant.id,
      late: row.deadline_at !== null && ctx.now > row.deadline_at,
    };
    return visitorView(ctx.db, fresh, ctx.now);
  },

  /** Past the deadline or with the consultant out: the next in rotation; the miss is recorded. */
  'visitors.passOn': (ctx, input) => {
    const db = ctx.db;
    const row = waitingVisitor(ctx, input.visitorId);
    const status = consultantStatusOf(db, row.consultant_id, ctx.now);
    const v = { consultantId: row.consultant_id, deadlineAt: row.deadline_at };
    if (!passAllowed(v, status, ctx.now, input.reason)) {
      const waitMs = row.deadline_at !== null ? row.deadline_at - ctx.now : 0;
      throw input.reason === 'out' || waitMs <= 0
        ? new AppError('CONFLICT', 'The consultant is here; wait for the hand-over.', {
            reason: 'visitors.consultantPresent',
          })
        : new AppError('CONFLICT', 'The consultant still has time to come.', {
            reason: 'visitors.notYetDue',
            retryAfterMs: waitMs,
          });
    }
    // Past the deadline it is a miss whatever the desk says, so no reason avoids the count.
    const reason = isOverdue(row.deadline_at, ctx.now) ? 'timeout' : input.reason;
    const day = today(ctx);
    const missedBy = passesOf(db, row.id)
      .map((p) => p.from_staff)
      .filter((id): id is string => id !== null);
    const next = nextInRotation(slotsInUse(db, day), {
      exclude: row.consultant_id ? [row.consultant_id] : [],
      avoid: missedBy,
    });
    if (!next && row.consultant_id === null)
      throw new AppError('CONFLICT', 'No consultant is free right now.', {
        reason: 'rotation.noneFree',
      });
    if (row.consultant_id !== null)
      insertPass(db, {
        visitor_id: row.id,
        business_date: day,
        from_staff: row.consultant_id,
        to_staff: next?.staffId ?? null,
        at: ctx.now,
        by_staff: ctx.staff!.id,
        reason,
      });
    const fresh = updateVisitor(db, row.id, {
      consultant_id: next?.staffId ?? null,
      assigned_at: next ? ctx.now : null,
      deadline_at: next ? handoverDeadline(ctx.now, handoverMinutes(db)) : null,
      overdue_at: null,
    });
    ctx.audit.detail = {
      from: row.consultant_id,
      to: fresh.consultant_id,
      reason,
      ...(reason !== input.reason ? { asked: input.reason } : {}),
    };
    return visitorView(db, fresh, ctx.now);
  },

  'visitors.waiting': (ctx) => ({
    now: ctx.now,
    visitors: waitingVisitors(ctx.db).map((r) => visitorView(ctx.db, r, ctx.now)),
  }),

  'visitors.leave': (ctx, input) => {
    const row = getVisitor(ctx.db, input.visitorId);
    if (!row) throw notFound('Visitor');
    ctx.audit.targetType = 'visitor';
    ctx.audit.targetId = row.id;
    if (row.status === 'left')
      throw new AppError('CONFLICT', 'This visitor has already left.', {
        reason: 'visitors.alreadyLeft',
      });
    const fresh = updateVisitor(ctx.db, row.id, { status: 'left', left_at: ctx.now });
    ctx.audit.detail = { from: row.status };
    return visitorView(ctx.db, fresh, ctx.now);
  },
};
