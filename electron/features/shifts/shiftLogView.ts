import type {
  FollowUpHistory,
  FollowUpView,
  LogEntryView,
  ShiftLogView,
} from '../../../shared/contract/shiftViews';
import {
  carriedCount,
  carriedInto,
  carriesOf,
  correctionsOf,
  entriesOfShift,
  type LogEntryRow,
} from './shiftLogQueries';
import { getShift, handoverStateOfShift } from './shiftQueries';
import type { Db } from '../../db/types';
import { nameOf } from './shiftView';

function followUpView(db: Db, row: LogEntryRow, now: number): FollowUpView | null {
  if (row.follow_up !== 1) return null;
  return {
    ownerId: row.owner_id,
    ownerName: nameOf(db, row.owner_id),
    dueAt: row.due_at,
    overdue: row.done_at === null && row.due_at !== null && row.due_at < now,
    doneAt: row.done_at,
    doneBy: row.done_by,
    doneByName: nameOf(db, row.done_by),
    doneNote: row.done_note,
  };
}

/** The case a complaint entry became (complaints.log_entry_id is unique): linked both ways. */
function caseOf(db: Db, row: LogEntryRow): { id: string; number: string } | undefined {
  if (row.category !== 'complaint') return undefined;
  return db.prepare('SELECT id, number FROM complaints WHERE log_entry_id = ?').get(row.id) as
    { id: string; number: string } | undefined;
}

export function logEntryView(db: Db, row: LogEntryRow, now: number): LogEntryView {
  const shift = getShift(db, row.shift_id);
  const linked = caseOf(db, row);
  return {
    id: row.id,
    shiftId: row.shift_id,
    shiftName: shift?.name ?? '',
    businessDate: row.business_date,
    at: row.at,
    byStaff: row.by_staff,
    byName: nameOf(db, row.by_staff) ?? '',
    category: row.category,
    body: row.body,
    editedAt: row.edited_at,
    correctsId: row.corrects_id,
    correctedBy: correctionsOf(db, row.id).map((c) => c.id),
    locked: row.locked === 1,
    followUp: followUpView(db, row, now),
    carriedShifts: row.follow_up === 1 ? carriedCount(db, row.id) : 0,
    complaintId: linked?.id ?? null,
    complaintNumber: linked?.number ?? null,
  };
}

/** The shift's own entries, and the follow-ups earlier shifts handed into it. */
export function shiftLogView(db: Db, shiftId: string, now: number): ShiftLogView {
  return {
    shiftId,
    entries: entriesOfShift(db, shiftId).map((r) => logEntryView(db, r, now)),
    carriedOver: carriedInto(db, shiftId).map((r) => logEntryView(db, r, now)),
  };
}

export function followUpHistory(db: Db, row: LogEntryRow, now: number): FollowUpHistory {
  return {
    entry: logEntryView(db, row, now),
    corrections: correctionsOf(db, row.id).map((c) => logEntryView(db, c, now)),
    carries: carriesOf(db, row.id).map((c) => {
      const shift = getShift(db, c.shift_id);
      const handover = handoverStateOfShift(db, c.shift_id);
      return {
        shiftId: c.shift_id,
        shiftName: shift?.name ?? '',
        businessDate: shift?.business_date ?? '',
        at: c.at,
        handoverId: handover?.id ?? null,
        handoverStatus: handover?.status ?? null,
      };
    }),
  };
}
