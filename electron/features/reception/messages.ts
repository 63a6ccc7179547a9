import { getMessage, insertMessage, messagesFor, type MessageRow } from './receptionQueries';
import { getStaff } from '../staff';
import type { Db } from '../../db/types';
import type { ServiceContext } from '../../ipc/context';
import { AppError, notFound, validation } from '../../ipc/errors';
import type { Handlers } from '../../ipc/handler';
import { messageView } from './messagesView';

/** Read messages shown under the unread ones. */
const READ_SHOWN = 50;

/** A note to a colleague (an active staff member) or, with null, to the next shift. */
export function leaveMessage(
  ctx: ServiceContext,
  toStaffId: string | null,
  body: string,
  field = 'toStaffId',
): MessageRow {
  if (toStaffId !== null) {
    const to = getStaff(ctx.db, toStaffId);
    if (!to || to.active !== 1)
      throw validation({ [field]: 'not an active staff member' }, 'messages.unknownRecipient');
  }
  const row: MessageRow = {
    id: ctx.env.ids(),
    at: ctx.now,
    from_staff: ctx.staff!.id,
    to_staff: toStaffId,
    body,
    read_at: null,
    read_by: null,
  };
  insertMessage(ctx.db, row);
  return row;
}

function isForMe(row: MessageRow, staffId: string): boolean {
  return row.to_staff === null || row.to_staff === staffId;
}

function messageFor(db: Db, id: string, staffId: string): MessageRow {
  const row = getMessage(db, id);
  if (!row) throw notFound('Message');
  if (!isForMe(row, staffId))
    throw new AppError('FORBIDDEN', 'Only its recipient marks a message read.', {
      reason: 'messages.notRecipient',
    });
  return row;
}

export const messageHandlers: Pick<
  Handlers,
  'messages.list' | 'messages.send' | 'messages.markRead'
> = {
  /** 留言本: mine and the next shift's, unread first, newest first within each. */
  'messages.list': (ctx) =>
    messagesFor(ctx.db, ctx.staff!.id, READ_SHOWN).map((r) => messageView(ctx.db, r)),

  'messages.send': (ctx, input) => {
    const row = leaveMessage(ctx, input.toStaffId, input.body);
    ctx.audit.targetType = 'message';
    ctx.audit.targetId = row.id;
    ctx.audit.detail = { to: row.to_staff };
    return messageView(ctx.db, row);
  },

  /** Read-acknowledged by its recipient; for the next shift, by whoever reads it first. */
  'messages.markRead': (ctx, input) => {
    const me = ctx.staff!.id;
    const row = messageFor(ctx.db, input.id, me);
    ctx.audit.targetType = 'message';
    ctx.audit.targetId = row.id;
    if (row.read_at !== null) {
      ctx.audit.detail = { alreadyRead: true };
      return messageView(ctx.db, row);
    }
    ctx.db
      .prepare('UPDATE messages SET read_at = ?, read_by = ? WHERE id = ?')
      .run(ctx.now, me, row.id);
    return messageView(ctx.db, getMessage(ctx.db, row.id)!);
  },
};
