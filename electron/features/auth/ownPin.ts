import { FREE_ATTEMPTS, lockoutDelayMs } from '../../../shared/domain/lockout';
import { getStaffByUsername, updateStaff, type StaffRow } from '../staff';
import type { ServiceContext } from '../../ipc/context';
import type { Denied } from '../../ipc/errors';
import { hashPin, verifyPin } from './pinHash';

// A verify against a throwaway hash keeps unknown user names as slow as wrong PINs.
let decoyHash: string | null = null;

/**
 * A consultant proves who they are at the desk PC with their own name and PIN, while the
 * desk session stays the receptionist's. Wrong PINs count against that consultant's account
 * exactly as at login (the counter is kept: Denied, not thrown), so the desk cannot be
 * used to guess a colleague's PIN.
 */
export function verifyOwnPin(
  ctx: ServiceContext,
  username: string,
  pin: string,
  /** The audit detail key naming whose PIN it was ('manager' for a desk override). */
  as: 'consultant' | 'manager' = 'consultant',
): StaffRow | Denied {
  const staff = getStaffByUsername(ctx.db, username);
  if (!staff) {
    decoyHash ??= hashPin('decoy', ctx.env.pinKdf);
    verifyPin(pin, decoyHash);
    return badCredentials(ctx);
  }
  ctx.audit.detail = { ...ctx.audit.detail, [as]: staff.id };
  if (staff.locked_until !== null && staff.locked_until > ctx.now) {
    return ctx.deny({
      code: 'LOCKED',
      message: 'Too many wrong PINs; wait before trying again.',
      reason: 'auth.tooManyAttempts',
      retryAfterMs: staff.locked_until - ctx.now,
    });
  }
  if (!verifyPin(pin, staff.pin_hash)) {
    const failures = staff.failed_attempts + 1;
    const delay = lockoutDelayMs(failures);
    updateStaff(
      ctx.db,
      staff.id,
      { failed_attempts: failures, locked_until: delay ? ctx.now + delay : null },
      ctx.now,
    );
    ctx.audit.detail = { ...ctx.audit.detail, failures };
    if (delay)
      return ctx.deny({
        code: 'LOCKED',
        message: 'Too many wrong PINs; wait before trying again.',
        reason: 'auth.tooManyAttempts',
        retryAfterMs: delay,
      });
    return badCredentials(ctx, `${FREE_ATTEMPTS - failures} attempts left`);
  }
  if (staff.active !== 1)
    return ctx.deny({
      code: 'UNAUTHENTICATED',
      message: 'This account is deactivated.',
      reason: 'auth.deactivated',
    });
  if (staff.failed_attempts !== 0 || staff.locked_until !== null)
    return updateStaff(ctx.db, staff.id, { failed_attempts: 0, locked_until: null }, ctx.now);
  return staff;
}

function badCredentials(ctx: ServiceContext, pinNote?: string): Denied {
  return ctx.deny({
    code: 'UNAUTHENTICATED',
    message: 'Wrong user name or PIN.',
    reason: 'auth.badCredentials',
    ...(pinNote ? { fields: { pin: pinNote } } : {}),
  });
}
