import { lateMinutes } from '../../../shared/domain/shift';
import {
  clockOut,
  getShiftStaff,
  insertShiftStaff,
  isRostered,
  type ShiftRow,
  type ShiftStaffRow,
} from './shiftQueries';
import type { Db } from '../../db/types';
import type { ServiceContext } from '../../ipc/context';
import { AppError, Denied } from '../../ipc/errors';
import type { Handlers } from '../../ipc/handler';
import { verifyOwnPin } from '../auth';
import { isAtWork, shiftById, shiftView } from './shiftView';

/** 考勤: late against the planned start; "rostered" tells planned staff from cover. */
export function clockIn(db: Db, shift: ShiftRow, staffId: string, at: number): ShiftStaffRow {
  const row: ShiftStaffRow = {
    shift_id: shift.id,
    staff_id: staffId,
    clock_in_at: at,
    late_minutes: lateMinutes(at, shift.planned_start),
    rostered:
      shift.template_id !== null && isRostered(db, shift.business_date, shift.template_id, staffId)
        ? 1
        : 0,
    clock_out_at: null,
  };
  insertShiftStaff(db, row);
  return row;
}

export function requireAtWork(ctx: ServiceContext, shiftId: string): ShiftRow {
  const shift = shiftById(ctx.db, shiftId);
  ctx.audit.targetType = 'shift';
  ctx.audit.targetId = shift.id;
  if (!isAtWork(shift))
    throw new AppError('CONFLICT', 'This shift is no longer at work.', {
      reason: 'shifts.notCurrent',
    });
  return shift;
}

export const shiftAttendanceHandlers: Pick<Handlers, 'shifts.clockIn' | 'shifts.clockOut'> = {
  /** A colleague types their own name and PIN; wrong PINs count toward their lockout. */
  'shifts.clockIn': (ctx, input) => {
    const shift = requireAtWork(ctx, input.shiftId);
    const staff = verifyOwnPin(ctx, input.username, input.pin);
    if (staff instanceof Denied) return staff;
    if (getShiftStaff(ctx.db, shift.id, staff.id))
      throw new AppError('CONFLICT', 'Already clocked in on this shift.', {
        reason: 'shifts.alreadyClockedIn',
      });
    const row = clockIn(ctx.db, shift, staff.id, ctx.now);
    ctx.audit.detail = {
      ...ctx.audit.detail,
      staffId: staff.id,
      lateMinutes: row.late_minutes,
      rostered: row.rostered === 1,
    };
    return shiftView(ctx.db, shift, ctx.now);
  },

  'shifts.clockOut': (ctx, input) => {
    const shift = requireAtWork(ctx, input.shiftId);
    const staff = verifyOwnPin(ctx, input.username, input.pin);
    if (staff instanceof Denied) return staff;
    const row = getShiftStaff(ctx.db, shift.id, staff.id);
    if (!row || row.clock_out_at !== null)
      throw new AppError('CONFLICT', 'Not clocked in on this shift.', {
        reason: 'shifts.notClockedIn',
      });
    clockOut(ctx.db, shift.id, staff.id, ctx.now);
    ctx.audit.detail = { ...ctx.audit.detail, staffId: staff.id };
    return shiftView(ctx.db, shift, ctx.now);
  },
};
