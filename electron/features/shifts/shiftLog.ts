import type { LogCategory } from '../../../shared/domain/shift';
import { getLogEntry, insertLogEntry, updateLogEntry, type LogEntryRow } from './shiftLogQueries';
import { getStaff } from '../staff';
import type { ServiceContext } from '../../ipc/context';
import { AppError, notFound, validation } from '../../ipc/errors';
import type { Handlers } from '../../ipc/handler';
import { followUpHistory, logEntryView, shiftLogView } from './shiftLogView';
import { requireCurrentShift, shiftById } from './shiftView';

interface NewEntry {
  category: LogCategory;
  body: string;
  followUp?: { ownerId?: string; dueAt?: number };
  correctsId?: string;
}

/** Entries always go into the shift at work, whatever shift the entry they correct was in. */
function addEntry(ctx: ServiceContext, e: NewEntry): LogEntryRow {
  const shift = requireCurrentShift(ctx.db);
  const owner = e.followUp?.ownerId;
  if (owner !== undefined && getStaff(ctx.db, owner)?.active !== 1)
    throw validation({ 'followUp.ownerId': 'not an active staff member' }, 'shiftLog.unknownOwner');
  const row: LogEntryRow = {
    id: ctx.env.ids(),
    shift_id: shift.id,
    business_date: shift.business_date,
    at: ctx.now,
    by_staff: ctx.staff!.id,
    category: e.category,
    body: e.body,
    edited_at: null,
    corrects_id: e.correctsId ?? null,
    locked: 0,
    follow_up: e.followUp ? 1 : 0,
    owner_id: owner ?? null,
    due_at: e.followUp?.dueAt ?? null,
    done_at: null,
    done_by: null,
    done_note: null,
  };
  insertLogEntry(ctx.db, row);
  ctx.audit.targetType = 'logEntry';
  ctx.audit.targetId = row.id;
  return row;
}

function requireEntry(ctx: ServiceContext, id: string): LogEntryRow {
  const row = getLogEntry(ctx.db, id);
  if (!row) throw notFound('Log entry');
  ctx.audit.targetType = 'logEntry';
  ctx.audit.targetId = row.id;
  return row;
}

export const shiftLogHandlers: Pick<
  Handlers,
  | 'shiftLog.list'
  | 'shiftLog.add'
  | 'shiftLog.edit'
  | 'shiftLog.correct'
  | 'shiftLog.completeFollowUp'
  | 'shiftLog.followUpHistory'
> = {
  'shiftLog.list': (ctx, input) => {
    const shift = input?.shiftId ? shiftById(ctx.db, input.shiftId) : requireCurrentShift(ctx.db);
    return shiftLogView(ctx.db, shift.id, ctx.now);
  },

  'shiftLog.add': (ctx, input) => {
    const row = addEntry(ctx, input);
    ctx.audit.detail = {
      shiftId: row.shift_id,
      category: row.category,
      followUp: row.follow_up === 1,
      ...(row.owner_id ? { ownerId: row.owner_id } : {}),
    };
    return logEntryView(ctx.db, row, ctx.now);
  },

  /** Its author fixes a slip while the shift is still theirs; afterwards only a correction. */
  'shiftLog.edit': (ctx, input) => {
    const row = requireEntry(ctx, input.entryId);
    if (row.locked === 1)
      throw new AppError('CONFLICT', 'This entry was handed over; add a correction.', {
        reason: 'shiftLog.locked',
      });
    if (row.by_staff !== ctx.staff!.id)
      throw new AppError('FORBIDDEN', 'Only its author edits an entry.', {
        reason: 'shiftLog.notAuthor',
      });
    const edited = updateLogEntry(ctx.db, row.id, {
      category: input.category,
      body: input.body,
      edited_at: ctx.now,
    });
    ctx.audit.detail = { category: { from: row.category, to: edited.category } };
    return logEntryView(ctx.db, edited, ctx.now);
  },

  'shiftLog.correct': (ctx, input) => {
    const original = requireEntry(ctx, input.entryId);
    const row = addEntry(ctx, {
      category: original.category,
      body: input.body,
      correctsId: original.id,
    });
    ctx.audit.detail = { corrects: original.id, shiftId: row.shift_id };
    return logEntryView(ctx.db, row, ctx.now);
  },

  /** Anyone at the desk may close a follow-up, even one from a handed-over shift. */
  'shiftLog.completeFollowUp': (ctx, input) => {
    const row = requireEntry(ctx, input.entryId);
    if (row.follow_up !== 1)
      throw new AppError('CONFLICT', 'This entry has no follow-up.', {
        reason: 'shiftLog.noFollowUp',
      });
    if (row.done_at !== null)
      throw new AppError('CONFLICT', 'This follow-up is already done.', {
        reason: 'shiftLog.alreadyDone',
      });
    const done = updateLogEntry(ctx.db, row.id, {
      done_at: ctx.now,
      done_by: ctx.staff!.id,
      done_note: input.note,
    });
    ctx.audit.detail = { shiftId: row.shift_id };
    return logEntryView(ctx.db, done, ctx.now);
  },

  'shiftLog.followUpHistory': (ctx, input) => {
    const row = getLogEntry(ctx.db, input.entryId);
    if (!row) throw notFound('Log entry');
    return followUpHistory(ctx.db, row, ctx.now);
  },
};
