import type { PriceItem } from '../../../shared/contract/deskViews';
import { normalizeTag } from '../../../shared/domain/desk';
import {
  chargesOf,
  getCharge,
  getPriceItem,
  insertCharge,
  listPriceItems,
  openChargesOf,
  settleCharges,
  upsertPriceItem,
  voidCharge,
  type PriceItemRow,
} from './deskQueries';
import { AppError, Denied, notFound, validation } from '../../ipc/errors';
import { assertOpen, chargeView, findCheckIn, verifyManager } from './deskCommon';
import type { Handlers } from '../../ipc/handler';

function priceItemView(row: PriceItemRow): PriceItem {
  return {
    id: row.id,
    name: row.name,
    priceCents: row.price_cents,
    active: row.active === 1,
    sort: row.sort,
  };
}

export const deskChargeHandlers: Pick<
  Handlers,
  | 'desk.charges'
  | 'desk.addCharge'
  | 'desk.settle'
  | 'desk.voidCharge'
  | 'desk.priceList'
  | 'desk.setPriceItem'
> = {
  'desk.charges': (ctx, input) => {
    const row = findCheckIn(ctx, input, normalizeTag);
    return chargesOf(ctx.db, row.id).map((c) => chargeView(ctx.db, c));
  },

  'desk.addCharge': (ctx, input) => {
    const checkIn = findCheckIn(ctx, input, normalizeTag);
    assertOpen(checkIn);
    const item = getPriceItem(ctx.db, input.itemId);
    if (!item) throw notFound('Price item');
    if (item.active !== 1) throw validation({ itemId: 'inactive' }, 'desk.itemInactive');
    const id = ctx.env.ids();
    insertCharge(ctx.db, {
      id,
      check_in_id: checkIn.id,
      item_id: item.id,
      name: item.name,
      unit_cents: item.price_cents,
      quantity: input.quantity,
      added_by: ctx.staff!.id,
      added_at: ctx.now,
    });
    ctx.audit.detail = {
      chargeId: id,
      itemId: item.id,
      quantity: input.quantity,
      totalCents: item.price_cents * input.quantity,
    };
    return chargeView(ctx.db, getCharge(ctx.db, id)!);
  },

  'desk.settle': (ctx, input) => {
    const checkIn = findCheckIn(ctx, input, normalizeTag);
    const open = openChargesOf(ctx.db, checkIn.id);
    settleCharges(
      ctx.db,
      checkIn.id,
      ctx.now,
      ctx.staff!.id,
      input.method ? { method: input.method } : { leftReason: input.leaveReason! },
    );
    ctx.audit.detail = {
      chargeIds: open.map((c) => c.id),
      totalCents: open.reduce((s, c) => s + c.total_cents, 0),
      ...(input.method ? { method: input.method } : { left: true }),
    };
    const ids = new Set(open.map((c) => c.id));
    return chargesOf(ctx.db, checkIn.id)
      .filter((c) => ids.has(c.id))
      .map((c) => chargeView(ctx.db, c));
  },

  'desk.voidCharge': (ctx, input) => {
    const charge = getCharge(ctx.db, input.chargeId);
    if (!charge) throw notFound('Charge');
    ctx.audit.targetType = 'tagCharge';
    ctx.audit.targetId = charge.id;
    ctx.audit.detail = { checkInId: charge.check_in_id, totalCents: charge.total_cents };
    if (charge.voided_at !== null)
      throw new AppError('CONFLICT', 'This slip is already void.', { reason: 'desk.chargeVoided' });
    if (charge.settled_at !== null)
      throw new AppError('CONFLICT', 'This slip is already settled or left.', {
        reason: 'desk.chargeClosed',
      });
    const manager = verifyManager(ctx, input.managerUsername, input.managerPin);
    if (manager instanceof Denied) return manager;
    voidCharge(ctx.db, charge.id, ctx.now, manager.id, input.reason);
    ctx.audit.detail = { ...ctx.audit.detail, voidedBy: manager.id };
    return chargeView(ctx.db, getCharge(ctx.db, charge.id)!);
  },

  'desk.priceList': (ctx) => listPriceItems(ctx.db).map(priceItemView),

  'desk.setPriceItem': (ctx, input) => {
    const before = input.id ? getPriceItem(ctx.db, input.id) : undefined;
    if (input.id && !before) throw notFound('Price item');
    const row: PriceItemRow = {
      id: before?.id ?? ctx.env.ids(),
      name: input.name,
      price_cents: input.priceCents,
      active: (input.active ?? (before ? before.active === 1 : true)) ? 1 : 0,
      sort: input.sort ?? before?.sort ?? 0,
      updated_at: ctx.now,
    };
    upsertPriceItem(ctx.db, row);
    ctx.audit.targetType = 'priceItem';
    ctx.audit.targetId = row.id;
    ctx.audit.detail = {
      priceCents: row.price_cents,
      active: row.active === 1,
      ...(before ? { fromCents: before.price_cents } : { created: true }),
    };
    return priceItemView(getPriceItem(ctx.db, row.id)!);
  },
};
