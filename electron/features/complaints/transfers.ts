import { ownerOf } from '../../../shared/domain/complaint';
import { AppError, notFound, validation } from '../../ipc/errors';
import type { Handlers } from '../../ipc/handler';
import { getStaff } from '../staff';
import { CASE_MANAGERS } from './complaintAccess';
import { addEvent, auditCase, requireCase, touch } from './caseRows';
import { caseView } from './caseView';

interface TransferRow {
  id: string;
  complaint_id: string;
  from_staff: string;
  to_staff: string;
  accepted_at: number | null;
  declined_at: number | null;
}

/**
 * 首问负责制: the owner keeps the case until the colleague it is offered to accepts it. An
 * offer only proposes; a declined or unanswered offer changes nothing.
 */
export const transferHandlers: Pick<
  Handlers,
  'complaints.offerTransfer' | 'complaints.answerTransfer'
> = {
  'complaints.offerTransfer': (ctx, input) => {
    const row = requireCase(ctx, input.complaintId);
    const me = ctx.staff!;
    if (row.owner_id !== me.id && !CASE_MANAGERS.includes(me.role))
      throw new AppError('FORBIDDEN', 'Only the owner hands a case over.', {
        reason: 'complaints.notOwner',
      });
    if (row.state === 'closed')
      throw new AppError('CONFLICT', 'The case is closed.', { reason: 'complaints.closed' });
    const to = getStaff(ctx.db, input.toStaffId);
    if (!to || to.active !== 1 || to.id === row.owner_id)
      throw validation({ toStaffId: 'an active colleague other than the owner' });
    const open = ctx.db
      .prepare(
        `SELECT 1 FROM complaint_transfers WHERE complaint_id = ?
         AND accepted_at IS NULL AND declined_at IS NULL`,
      )
      .get(row.id);
    if (open)
      throw new AppError('CONFLICT', 'An offer is waiting for an answer.', {
        reason: 'complaints.offerOpen',
      });
    ctx.db
      .prepare(
        `INSERT INTO complaint_transfers (id, complaint_id, from_staff, to_staff, reason, offered_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(ctx.env.ids(), row.id, row.owner_id, to.id, input.reason, ctx.now);
    addEvent(ctx, row.id, { kind: 'transferOffered', body: input.reason, detail: { to: to.id } });
    touch(ctx, row.id, 'state = state');
    auditCase(ctx, row.id, { to: to.id });
    return caseView(ctx, row.id);
  },

  'complaints.answerTransfer': (ctx, input) => {
    const t = ctx.db
      .prepare('SELECT * FROM complaint_transfers WHERE id = ?')
      .get(input.transferId) as TransferRow | undefined;
    if (!t) throw notFound('Transfer');
    if (t.to_staff !== ctx.staff!.id)
      throw new AppError('FORBIDDEN', 'Only the colleague it was offered to answers.', {
        reason: 'complaints.notOfferedToYou',
      });
    if (t.accepted_at !== null || t.declined_at !== null)
      throw new AppError('CONFLICT', 'The offer was answered already.', {
        reason: 'complaints.offerAnswered',
      });
    const row = requireCase(ctx, t.complaint_id);
    const column = input.accept ? 'accepted_at' : 'declined_at';
    ctx.db.prepare(`UPDATE complaint_transfers SET ${column} = ? WHERE id = ?`).run(ctx.now, t.id);
    const note = input.note && input.note !== '' ? input.note : null;
    if (input.accept) {
      const owner = ownerOf(row.owner_id, [
        { from: t.from_staff, to: t.to_staff, acceptedAt: ctx.now },
      ]);
      touch(ctx, row.id, 'owner_id = ?', [owner]);
    } else touch(ctx, row.id, 'state = state');
    addEvent(ctx, row.id, {
      kind: input.accept ? 'transferAccepted' : 'transferDeclined',
      body: note,
      detail: { from: t.from_staff },
    });
    auditCase(ctx, row.id, { accepted: input.accept });
    return caseView(ctx, row.id);
  },
};
