import type { CallBackView, MyCallBacks } from '../../../shared/contract/callBackViews';
import type { Role } from '../../../shared/domain/roles';
import type { Db } from '../../db/types';
import { today, type ServiceContext } from '../../ipc/context';
import { AppError, notFound } from '../../ipc/errors';
import type { Handlers } from '../../ipc/handler';
import { getStaff } from '../staff';
import { callView } from './calls';
import type { CallRow } from './receptionQueries';

interface CallBackRow extends CallRow {
  called_back_at: number | null;
  called_back_by: string | null;
  called_back_note: string | null;
  called_back_day: string | null;
  to_staff: string | null;
}

/** Those who call back what was left "for the next shift": the desk's own people. */
const DESK_ROLES: readonly Role[] = ['receptionist', 'dutyManager'];
/** Who may close a colleague's call-back (the colleague is off, the caller came in). */
const CLOSES_FOR_OTHERS: readonly Role[] = ['dutyManager', 'supervisor', 'admin'];

const SELECT = `SELECT c.*, m.to_staff FROM calls c LEFT JOIN messages m ON m.id = c.message_id`;

/**
 * Mine by the rotation, by a message to me, and (for the desk) those for the next shift. Three
 * indexed reads instead of one OR across a join, which SQLite would answer with a scan.
 */
function callBacksOf(db: Db, me: string, role: Role, where: string, arg: string): CallBackRow[] {
  const mine = db
    .prepare(`${SELECT} WHERE c.consultant_id = @me AND ${where}`)
    .all({ me, arg }) as CallBackRow[];
  const toMe = db
    .prepare(`${SELECT} WHERE m.to_staff = @me AND ${where}`)
    .all({ me, arg }) as CallBackRow[];
  const desk = DESK_ROLES.includes(role)
    ? (db
        .prepare(`${SELECT} WHERE c.message_id IS NOT NULL AND m.to_staff IS NULL AND ${where}`)
        .all({ arg }) as CallBackRow[])
    : [];
  return [...mine, ...toMe, ...desk];
}

function viaOf(row: CallBackRow): CallBackView['via'] {
  if (row.consultant_id !== null) return 'rotation';
  return row.to_staff === null ? 'nextShift' : 'message';
}

function callBackView(db: Db, row: CallBackRow): CallBackView {
  return {
    ...callView(db, row),
    via: viaOf(row),
    calledBackAt: row.called_back_at,
    calledBackByName: row.called_back_by
      ? (getStaff(db, row.called_back_by)?.display_name ?? null)
      : null,
    calledBackNote: row.called_back_note,
  };
}

function isFor(row: CallBackRow, me: string, role: Role): boolean {
  if (row.consultant_id === me || row.to_staff === me) return true;
  if (row.message_id !== null && row.to_staff === null) return DESK_ROLES.includes(role);
  return false;
}

function callBackRow(db: Db, id: string): CallBackRow | undefined {
  return db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as CallBackRow | undefined;
}

/** Open call-backs of a person, for the home page. */
export function openCallBacks(ctx: ServiceContext): number {
  return callBacksOf(ctx.db, ctx.staff!.id, ctx.session!.role, 'c.called_back_at IS NULL', '')
    .length;
}

export const callBackHandlers: Pick<Handlers, 'calls.mine' | 'calls.calledBack'> = {
  'calls.mine': (ctx): MyCallBacks => {
    const me = ctx.staff!.id;
    const role = ctx.session!.role;
    const byAt = (a: CallBackRow, b: CallBackRow) => a.at - b.at || a.id.localeCompare(b.id);
    const open = callBacksOf(ctx.db, me, role, 'c.called_back_at IS NULL', '').sort(byAt);
    const done = callBacksOf(ctx.db, me, role, 'c.called_back_day = @arg', today(ctx)).sort(
      (a, b) => (b.called_back_at ?? 0) - (a.called_back_at ?? 0),
    );
    return {
      open: open.map((r) => callBackView(ctx.db, r)),
      doneToday: done.map((r) => callBackView(ctx.db, r)),
    };
  },

  'calls.calledBack': (ctx, input) => {
    const row = callBackRow(ctx.db, input.callId);
    if (!row) throw notFound('Call');
    const role = ctx.session!.role;
    if (!isFor(row, ctx.staff!.id, role) && !CLOSES_FOR_OTHERS.includes(role))
      throw new AppError('FORBIDDEN', 'Only the person the call was for closes it.', {
        reason: 'calls.notYours',
      });
    if (row.called_back_at !== null)
      throw new AppError('CONFLICT', 'This caller has already been called back.', {
        reason: 'calls.alreadyCalledBack',
      });
    const note = input.note && input.note !== '' ? input.note : null;
    ctx.db
      .prepare(
        `UPDATE calls SET called_back_at = ?, called_back_by = ?, called_back_note = ?,
         called_back_day = ? WHERE id = ?`,
      )
      .run(ctx.now, ctx.staff!.id, note, today(ctx), row.id);
    // Calling back answers the message too: it should not stay unread in the message book.
    if (row.message_id !== null)
      ctx.db
        .prepare('UPDATE messages SET read_at = ?, read_by = ? WHERE id = ? AND read_at IS NULL')
        .run(ctx.now, ctx.staff!.id, row.message_id);
    ctx.audit.targetType = 'call';
    ctx.audit.targetId = row.id;
    ctx.audit.detail = { via: viaOf(row), ...(note ? { withNote: true } : {}) };
    return callBackView(ctx.db, callBackRow(ctx.db, row.id)!);
  },
};
