import { SIGNATURE_TYPE } from '../../../shared/domain/waivers';
import { today } from '../../ipc/context';
import { AppError, validation } from '../../ipc/errors';
import type { Handlers } from '../../ipc/handler';
import { getStaff } from '../staff';
import { signatureBytes } from '../waivers';
import { requireIncident } from './incidents';
import { getIncident, updateIncident } from './incidentQueries';
import { incidentView } from './incidentView';

export const incidentSigningHandlers: Pick<
  Handlers,
  'incidents.sign' | 'incidents.scheduleFollowUp'
> = {
  /** 签字确认: the member read the report and drew their name; the facts freeze with it. */
  'incidents.sign': (ctx, input) => {
    const row = requireIncident(ctx, input.incidentId);
    if (row.signed_at !== null)
      throw new AppError('CONFLICT', 'This report is signed already.', {
        reason: 'incidents.alreadySigned',
      });
    const bytes = signatureBytes(input.signatureDataUrl);
    updateIncident(ctx.db, row.id, {
      signer_name: input.signerName,
      signature: bytes,
      signature_mime: SIGNATURE_TYPE,
      signed_at: ctx.now,
      updated_at: ctx.now,
    });
    ctx.audit.detail = { number: row.number };
    return incidentView(ctx.db, getIncident(ctx.db, row.id)!);
  },

  /** 电话慰问: a call on the follow-up list, for the caller unless someone else is named. */
  'incidents.scheduleFollowUp': (ctx, input) => {
    const row = requireIncident(ctx, input.incidentId);
    const wrong: Record<string, string> = {};
    if (input.dueDay < today(ctx)) wrong.dueDay = 'in the past';
    const assignee = input.assignedTo ?? ctx.staff!.id;
    if (getStaff(ctx.db, assignee)?.active !== 1) wrong.assignedTo = 'not an active staff member';
    const phone = input.phone ?? row.phone;
    if (!phone) wrong.phone = 'required';
    if (Object.keys(wrong).length) throw validation(wrong);
    const id = ctx.env.ids();
    ctx.db
      .prepare(
        `INSERT INTO follow_up_calls (id, incident_id, client_id, phone, due_day, assigned_to,
                                      attempt, created_at)
         VALUES (?, ?, ?, ?, ?, ?, 1, ?)`,
      )
      .run(id, row.id, row.client_id, phone, input.dueDay, assignee, ctx.now);
    ctx.audit.detail = { number: row.number, callId: id, dueDay: input.dueDay, assignee };
    return incidentView(ctx.db, getIncident(ctx.db, row.id)!);
  },
};
