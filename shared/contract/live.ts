import type { ChannelName, Output } from './index';

/**
 * Read channels whose answer main pushes after every change another window must see.
 * Each is read with its default input (today, the current shift), so the pushed payload
 * is exactly what the channel returns for that session, and a store replaces its data.
 */
export const LIVE_VIEWS = [
  'desk.tagsOut',
  'desk.lostTags',
  'desk.onSite',
  'desk.occupancy',
  'desk.dayCounts',
  'reception.dayCounts',
  'rotation.today',
  'visitors.waiting',
  'messages.list',
  // 我的回电: a consultant's list fills as the desk passes calls, from any window.
  'calls.mine',
  'queue.list',
  'queue.dayCounts',
  'shifts.current',
  'shiftLog.list',
  // The shell's backup warning: pushed when main's clock jumps (re-sync) and after a backup call.
  'backups.status',
  // Site profile and modules: every window's navigation follows the admin's choice at once.
  'settings.get',
  // 我的投诉: what I own, was offered, or what reached my level (main's timer escalates too).
  'complaints.mine',
  // 今日回访: the day's call list per person; main's tick adds the day's calls of the plans.
  'followUps.today',
  // 叫号屏: public, so main pushes it to every window that has read it (hall displays too).
  'hall.board',
] as const satisfies readonly ChannelName[];
export type LiveView = (typeof LIVE_VIEWS)[number];

/** Views that differ per person ("mine"): computed for each signed-in staff member. */
export const PER_PERSON_VIEWS: readonly LiveView[] = [
  'messages.list',
  'calls.mine',
  'complaints.mine',
  'followUps.today',
];

export type ViewEventName = `view:${LiveView}`;
export type ViewEventPayloads = { [V in LiveView as `view:${V}`]: Output<V> };

export function viewEvent<V extends LiveView>(view: V): `view:${V}` {
  return `view:${view}`;
}

const TAGS = ['desk.tagsOut', 'desk.onSite', 'desk.occupancy', 'desk.dayCounts'] as const;
const CHARGES = ['desk.tagsOut', 'desk.onSite', 'desk.dayCounts'] as const;
const VISITORS = ['visitors.waiting', 'rotation.today', 'reception.dayCounts'] as const;
/** What main's tick pushes after it escalated cases (the notices go with them). */
export const ESCALATION_VIEWS: readonly LiveView[] = ['complaints.mine'];
/** What main's tick pushes after it generated the day's plan calls. */
export const FOLLOW_UP_VIEWS: readonly LiveView[] = ['followUps.today'];
/** What main's tick pushes when a waiting visitor's hand-over deadline passes. */
export const VISITOR_OVERDUE_VIEWS: readonly LiveView[] = ['visitors.waiting'];
const ROTATION = ['rotation.today', 'visitors.waiting'] as const;
const QUEUE = ['queue.list', 'queue.dayCounts', 'hall.board'] as const;
const SHIFT = ['shifts.current', 'shiftLog.list'] as const;
const LOG = ['shiftLog.list'] as const;
const ERASED_VIEWS = [
  'desk.tagsOut',
  'desk.onSite',
  'visitors.waiting',
  'messages.list',
  'calls.mine',
  'shiftLog.list',
  'queue.list',
  'complaints.mine',
  'followUps.today',
] as const;

/**
 * What each mutation changes for others to see. The router publishes these views after a
 * successful commit only. A test keeps every desk-side mutation in this map or in
 * `CHANGES_NO_LIVE_VIEW`, so a new channel cannot silently stop the other windows updating.
 */
