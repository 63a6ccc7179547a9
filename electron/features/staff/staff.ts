import { minPinLength } from '../../../shared/domain/pin';
import type { Role } from '../../../shared/domain/roles';
import {
  countActiveAdmins,
  getStaff,
  getStaffByUsername,
  insertStaff,
  listStaff,
  toStaffView,
  updateStaff,
  type StaffRow,
} from './staffQueries';
import type { ServiceContext } from '../../ipc/context';
import { AppError, notFound, validation } from '../../ipc/errors';
import type { Handlers } from '../../ipc/handler';
import { hashPin } from '../auth';

function target(ctx: ServiceContext, id: string): StaffRow {
  const row = getStaff(ctx.db, id);
  if (!row) throw notFound('Staff member');
  ctx.audit.targetType = 'staff';
  ctx.audit.targetId = id;
  return row;
}

function assertPinFits(pin: string, role: Role, field: string): void {
  if (pin.length < minPinLength(role)) {
    throw validation(
      { [field]: `at least ${minPinLength(role)} characters for this role` },
      'pin.tooShort',
    );
  }
}

function assertUsernameFree(ctx: ServiceContext, username: string, selfId?: string): void {
  const taken = getStaffByUsername(ctx.db, username);
  if (taken && taken.id !== selfId) {
    throw new AppError('CONFLICT', 'That user name is taken.', {
      reason: 'staff.usernameTaken',
      fields: { username: 'already taken' },
    });
  }
}

/** The desk must always keep one active admin, or nobody could manage staff again. */
function assertKeepsAnAdmin(
  ctx: ServiceContext,
  row: StaffRow,
  nextRole: Role,
  nextActive: boolean,
): void {
  const losesAdmin =
    row.role === 'admin' && row.active === 1 && (nextRole !== 'admin' || !nextActive);
  if (losesAdmin && countActiveAdmins(ctx.db) <= 1) {
    throw new AppError('CONFLICT', 'The last active admin cannot be removed.', {
      reason: 'staff.lastAdmin',
    });
  }
}

/** Ends the sessions of someone who was deactivated, so their window signs out now. */
function endSessionsOf(ctx: ServiceContext, staffId: string): void {
  for (const s of ctx.env.sessions.ofStaff(staffId)) {
    ctx.env.sessions.end(s.clientId);
    ctx.emitAfterCommit(s.clientId, 'session.changed', null);
  }
}

export const staffHandlers: Pick<
  Handlers,
  'staff.list' | 'staff.create' | 'staff.update' | 'staff.setActive' | 'staff.resetPin'
> = {
  'staff.list': (ctx, input) => listStaff(ctx.db, input?.includeInactive ?? true).map(toStaffView),

  'staff.create': (ctx, input) => {
    assertPinFits(input.pin, input.role, 'pin');
    assertUsernameFree(ctx, input.username);
    const row = insertStaff(ctx.db, {
      id: ctx.env.ids(),
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      pinHash: hashPin(input.pin, ctx.env.pinKdf),
      mustChangePin: false,
      now: ctx.now,
    });
    ctx.audit.targetType = 'staff';
    ctx.audit.targetId = row.id;
    ctx.audit.detail = { role: row.role };
    return toStaffView(row);
  },

  'staff.update': (ctx, input) => {
    const row = target(ctx, input.id);
    if (input.username) assertUsernameFree(ctx, input.username, row.id);
    if (input.role) assertKeepsAnAdmin(ctx, row, input.role, row.active === 1);
    const changed = updateStaff(
      ctx.db,
      row.id,
      {
        ...(input.username ? { username: input.username } : {}),
        ...(input.displayName ? { display_name: input.displayName } : {}),
        ...(input.role ? { role: input.role } : {}),
      },
      ctx.now,
    );
    ctx.audit.detail = {
      changed: Object.keys(input).filter((k) => k !== 'id'),
      ...(input.role && input.role !== row.role
        ? { role: { from: row.role, to: input.role } }
        : {}),
    };
    return toStaffView(changed);
  },

  'staff.setActive': (ctx, input) => {
    const row = target(ctx, input.id);
    if (!input.active && row.id === ctx.staff?.id) {
      throw new AppError('CONFLICT', 'You cannot deactivate your own account.', {
        reason: 'staff.self',
      });
    }
    assertKeepsAnAdmin(ctx, row, row.role, input.active);
    const changed = updateStaff(ctx.db, row.id, { active: input.active ? 1 : 0 }, ctx.now);
    if (!input.active) endSessionsOf(ctx, row.id);
    ctx.audit.detail = { active: input.active };
    return toStaffView(changed);
  },

  'staff.resetPin': (ctx, input) => {
    const row = target(ctx, input.id);
    assertPinFits(input.newPin, row.role, 'newPin');
    const changed = updateStaff(
      ctx.db,
      row.id,
      {
        pin_hash: hashPin(input.newPin, ctx.env.pinKdf),
        must_change_pin: 1,
        failed_attempts: 0,
        locked_until: null,
      },
      ctx.now,
    );
    return toStaffView(changed);
  },
};
