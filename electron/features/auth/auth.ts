import { minPinLength } from '../../../shared/domain/pin';
import { FREE_ATTEMPTS, lockoutDelayMs } from '../../../shared/domain/lockout';
import { getStaffByUsername, updateStaff, type StaffRow } from '../staff';
import type { ServiceContext } from '../../ipc/context';
import { AppError, validation, type Denied } from '../../ipc/errors';
import { sessionView } from './authSession';
import type { Handlers } from '../../ipc/handler';
import { hashPin, verifyPin } from './pinHash';

function requireSession(ctx: ServiceContext) {
  if (!ctx.session || !ctx.staff)
    throw new AppError('UNAUTHENTICATED', 'Sign in first.', { reason: 'auth.noSession' });
  return { session: ctx.session, staff: ctx.staff };
}

function lockedOut(ctx: ServiceContext, staff: StaffRow): Denied | null {
  if (staff.locked_until === null || staff.locked_until <= ctx.now) return null;
  return ctx.deny({
    code: 'LOCKED',
    message: 'Too many wrong PINs; wait before trying again.',
    reason: 'auth.tooManyAttempts',
    retryAfterMs: staff.locked_until - ctx.now,
  });
}

/** Counts a wrong PIN; from the fifth on, the account waits longer after each. */
function wrongPin(ctx: ServiceContext, staff: StaffRow): Denied {
  const failures = staff.failed_attempts + 1;
  const delay = lockoutDelayMs(failures);
  updateStaff(
    ctx.db,
    staff.id,
    { failed_attempts: failures, locked_until: delay ? ctx.now + delay : null },
    ctx.now,
  );
  ctx.audit.detail = { failures };
  if (delay) {
    return ctx.deny({
      code: 'LOCKED',
      message: 'Too many wrong PINs; wait before trying again.',
      reason: 'auth.tooManyAttempts',
      retryAfterMs: delay,
    });
  }
  return ctx.deny({
    code: 'UNAUTHENTICATED',
    message: 'Wrong user name or PIN.',
    reason: 'auth.badCredentials',
    fields: { pin: `${FREE_ATTEMPTS - failures} attempts left` },
  });
}

function goodPin(ctx: ServiceContext, staff: StaffRow): StaffRow {
  if (staff.failed_attempts === 0 && staff.locked_until === null) return staff;
  return updateStaff(ctx.db, staff.id, { failed_attempts: 0, locked_until: null }, ctx.now);
}

// A verify against a throwaway hash keeps unknown user names as slow as wrong PINs.
let decoyHash: string | null = null;

export const authHandlers: Pick<
  Handlers,
  | 'session.get'
  | 'auth.login'
  | 'auth.logout'
  | 'auth.lock'
  | 'auth.unlock'
  | 'auth.activity'
  | 'auth.changePin'
  | 'auth.setPreferences'
> = {
  'session.get': (ctx) =>
    ctx.session && ctx.staff ? sessionView(ctx.db, ctx.session, ctx.staff) : null,

  'auth.login': (ctx, input) => {
    const staff = getStaffByUsername(ctx.db, input.username);
    ctx.audit.targetType = 'staff';
    if (!staff) {
      decoyHash ??= hashPin('decoy', ctx.env.pinKdf);
      verifyPin(input.pin, decoyHash);
      // What was typed is not kept: it names no account, and is often a PIN in the wrong field.
      return ctx.deny({
        code: 'UNAUTHENTICATED',
        message: 'Wrong user name or PIN.',
        reason: 'auth.badCredentials',
      });
    }
    ctx.audit.targetId = staff.id;
    ctx.audit.actorId = staff.id;
    ctx.audit.actorName = staff.display_name;
    const waiting = lockedOut(ctx, staff);
    if (waiting) return waiting;
    if (!verifyPin(input.pin, staff.pin_hash)) return wrongPin(ctx, staff);
    if (staff.active !== 1) {
      return ctx.deny({
        code: 'UNAUTHENTICATED',
        message: 'This account is deactivated.',
        reason: 'auth.deactivated',
      });
    }
    const previous = ctx.session;
    if (previous && previous.staffId !== staff.id)
      ctx.audit.detail = { switchedFrom: previous.staffId };
    const fresh = updateStaff(
      ctx.db,
      staff.id,
      { failed_attempts: 0, locked_until: null, last_login_at: ctx.now },
      ctx.now,
    );
    const session = ctx.env.sessions.start(ctx.clientId, staff.id, staff.role, ctx.now);
    return sessionView(ctx.db, session, fresh);
  },

  'auth.logout': (ctx) => {
    requireSession(ctx);
    ctx.env.sessions.end(ctx.clientId);
    return null;
  },

  'auth.lock': (ctx) => {
    const { session, staff } = requireSession(ctx);
    session.locked = true;
    return sessionView(ctx.db, session, staff);
  },

  'auth.unlock': (ctx, input) => {
    const { session, staff } = requireSession(ctx);
    const waiting = lockedOut(ctx, staff);
    if (waiting) return waiting;
    if (!verifyPin(input.pin, staff.pin_hash)) return wrongPin(ctx, staff);
    const fresh = goodPin(ctx, staff);
    session.locked = false;
    session.lastActivity = ctx.now;
    return sessionView(ctx.db, session, fresh);
  },

  'auth.activity': (ctx) => {
    const { session } = requireSession(ctx);
    session.lastActivity = ctx.now;
    const { idleLockMinutes } = sessionView(ctx.db, session, ctx.staff!);
    return { idleLockAt: ctx.now + idleLockMinutes * 60_000 };
  },

  'auth.changePin': (ctx, input) => {
    const { session, staff } = requireSession(ctx);
    const waiting = lockedOut(ctx, staff);
    if (waiting) return waiting;
    if (!verifyPin(input.currentPin, staff.pin_hash)) return wrongPin(ctx, staff);
    if (input.newPin.length < minPinLength(staff.role)) {
      throw validation(
        { newPin: `at least ${minPinLength(staff.role)} characters for this role` },
        'pin.tooShort',
      );
    }
    if (input.newPin === input.currentPin)
      throw validation({ newPin: 'must differ from the current PIN' }, 'pin.unchanged');
    const fresh = updateStaff(
      ctx.db,
      staff.id,
      {
        pin_hash: hashPin(input.newPin, ctx.env.pinKdf),
        must_change_pin: 0,
        failed_attempts: 0,
        locked_until: null,
      },
      ctx.now,
    );
    ctx.audit.targetType = 'staff';
    ctx.audit.targetId = staff.id;
    return sessionView(ctx.db, session, fresh);
  },

  'auth.setPreferences': (ctx, input) => {
    const { session, staff } = requireSession(ctx);
    const fresh = updateStaff(
      ctx.db,
      staff.id,
      {
        ...(input.language ? { language: input.language } : {}),
        ...(input.colorScheme ? { color_scheme: input.colorScheme } : {}),
      },
      ctx.now,
    );
    return sessionView(ctx.db, session, fresh);
  },
};
