import { endPosition } from '../../../shared/domain/rotation';
import { today } from '../../ipc/context';
import { getConsultantDay, insertConsultantDay, updateConsultantDay } from './receptionQueries';
import { AppError, Denied } from '../../ipc/errors';
import type { Handlers } from '../../ipc/handler';
import { verifyOwnPin } from '../auth';
import { rotationView, slotsOf } from './rotationState';

export const rotationHandlers: Pick<
  Handlers,
  'rotation.signIn' | 'rotation.setStatus' | 'rotation.today'
> = {
  /** 签到: the sign-in order is the day's rotation. The desk session stays the receptionist's. */
  'rotation.signIn': (ctx, input) => {
    ctx.audit.targetType = 'staff';
    const consultant = verifyOwnPin(ctx, input.username, input.pin);
    if (consultant instanceof Denied) return consultant;
    ctx.audit.targetId = consultant.id;
    if (consultant.role !== 'consultant')
      return ctx.deny({
        code: 'FORBIDDEN',
        message: 'Only membership consultants sign in to the rotation.',
        reason: 'rotation.notConsultant',
      });
    const day = today(ctx);
    if (getConsultantDay(ctx.db, consultant.id, day))
      throw new AppError('CONFLICT', 'Already signed in today.', {
        reason: 'rotation.alreadySignedIn',
      });
    const position = endPosition(slotsOf(ctx.db, day));
    insertConsultantDay(ctx.db, {
      staff_id: consultant.id,
      business_date: day,
      signed_in_at: ctx.now,
      position,
      status: 'available',
      out_reason: null,
    });
    ctx.audit.detail = { consultant: consultant.id, position };
    return rotationView(ctx.db, day);
  },

  'rotation.setStatus': (ctx, input) => {
    const day = today(ctx);
    const row = getConsultantDay(ctx.db, input.staffId, day);
    if (!row)
      throw new AppError('NOT_FOUND', 'This consultant has not signed in today.', {
        reason: 'rotation.notSignedIn',
      });
    updateConsultantDay(ctx.db, input.staffId, day, {
      status: input.status,
      out_reason: input.status === 'out' ? (input.reason ?? null) : null,
    });
    ctx.audit.targetType = 'staff';
    ctx.audit.targetId = input.staffId;
    ctx.audit.detail = { from: row.status, to: input.status };
    return rotationView(ctx.db, day);
  },

  'rotation.today': (ctx) => rotationView(ctx.db, today(ctx)),
};
