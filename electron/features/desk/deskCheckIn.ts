import { matchBlockList } from '../reception';
import { role, today } from '../../ipc/context';
import type { OnSiteEntry } from '../../../shared/contract/deskViews';
import type { Gender } from '../../../shared/domain/clients';
import { effectiveStatus } from '../../../shared/domain/clients';
import { BLOCKED_STATUSES, normalizeTag } from '../../../shared/domain/desk';
import { clientsByIds } from '../clients';
import {
  chargesOf,
  closeCheckIn,
  getCheckIn,
  insertCheckIn,
  openChargesOf,
  openCheckInByClient,
  openCheckInsOf,
  type CheckInRow,
} from './deskQueries';
import type { ServiceContext } from '../../ipc/context';
import { AppError, Denied } from '../../ipc/errors';
import { requireClient } from '../clients';
import { searchClientIds } from '../clients';
import { summaryOf } from '../clients';
import {
  assertOpen,
  chargeView,
  checkInView,
  findCheckIn,
  occupancyOf,
  verifyManager,
} from './deskCommon';
import { issueTag } from './deskTags';
import type { Handlers } from '../../ipc/handler';
import { activeText, waiverMissing } from '../waivers';

type CheckInInput = Parameters<Handlers['desk.checkIn']>[1];

function alreadyIn(): AppError {
  return new AppError('CONFLICT', 'This member is already checked in.', {
    reason: 'desk.alreadyIn',
  });
}

/** 入场: the rules, in the order a receptionist would want to hear them. */
export function checkIn(ctx: ServiceContext, input: CheckInInput) {
  const client = requireClient(ctx, input.clientId);
  const day = today(ctx);
  const status = effectiveStatus(client.membership_status, client.membership_expiry, day);
  ctx.audit.detail = { status };
  if (openCheckInByClient(ctx.db, client.id)) throw alreadyIn();
  const tag = issueTag(ctx.db, input.tagNumber);
  let overrideBy: string | null = null;
  if (status && BLOCKED_STATUSES.includes(status)) {
    if (!input.overrideStaff || !input.overridePin || !input.overrideReason) {
      return ctx.deny({
        code: 'FORBIDDEN',
        message: `Check-in refused: the membership is ${status}. A manager may override.`,
        reason: 'desk.statusBlocked',
        fields: { status },
      });
    }
    const manager = verifyManager(ctx, input.overrideStaff, input.overridePin);
    if (manager instanceof Denied) return manager;
    overrideBy = manager.id;
  }
  const row: CheckInRow = {
    id: ctx.env.ids(),
    client_id: client.id,
    tag_number: tag,
    gender: (client.gender ?? 'unspecified') as Gender,
    business_date: day,
    checked_in_at: ctx.now,
    checked_in_by: ctx.staff!.id,
    checked_out_at: null,
    checked_out_by: null,
    override_by: overrideBy,
    override_reason: overrideBy ? input.overrideReason! : null,
  };
  try {
    insertCheckIn(ctx.db, row);
  } catch (err) {
    // The partial unique indexes are the last word on double entries and double loans.
    if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw alreadyIn();
    throw err;
  }
  ctx.audit.detail = {
    status,
    checkInId: row.id,
    tag,
    ...(overrideBy ? { overrideBy } : {}),
  };
  return {
    checkIn: checkInView(ctx.db, row),
    summary: summaryOf(client, role(ctx), day),
    occupancy: occupancyOf(ctx.db),
  };
}

/** 离场: returns the tag; open charges must be settled or left with a reason first. */
export function checkOut(ctx: ServiceContext, input: { checkInId?: string; tagNumber?: string }) {
  const row = findCheckIn(ctx, input, normalizeTag);
  assertOpen(row);
  const open = openChargesOf(ctx.db, row.id);
  if (open.length > 0) {
    const total = open.reduce((s, c) => s + c.total_cents, 0);
    throw new AppError(
      'CONFLICT',
      `${open.length} charge(s) on this tag, ${total} cents, are not settled.`,
      { reason: 'desk.unsettled', fields: { charges: `${open.length}`, totalCents: `${total}` } },
    );
  }
  closeCheckIn(ctx.db, row.id, ctx.now, ctx.staff!.id);
  ctx.audit.detail = { clientId: row.client_id, tag: row.tag_number };
  const closed = getCheckIn(ctx.db, row.id)!;
  return {
    checkIn: checkInView(ctx.db, closed),
    charges: chargesOf(ctx.db, row.id).map((c) => chargeView(ctx.db, c)),
  };
}

export const deskCheckInHandlers: Pick<
  Handlers,
  'desk.lookup' | 'desk.checkIn' | 'desk.checkOut' | 'desk.onSite' | 'desk.occupancy'
> = {
  'desk.lookup': (ctx, input) => {
    const rows = clientsByIds(ctx.db, searchClientIds(ctx.db, input.q, input.limit ?? 20, ctx.now));
    const open = openCheckInsOf(
      ctx.db,
      rows.map((r) => r.id),
    );
    const textId = activeText(ctx.db)?.id ?? null;
    return rows.map((r) => {
      const mark = open.get(r.id);
      return {
        summary: summaryOf(r, role(ctx), today(ctx)),
        onSite: mark
          ? { checkInId: mark.id, tagNumber: mark.tag_number, since: mark.checked_in_at }
          : null,
        waiverMissing: waiverMissing(ctx.db, r.id, textId),
        blockAlert: matchBlockList(ctx.db, {
          name: r.name,
          phone: (JSON.parse(r.phones) as string[])[0] ?? null,
          idNumber: r.id_number,
        }),
      };
    });
  },

  'desk.checkIn': checkIn,
  'desk.checkOut': checkOut,

  'desk.onSite': (ctx) =>
    (
      ctx.db
        .prepare(
          `SELECT ci.id, ci.client_id, ci.tag_number, ci.gender, ci.checked_in_at, c.name, c.card_number
           FROM check_ins ci LEFT JOIN clients c ON c.id = ci.client_id
           WHERE ci.checked_out_at IS NULL ORDER BY ci.checked_in_at, ci.id`,
        )
        .all() as {
        id: string;
        client_id: string | null;
        tag_number: string | null;
        gender: Gender;
        checked_in_at: number;
        name: string | null;
        card_number: string | null;
      }[]
    ).map((r): OnSiteEntry => ({
      checkInId: r.id,
      clientId: r.client_id,
      name: r.name,
      cardNumber: r.card_number,
      gender: r.gender,
      tagNumber: r.tag_number,
      since: r.checked_in_at,
    })),

  'desk.occupancy': (ctx) => occupancyOf(ctx.db),
};
