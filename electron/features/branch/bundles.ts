import type { ComplaintView } from '../../../shared/contract/complaintViews';
import type { HandoverView } from '../../../shared/contract/handoverViews';
import type { IncidentView } from '../../../shared/contract/incidentViews';
import { businessDate } from '../../../shared/domain/time';
import type { NewBundle } from './outbox';

/**
 * What head office sees of a signed handover: its figures, the open items as counts (their
 * texts name members and visitors), the cash, who signed and the audit head signed with it.
 * Staff names travel (head office manages staff); client names never do here.
 */
export function handoverBundle(view: HandoverView): NewBundle {
  const { content } = view;
  const open = content.openItems;
  return {
    kind: 'handover',
    businessDate: view.businessDate,
    body: {
      handoverId: view.id,
      shiftName: view.shiftName,
      plannedStart: view.plannedStart,
      plannedEnd: view.plannedEnd,
      status: view.status,
      figures: content.figures,
      openItems: {
        followUps: open.followUps.length,
        overdueFollowUps: open.followUps.filter((f) => f.overdue).length,
        complaints: open.complaints.length,
        waitingVisitors: open.waitingVisitors.length,
        tagsOut: open.tagsOut.length,
        unsettled: open.unsettled,
        unreadMessages: open.unreadMessages.length,
      },
      anomalies: content.anomalies.length,
      cash: {
        openingFloatCents: content.cash.openingFloatCents,
        cashTakingsCents: content.cash.cashTakingsCents,
        expectedCents: content.cash.expectedCents,
        countedCents: content.cash.countedCents,
        varianceCents: content.cash.varianceCents,
      },
      outgoing: view.outgoing && { name: view.outgoing.name, at: view.outgoing.at },
      incoming: view.incoming && { name: view.incoming.name, at: view.incoming.at },
      flaggedSections: view.flags.map((f) => f.section),
      auditSeq: view.auditSeq,
      auditHead: view.auditHead,
      auditFingerprint: view.auditFingerprint,
    },
  };
}

/** What a complaint bundle is made of: a case view, or the same fields read by Core's tick. */
export type ComplaintBundleSource = Pick<
  ComplaintView,
  | 'id'
  | 'number'
  | 'channel'
  | 'category'
  | 'severity'
  | 'state'
  | 'level'
  | 'receivedAt'
  | 'firstResponseDue'
  | 'resolutionDue'
  | 'respondedAt'
  | 'resolvedAt'
  | 'closedAt'
  | 'deadlineState'
  | 'reopenedCount'
  | 'remedy'
  | 'clientName'
  | 'contactName'
  | 'callBackPhone'
> & { followUps: Pick<ComplaintView['followUps'][number], 'score'>[] };

/** A complaint as it stands: category, level, deadlines, outcome; names only if allowed. */
export function complaintBundle(view: ComplaintBundleSource, sharePersonal: boolean): NewBundle {
  const scores = view.followUps.filter((f) => f.score !== null).map((f) => f.score!);
  return {
    kind: 'complaint',
    businessDate: businessDate(view.receivedAt),
    body: {
      complaintId: view.id,
      number: view.number,
      channel: view.channel,
      category: view.category,
      severity: view.severity,
      state: view.state,
      level: view.level,
      receivedAt: view.receivedAt,
      firstResponseDue: view.firstResponseDue,
      resolutionDue: view.resolutionDue,
      respondedAt: view.respondedAt,
      resolvedAt: view.resolvedAt,
      closedAt: view.closedAt,
      deadlineState: view.deadlineState,
      overdue: view.deadlineState === 'overdue',
      reopenedCount: view.reopenedCount,
      remedy: view.remedy,
      satisfaction: scores.length > 0 ? scores[scores.length - 1]! : null,
      ...(sharePersonal
        ? {
            clientName: view.clientName,
            contactName: view.contactName,
            callBackPhone: view.callBackPhone,
          }
        : {}),
    },
  };
}

/** An incident report as it stands: what kind, when, its outcome; the person only if allowed. */
export function incidentBundle(view: IncidentView, sharePersonal: boolean): NewBundle {
  return {
    kind: 'incident',
    businessDate: view.businessDate,
    body: {
      incidentId: view.id,
      number: view.number,
      kind: view.kind,
      occurredAt: view.occurredAt,
      recordedAt: view.recordedAt,
      injured: view.injured,
      hospitalEscort: view.hospitalEscort,
      costsCents: view.costsCents,
      signed: view.signed,
      ...(sharePersonal ? { personName: view.personName, phone: view.phone } : {}),
    },
  };
}
