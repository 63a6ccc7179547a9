import {
  auditHead,
  getHandover,
  getReceipt,
  insertAnchor,
  insertReceipt,
  insertReview,
  updateHandover,
} from './handoverQueries';
import { modulesInUse } from '../settings';
import { lockEntriesOfShift } from '../shifts';
import { clockOutEveryone, getShift, getShiftStaff, updateShift } from '../shifts';
import type { Db } from '../../db/types';
import type { ServiceContext } from '../../ipc/context';
import { AppError, Denied } from '../../ipc/errors';
import { requireHandover, requireShiftAtWork, assertDraft } from './handover';
import { generateContent } from './handoverContent';
import { blockerFields, blockersOf, handoverStatus, handoverView } from './handoverView';
import type { Handlers } from '../../ipc/handler';
import { verifyOwnPin } from '../auth';

function forbidden(ctx: ServiceContext, reason: string, message: string): Denied {
  return ctx.deny({ code: 'FORBIDDEN', message, reason });
}

/** Clocked in on the shift right now, or the one who opened it. */
function onShiftNow(ctx: ServiceContext, shiftId: string, openedBy: string): boolean {
  const me = ctx.staff!.id;
  if (openedBy === me) return true;
  const row = getShiftStaff(ctx.db, shiftId, me);
  return !!row && row.clock_out_at === null;
}

/** The outgoing side in any way: signed it, opened the shift or worked on it. */
function outgoingSide(ctx: ServiceContext, shiftId: string, outgoingId: string | null): boolean {
  return onOutgoingSide(ctx.db, shiftId, outgoingId, ctx.staff!.id);
}

function onOutgoingSide(db: Db, shiftId: string, outgoingId: string | null, staffId: string) {
  const shift = getShift(db, shiftId)!;
  return (
    outgoingId === staffId || shift.opened_by === staffId || !!getShiftStaff(db, shiftId, staffId)
  );
}

/** Who may sign as the incoming side: anyone not on the outgoing side (the role is the gate's). */
export function mayReceiveHandover(db: Db, handoverId: string, staffId: string): boolean {
  const row = getHandover(db, handoverId);
  return !!row && !onOutgoingSide(db, row.shift_id, row.outgoing_id, staffId);
}

export const handoverSignatureHandlers: Pick<
  Handlers,
  'handover.signOutgoing' | 'handover.receive' | 'handover.review'
> = {
  'handover.signOutgoing': (ctx, input) => {
    const row = requireHandover(ctx, input.handoverId);
    assertDraft(row);
    const shift = requireShiftAtWork(ctx, row.shift_id);
    if (!onShiftNow(ctx, shift.id, shift.opened_by))
      return forbidden(ctx, 'handover.notOnShift', 'Only someone on this shift signs it over.');
    const content = generateContent(ctx.db, shift, row, ctx.now);
    const blockers = blockersOf(content, modulesInUse(ctx.db));
    if (blockers.length > 0)
      throw new AppError('CONFLICT', 'The handover is not complete.', {
        reason: 'handover.incomplete',
        fields: blockerFields(blockers),
      });
    const signer = verifyOwnPin(ctx, ctx.staff!.username, input.pin);
    if (signer instanceof Denied) return signer;
    // The head before this call's own audit row, which is only written after the service.
    const head = auditHead(ctx.db)!;
    updateHandover(
      ctx.db,
      row.id,
      {
        content: JSON.stringify(content),
        expected_cents: content.cash.expectedCents,
        variance_cents: content.cash.varianceCents,
        outgoing_id: signer.id,
        outgoing_signed_at: ctx.now,
        audit_seq: head.seq,
        audit_head: head.hash,
      },
      ctx.now,
      signer.id,
    );
    insertAnchor(ctx.db, { ...head, at: ctx.now, source: 'handover', sourceId: row.id });
    lockEntriesOfShift(ctx.db, shift.id);
    clockOutEveryone(ctx.db, shift.id, ctx.now);
    updateShift(ctx.db, shift.id, { status: 'handedOver', closed_at: ctx.now });
    ctx.audit.detail = {
      shiftId: shift.id,
      auditSeq: head.seq,
      varianceCents: content.cash.varianceCents,
    };
    return handoverView(ctx.db, getHandover(ctx.db, row.id)!, ctx.now);
  },

  'handover.receive': (ctx, input) => {
    const row = requireHandover(ctx, input.handoverId);
    if (handoverStatus(ctx.db, row) !== 'awaitingIncoming')
      throw new AppError('CONFLICT', 'This handover is not waiting to be received.', {
        reason: 'handover.notAwaiting',
      });
    if (outgoingSide(ctx, row.shift_id, row.outgoing_id))
      return forbidden(ctx, 'handover.sameSide', 'The incoming side signs in their own session.');
    const me = verifyOwnPin(ctx, ctx.staff!.username, input.pin);
    if (me instanceof Denied) return me;
    const outcome = input.flags.length > 0 ? 'flagged' : 'signed';
    insertReceipt(
      ctx.db,
      {
        handover_id: row.id,
        incoming_id: me.id,
        at: ctx.now,
        outcome,
        confirmed: JSON.stringify(input.confirmed),
      },
      input.flags.map((f) => ({
        handover_id: row.id,
        section: f.section,
        note: f.note,
        at: ctx.now,
        by_staff: me.id,
      })),
    );
    updateShift(ctx.db, row.shift_id, { status: 'closed' });
    ctx.audit.detail = { outcome, flagged: input.flags.map((f) => f.section) };
    return handoverView(ctx.db, row, ctx.now);
  },

  'handover.review': (ctx, input) => {
    const row = requireHandover(ctx, input.handoverId);
    const status = handoverStatus(ctx.db, row);
    if (status !== 'signed' && status !== 'flagged')
      throw new AppError('CONFLICT', 'Only a received handover, once, is reviewed.', {
        reason: 'handover.notReviewable',
      });
    const me = ctx.staff!.id;
    if (me === row.outgoing_id || me === getReceipt(ctx.db, row.id)?.incoming_id)
      return forbidden(ctx, 'handover.ownReview', 'Another manager reviews your own handover.');
    insertReview(ctx.db, { handover_id: row.id, reviewer_id: me, at: ctx.now, note: input.note });
    ctx.audit.detail = { status };
    return handoverView(ctx.db, row, ctx.now);
  },
};
