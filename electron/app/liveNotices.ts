import { contract, type Notice } from '../../shared/contract';
import type {
  HandoverView,
  MessageView,
  VisitorRegistered,
  VisitorView,
} from '../../shared/contract';
import type { CallRecorded } from '../../shared/contract';
import type { Db } from '../db/types';
import type { CommittedCall } from '../ipc/router';
import { mayReceiveHandover } from '../features/handover';
import { escalationNotices, reaches, type EscalationNotice } from '../features/complaints';
import type { ComplaintView } from '../../shared/contract/complaintViews';
import type { Reader } from './liveViews';

/** A notice and who it is for, decided in main from the committed call's result. */
export interface TargetedNotice {
  notice: Notice;
  to(reader: Reader): boolean;
}

const toStaff = (staffId: string | null, caller: string) => (r: Reader) =>
  r.staff.id === staffId && r.session.clientId !== caller;

function visitorNotice(v: VisitorView, passedOn: boolean, caller: string): TargetedNotice[] {
  if (!v.consultantId) return [];
  return [
    {
      notice: { kind: 'visitorAssigned', visitorId: v.id, visitorName: v.name, passedOn },
      to: toStaff(v.consultantId, caller),
    },
  ];
}

function messageNotice(m: MessageView, caller: string): TargetedNotice[] {
  if (!m.toStaffId || m.toStaffId === m.fromStaffId) return [];
  return [
    {
      notice: { kind: 'message', messageId: m.id, fromName: m.fromName, byPhone: false },
      to: toStaff(m.toStaffId, caller),
    },
  ];
}

/** A phone message for a colleague: the call carries the message id, the input the recipient. */
function callNotice(data: CallRecorded, input: unknown, caller: string): TargetedNotice[] {
  const to = (input as { toStaffId?: string | null }).toStaffId ?? null;
  if (data.call.route !== 'message' || !to) return [];
  return [
    {
      notice: {
        kind: 'message',
        messageId: data.call.messageId,
        fromName: data.call.takenByName,
        byPhone: true,
      },
      to: toStaff(to, caller),
    },
  ];
}

/** Signed over: everyone who may sign as the incoming side (their role and not on the shift). */
function handoverNotice(db: Db, h: HandoverView): TargetedNotice[] {
  const roles = contract['handover.receive'].roles;
  return [
    {
      notice: { kind: 'handoverWaiting', handoverId: h.id, businessDate: h.businessDate },
      to: (r) => roles.includes(r.staff.role) && mayReceiveHandover(db, h.id, r.staff.id),
    },
  ];
}

/** An escalation's notice for the readers it reaches; never to the window that escalated. */
export function escalationTargeted(n: EscalationNotice, caller?: string): TargetedNotice {
  return { notice: n.notice, to: (r) => reaches(n.to, r.staff) && r.session.clientId !== caller };
}

function escalatedNotices(db: Db, c: ComplaintView, caller: string): TargetedNotice[] {
  const row = { id: c.id, number: c.number, owner_id: c.ownerId };
  return escalationNotices(db, row, c.level, false).map((n) => escalationTargeted(n, caller));
}

/** An offer goes to the colleague asked to take the case over. */
function offeredNotice(c: ComplaintView, caller: string): TargetedNotice[] {
  const t = c.transfers.find((x) => x.acceptedAt === null && x.declinedAt === null);
  if (!t) return [];
  return [
    {
      notice: {
        kind: 'complaintOffered',
        complaintId: c.id,
        number: c.number,
        fromName: t.fromName,
      },
      to: toStaff(t.toId, caller),
    },
  ];
}

/** The answer goes back to whoever offered the case. */
function answeredNotice(
  db: Db,
  c: ComplaintView,
  input: unknown,
  caller: string,
): TargetedNotice[] {
  const id = (input as { transferId: string }).transferId;
  const t = c.transfers.find((x) => x.id === id);
  const from = db
    .prepare('SELECT from_staff FROM complaint_transfers WHERE id = ?')
    .pluck()
    .get(id) as string | undefined;
  if (!t || !from) return [];
  return [
    {
      notice: {
        kind: 'complaintTransferAnswered',
        complaintId: c.id,
        number: c.number,
        accepted: t.acceptedAt !== null,
        byName: t.toName,
      },
      to: toStaff(from, caller),
    },
  ];
}

export function noticesFor(db: Db, call: CommittedCall): TargetedNotice[] {
  const { data, clientId } = call;
  switch (call.channel) {
    case 'visitors.register':
      return visitorNotice((data as VisitorRegistered).visitor, false, clientId);
    case 'visitors.passOn':
      return visitorNotice(data as VisitorView, true, clientId);
    case 'messages.send':
      return messageNotice(data as MessageView, clientId);
    case 'calls.record':
      return callNotice(data as CallRecorded, call.input, clientId);
    case 'handover.signOutgoing':
      return handoverNotice(db, data as HandoverView);
    case 'complaints.escalate':
      return escalatedNotices(db, data as ComplaintView, clientId);
    case 'complaints.offerTransfer':
      return offeredNotice(data as ComplaintView, clientId);
    case 'complaints.answerTransfer':
      return answeredNotice(db, data as ComplaintView, call.input, clientId);
    default:
      return [];
  }
}