export const REFRESHES: Partial<Record<ChannelName, readonly LiveView[]>> = {
  'desk.checkIn': TAGS,
  'desk.checkOut': TAGS,
  'desk.tagLost': [...TAGS, 'desk.lostTags'],
  'desk.tagFound': ['desk.tagsOut', 'desk.lostTags'],
  'desk.addCharge': CHARGES,
  'desk.settle': CHARGES,
  'desk.voidCharge': CHARGES,
  'desk.recordCardSale': ['desk.dayCounts'],
  'rotation.signIn': ROTATION,
  'rotation.setStatus': ROTATION,
  'visitors.register': VISITORS,
  'visitors.confirm': VISITORS,
  'visitors.passOn': VISITORS,
  'visitors.leave': VISITORS,
  'calls.record': ['rotation.today', 'reception.dayCounts', 'messages.list', 'calls.mine'],
  'calls.calledBack': ['calls.mine', 'messages.list'],
  'messages.send': ['messages.list'],
  'messages.markRead': ['messages.list'],
  'queue.take': QUEUE,
  'queue.call': QUEUE,
  'queue.serve': QUEUE,
  'queue.left': QUEUE,
  'shifts.open': SHIFT,
  'shifts.clockIn': ['shifts.current'],
  'shifts.clockOut': ['shifts.current'],
  'shifts.check': ['shifts.current'],
  'shifts.acknowledge': ['shifts.current', 'messages.list'],
  'shifts.start': SHIFT,
  'shifts.abandon': SHIFT,
  'shiftLog.add': LOG,
  'shiftLog.edit': LOG,
  'shiftLog.correct': LOG,
  'shiftLog.completeFollowUp': LOG,
  'handover.prepare': ['shifts.current'],
  'handover.saveDraft': ['shifts.current'],
  'handover.signOutgoing': SHIFT,
  'handover.receive': ['shifts.current'],
  'handover.review': ['shifts.current'],
  'handover.correct': ['shifts.current'],
  'backups.run': ['backups.status'],
  'backups.configure': ['backups.status'],
  'backups.drill': ['backups.status'],
  'settings.update': ['settings.get'],
  // A case taken from a shift-log entry shows its number on the entry.
  'complaints.open': ['complaints.mine', 'shiftLog.list'],
  'complaints.respond': ['complaints.mine'],
  'complaints.addAction': ['complaints.mine'],
  'complaints.setPlan': ['complaints.mine'],
  'complaints.wait': ['complaints.mine'],
  // Resolving puts the follow-up call on someone's list.
  'complaints.resolve': ['complaints.mine', 'followUps.today'],
  'complaints.offerTransfer': ['complaints.mine'],
  'complaints.answerTransfer': ['complaints.mine'],
  'complaints.escalate': ['complaints.mine'],
  // Changed settings move every open case's deadlines.
  'serviceLevels.setCalendar': ['complaints.mine'],
  'serviceLevels.setLevel': ['complaints.mine'],
  'serviceLevels.setChain': ['complaints.mine'],
  // A complaint call's score closes or reopens the case.
  'followUps.record': ['followUps.today', 'complaints.mine'],
  'followUps.setPlan': ['followUps.today'],
  'followUps.endPlan': ['followUps.today'],
  // Switching a rule on writes today's calls at once.
  'followUps.setRule': ['followUps.today'],
  // The report is an incident entry of the shift at work.
  'incidents.record': LOG,
  'incidents.scheduleFollowUp': ['followUps.today'],
  // The approval that erases or destroys takes the person out of what the desk shows now.
  'personData.approve': ERASED_VIEWS,
  'destruction.approve': ERASED_VIEWS,
};

/** Desk-side audited channels that change nothing a live view shows (prices, setup, reads). */
export const CHANGES_NO_LIVE_VIEW: readonly ChannelName[] = [
  'desk.setPriceItem',
  'blockList.add',
  'blockList.remove',
  'shifts.setTemplate',
  'shifts.setChecklistItem',
  'shifts.setRoster',
  'handover.purgeExpired',
  'handover.printDay',
  'complaints.export',
  'reports.export',
  'complaints.addInternalNote',
  'complaints.attach',
  'complaints.attachment',
  'incidents.update',
  'incidents.sign',
  'incidents.get',
];

/** A targeted notification for the person concerned; ids and what they need to act. */
export type Notice =
  | { kind: 'visitorAssigned'; visitorId: string; visitorName: string; passedOn: boolean }
  | { kind: 'message'; messageId: string | null; fromName: string | null; byPhone: boolean }
  | { kind: 'handoverWaiting'; handoverId: string; businessDate: string }
  /** A case reached this person's level of the chain (or theirs, as its owner). */
  | {
      kind: 'complaintEscalated';
      complaintId: string;
      number: string;
      level: number;
      automatic: boolean;
      /** The owner is told too; the level's people see "escalated to you". */
      asOwner: boolean;
    }
  /** A colleague offers this person a case (首问负责制: effective once accepted). */
  | { kind: 'complaintOffered'; complaintId: string; number: string; fromName: string }
  /** The offered colleague accepted or declined this person's case. */
  | {
      kind: 'complaintTransferAnswered';
      complaintId: string;
      number: string;
      accepted: boolean;
      byName: string;
    };
