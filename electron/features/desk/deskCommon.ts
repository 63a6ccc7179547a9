import type { CheckInView, Occupancy, TagChargeView } from '../../../shared/contract/deskViews';
import type { DeskSettings } from '../../../shared/contract/views';
import { DESK_MANAGERS } from '../../../shared/domain/desk';
import {
  countOnSite,
  getCheckIn,
  openCheckInByTag,
  type ChargeRow,
  type CheckInRow,
} from './deskQueries';
import { DEFAULT_SETTINGS, readSettings } from '../settings';
import { getStaff, type StaffRow } from '../staff';
import type { Db } from '../../db/types';
import type { ServiceContext } from '../../ipc/context';
import { AppError, Denied, notFound } from '../../ipc/errors';
import { verifyOwnPin } from '../auth';

export type DeskConfig = Required<
  Pick<DeskSettings, 'handTags' | 'capacity' | 'lostTagFeeCents' | 'defaultLanguage'>
>;

export function deskConfig(db: Db): DeskConfig {
  const s = readSettings(db);
  return {
    handTags: s.handTags ?? DEFAULT_SETTINGS.handTags!,
    capacity: s.capacity ?? DEFAULT_SETTINGS.capacity!,
    lostTagFeeCents: s.lostTagFeeCents ?? DEFAULT_SETTINGS.lostTagFeeCents!,
    defaultLanguage: s.defaultLanguage,
  };
}

export function staffName(db: Db, id: string | null): string | null {
  return id ? (getStaff(db, id)?.display_name ?? null) : null;
}

export function checkInView(db: Db, row: CheckInRow): CheckInView {
  return {
    id: row.id,
    clientId: row.client_id,
    tagNumber: row.tag_number,
    gender: row.gender,
    businessDate: row.business_date,
    checkedInAt: row.checked_in_at,
    checkedOutAt: row.checked_out_at,
    overrideByName: staffName(db, row.override_by),
    overrideReason: row.override_reason,
  };
}

export function chargeView(db: Db, row: ChargeRow): TagChargeView {
  const state =
    row.voided_at !== null
      ? 'voided'
      : row.settled_at === null
        ? 'open'
        : row.method
          ? 'settled'
          : 'left';
  return {
    id: row.id,
    checkInId: row.check_in_id,
    itemId: row.item_id,
    name: row.name,
    unitCents: row.unit_cents,
    quantity: row.quantity,
    totalCents: row.total_cents,
    addedAt: row.added_at,
    addedByName: staffName(db, row.added_by),
    state,
    method: row.method,
    leftReason: row.left_reason,
    voidReason: row.void_reason,
  };
}

export function occupancyOf(db: Db): Occupancy {
  const onSite = countOnSite(db);
  const { capacity } = deskConfig(db);
  return { onSite, capacity, atCapacity: capacity > 0 && onSite >= capacity };
}

/** The check-in named by id, or the open one holding this tag. */
export function findCheckIn(
  ctx: ServiceContext,
  ref: { checkInId?: string | undefined; tagNumber?: string | undefined },
  normalize: (tag: string) => string,
): CheckInRow {
  const row = ref.checkInId
    ? getCheckIn(ctx.db, ref.checkInId)
    : openCheckInByTag(ctx.db, normalize(ref.tagNumber!));
  if (!row) throw notFound('Check-in');
  ctx.audit.targetType = 'checkIn';
  ctx.audit.targetId = row.id;
  return row;
}

export function assertOpen(row: CheckInRow): void {
  if (row.checked_out_at !== null)
    throw new AppError('CONFLICT', 'This member has already checked out.', {
      reason: 'desk.alreadyOut',
    });
}

/**
 * A duty manager, supervisor or admin authorises at the desk with their own name and PIN.
 * The PIN goes through the same check as every other (verifyOwnPin), so wrong guesses from
 * the desk count toward that person's lockout; a lockout answers LOCKED, since the
 * manager must wait. Any other refusal does not say which part was wrong.
 */
export function verifyManager(
  ctx: ServiceContext,
  username: string,
  pin: string,
): StaffRow | Denied {
  const manager = verifyOwnPin(ctx, username, pin, 'manager');
  if (manager instanceof Denied && manager.error.code === 'LOCKED') return manager;
  if (!(manager instanceof Denied) && DESK_MANAGERS.includes(manager.role)) return manager;
  ctx.audit.detail = { manager: null, ...ctx.audit.detail };
  return ctx.deny({
    code: 'UNAUTHENTICATED',
    message: 'Needs the name and PIN of a duty manager, supervisor or admin.',
    reason: 'desk.overrideRefused',
  });
}
