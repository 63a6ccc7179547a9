import type { MessageView } from '../../../shared/contract/receptionViews';
import { callOfMessage, type MessageRow } from './receptionQueries';
import { getStaff } from '../staff';
import type { Db } from '../../db/types';

function nameOf(db: Db, id: string | null): string | null {
  return id ? (getStaff(db, id)?.display_name ?? null) : null;
}

export function messageView(db: Db, row: MessageRow): MessageView {
  const call = callOfMessage(db, row.id);
  return {
    id: row.id,
    at: row.at,
    fromStaffId: row.from_staff,
    fromName: nameOf(db, row.from_staff),
    toStaffId: row.to_staff,
    toName: nameOf(db, row.to_staff),
    body: row.body,
    readAt: row.read_at,
    readByName: nameOf(db, row.read_by),
    call: call
      ? {
          id: call.id,
          callerName: call.caller_name,
          callbackPhone: call.callback_phone,
          appointment: call.appointment === 1,
        }
      : null,
  };
}
