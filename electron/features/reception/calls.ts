import type { CallView } from '../../../shared/contract/receptionViews';
import { today } from '../../ipc/context';
import { nextInRotation } from '../../../shared/domain/rotation';
import { insertCall, type CallRow } from './receptionQueries';
import { getStaff } from '../staff';
import type { Db } from '../../db/types';
import { matchBlockList } from './blockListMatch';
import type { Handlers } from '../../ipc/handler';
import { leaveMessage } from './messages';
import { sendToEnd, slotsInUse } from './rotationState';

export function callView(db: Db, row: CallRow): CallView {
  const nameOf = (id: string | null) => (id ? (getStaff(db, id)?.display_name ?? null) : null);
  return {
    id: row.id,
    businessDate: row.business_date,
    at: row.at,
    callerName: row.caller_name,
    callbackPhone: row.callback_phone,
    purpose: row.purpose,
    appointment: row.appointment === 1,
    route: row.route,
    consultantId: row.consultant_id,
    consultantName: nameOf(row.consultant_id),
    messageId: row.message_id,
    takenByName: nameOf(row.taken_by),
  };
}

export const callHandlers: Pick<Handlers, 'calls.record'> = {
  /**
   * 电话接待: to the next consultant in rotation, who then goes to the end of the order like
   * after a visitor; when no one is free, or when asked, the call becomes a message (请留下回电
   * 号码) for a colleague or the next shift. Every call counts in the day's phone inquiries.
   */
  'calls.record': (ctx, input) => {
    const db = ctx.db;
    const day = today(ctx);
    const next = input.route === 'rotation' ? nextInRotation(slotsInUse(db, day)) : null;
    const message = next ? null : leaveMessage(ctx, input.toStaffId ?? null, input.purpose);
    if (next) sendToEnd(ctx, next.staffId, false);
    const blockAlert = matchBlockList(db, { name: input.callerName, phone: input.callbackPhone });
    const row: CallRow = {
      id: ctx.env.ids(),
      business_date: day,
      at: ctx.now,
      caller_name: input.callerName,
      callback_phone: input.callbackPhone,
      purpose: input.purpose,
      appointment: input.appointment ? 1 : 0,
      route: next ? 'rotation' : 'message',
      consultant_id: next?.staffId ?? null,
      message_id: message?.id ?? null,
      block_id: blockAlert?.entryId ?? null,
      taken_by: ctx.staff!.id,
    };
    insertCall(db, row);
    ctx.audit.targetType = 'call';
    ctx.audit.targetId = row.id;
    ctx.audit.detail = {
      route: row.route,
      consultant: row.consultant_id,
      message: row.message_id,
      ...(blockAlert ? { blockEntry: blockAlert.entryId } : {}),
    };
    return { call: callView(db, row), blockAlert };
  },
};
