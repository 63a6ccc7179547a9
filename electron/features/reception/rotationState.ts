import { today } from '../../ipc/context';
import type { RotationView } from '../../../shared/contract/receptionViews';
import {
  endPosition,
  nextInRotation,
  rotationOrder,
  type RotationSlot,
} from '../../../shared/domain/rotation';
import {
  getConsultantDay,
  insertConsultantDay,
  listConsultantDays,
  updateConsultantDay,
  waitingCounts,
  type ConsultantDayRow,
} from './receptionQueries';
import { modulesInUse } from '../settings';
import { getStaff } from '../staff';
import type { Db } from '../../db/types';
import type { ServiceContext } from '../../ipc/context';

export type Slot = RotationSlot & { row: ConsultantDayRow };

/** Today's rotation as the pure rules see it: order, status, and who is already called. */
export function slotsOf(db: Db, day: string): Slot[] {
  const waiting = waitingCounts(db);
  return listConsultantDays(db, day).map((row) => ({
    staffId: row.staff_id,
    position: row.position,
    status: row.status,
    hasWaiting: (waiting.get(row.staff_id) ?? 0) > 0,
    row,
  }));
}

/**
 * The rotation as visitors and calls may use it: empty when the site does not use consultants
 * (site profiles), so a visitor waits unassigned and a call becomes a message.
 */
export function slotsInUse(db: Db, day: string): Slot[] {
  return modulesInUse(db).includes('consultants') ? slotsOf(db, day) : [];
}

export function rotationView(db: Db, day: string): RotationView {
  const slots = rotationOrder(slotsOf(db, day));
  const waiting = waitingCounts(db);
  const next = nextInRotation(slots);
  return {
    businessDate: day,
    consultants: slots.map((s, i) => ({
      staffId: s.staffId,
      displayName: getStaff(db, s.staffId)?.display_name ?? '',
      rank: i + 1,
      signedInAt: s.row.signed_in_at,
      status: s.status,
      outReason: s.row.out_reason,
      waitingVisitors: waiting.get(s.staffId) ?? 0,
      isNext: next?.staffId === s.staffId,
    })),
    nextStaffId: next?.staffId ?? null,
  };
}

/**
 * A consultant who has just received a visitor (or taken a call) goes to the end of the
 * order. `busy` also marks them with a visitor until the desk sets them available again.
 * A consultant not signed in today (an appointment, scenario C) joins the rotation here.
 */
export function sendToEnd(ctx: ServiceContext, staffId: string, busy: boolean): void {
  const day = today(ctx);
  const position = endPosition(slotsOf(ctx.db, day));
  if (!getConsultantDay(ctx.db, staffId, day)) {
    insertConsultantDay(ctx.db, {
      staff_id: staffId,
      business_date: day,
      signed_in_at: ctx.now,
      position,
      status: busy ? 'withVisitor' : 'available',
      out_reason: null,
    });
    return;
  }
  updateConsultantDay(ctx.db, staffId, day, {
    position,
    ...(busy ? { status: 'withVisitor' as const, out_reason: null } : {}),
  });
}
