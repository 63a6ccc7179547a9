import { shiftInstance } from '../../../shared/domain/shift';
import { carryOpenFollowUps, lockEntriesOfShift } from './shiftLogQueries';
import {
  clockOutEveryone,
  copyChecklist,
  getShiftCheck,
  getTemplate,
  insertAck,
  insertShift,
  setCheck,
  updateShift,
  type ShiftRow,
} from './shiftQueries';
import type { ServiceContext } from '../../ipc/context';
import { AppError, notFound, validation } from '../../ipc/errors';

import type { Handlers } from '../../ipc/handler';
import { clockIn, requireAtWork } from './shiftAttendance';
import { ensureDefaults } from './shiftSetup';
import { currentShift, currentShiftView, openingGaps, shiftById, shiftView } from './shiftView';

function conflict(reason: string, message: string, fields?: Record<string, string>): AppError {
  return new AppError('CONFLICT', message, { reason, ...(fields ? { fields } : {}) });
}

function openShift(ctx: ServiceContext, templateId: string, floatCents: number): ShiftRow {
  if (currentShift(ctx.db)) throw conflict('shifts.alreadyOpen', 'A shift is already open.');
  const template = getTemplate(ctx.db, templateId);
  if (!template) throw notFound('Shift template');
  if (template.active !== 1)
    throw validation({ templateId: 'inactive' }, 'shifts.templateInactive');
  const window = shiftInstance(ctx.now, template.starts_at, template.ends_at);
  const day = window.businessDate;
  const shift: ShiftRow = {
    id: ctx.env.ids(),
    template_id: template.id,
    name: template.name,
    business_date: day,
    planned_start: window.start,
    planned_end: window.end,
    opened_at: ctx.now,
    opened_by: ctx.staff!.id,
    started_at: null,
    status: 'opening',
    closed_at: null,
    opening_float_cents: floatCents,
    abandoned_by: null,
    abandon_reason: null,
  };
  insertShift(ctx.db, shift);
  return shift;
}

/** Acknowledging the previous handover, or reading a note left for the next shift. */
function acknowledge(ctx: ServiceContext, shift: ShiftRow, kind: string, refId: string): void {
  const ack = shiftView(ctx.db, shift, ctx.now).acks.find(
    (a) => a.kind === kind && a.refId === refId,
  );
  if (!ack) throw notFound(kind === 'handover' ? 'Handover' : 'Message');
  if (ack.ackedAt !== null) return;
  if (ack.kind === 'handover' && ack.awaitingIncoming)
    throw conflict(
      'shifts.handoverNotReceived',
      'The previous handover has not been received yet.',
    );
  if (ack.kind === 'message')
    ctx.db
      .prepare('UPDATE messages SET read_at = ?, read_by = ? WHERE id = ? AND read_at IS NULL')
      .run(ctx.now, ctx.staff!.id, refId);
  insertAck(ctx.db, {
    shift_id: shift.id,
    kind: ack.kind,
    ref_id: refId,
    at: ctx.now,
    by_staff: ctx.staff!.id,
  });
}

export const shiftOpeningHandlers: Pick<
  Handlers,
  | 'shifts.current'
  | 'shifts.get'
  | 'shifts.open'
  | 'shifts.check'
  | 'shifts.acknowledge'
  | 'shifts.start'
  | 'shifts.abandon'
> = {
  'shifts.current': (ctx) => {
    ensureDefaults(ctx);
    return currentShiftView(ctx.db, ctx.now);
  },

  'shifts.get': (ctx, input) => shiftView(ctx.db, shiftById(ctx.db, input.shiftId), ctx.now),

  /** 开班: the opener is clocked in, the checklists copied, open follow-ups carried over. */
  'shifts.open': (ctx, input) => {
    ensureDefaults(ctx);
    const shift = openShift(ctx, input.templateId, input.openingFloatCents);
    const attendance = clockIn(ctx.db, shift, ctx.staff!.id, ctx.now);
    const checks = copyChecklist(ctx.db, shift.id);
    const carried = carryOpenFollowUps(ctx.db, shift.id, ctx.now);
    ctx.audit.targetType = 'shift';
    ctx.audit.targetId = shift.id;
    ctx.audit.detail = {
      templateId: shift.template_id,
      businessDate: shift.business_date,
      lateMinutes: attendance.late_minutes,
      rostered: attendance.rostered === 1,
      checks,
      carried,
    };
    return shiftView(ctx.db, shift, ctx.now);
  },

  'shifts.check': (ctx, input) => {
    const shift = requireAtWork(ctx, input.shiftId);
    const check = getShiftCheck(ctx.db, shift.id, input.itemId);
    if (!check) throw notFound('Checklist item');
    if (check.phase === 'opening' && shift.status !== 'opening')
      throw conflict('shifts.started', 'The opening checklist is closed once work has started.');
    if ((check.done_at !== null) !== input.done)
      setCheck(
        ctx.db,
        shift.id,
        check.item_id,
        input.done ? { at: ctx.now, by: ctx.staff!.id } : null,
      );
    ctx.audit.detail = { itemId: check.item_id, phase: check.phase, done: input.done };
    return shiftView(ctx.db, shift, ctx.now);
  },

  'shifts.acknowledge': (ctx, input) => {
    const shift = requireAtWork(ctx, input.shiftId);
    if (shift.status !== 'opening')
      throw conflict('shifts.started', 'Acknowledgements belong to the opening of a shift.');
    acknowledge(ctx, shift, input.kind, input.refId);
    ctx.audit.detail = { kind: input.kind, refId: input.refId };
    return shiftView(ctx.db, shift, ctx.now);
  },

  /** Work starts only with every opening check done and everything acknowledged. */
  'shifts.start': (ctx, input) => {
    const shift = requireAtWork(ctx, input.shiftId);
    if (shift.status !== 'opening') throw conflict('shifts.started', 'The shift has started.');
    const gaps = openingGaps(shiftView(ctx.db, shift, ctx.now));
    if (Object.keys(gaps).length)
      throw conflict('shifts.openingIncomplete', 'The opening is not complete.', gaps);
    const started = updateShift(ctx.db, shift.id, { status: 'open', started_at: ctx.now });
    return shiftView(ctx.db, started, ctx.now);
  },

  /** Nobody will hand this shift over: it closes as missing, its log as it stands. */
  'shifts.abandon': (ctx, input) => {
    const shift = requireAtWork(ctx, input.shiftId);
    clockOutEveryone(ctx.db, shift.id, ctx.now);
    const locked = lockEntriesOfShift(ctx.db, shift.id);
    const closed = updateShift(ctx.db, shift.id, {
      status: 'abandoned',
      closed_at: ctx.now,
      abandoned_by: ctx.staff!.id,
      abandon_reason: input.reason,
    });
    ctx.audit.detail = { from: shift.status, lockedEntries: locked };
    return shiftView(ctx.db, closed, ctx.now);
  },
};
