/** Scripted answers of main for the handover screens' jsdom tests (no database here). */
import type {
  BoardShift,
  HandoverBoard,
  HandoverContent,
  HandoverView,
  OpenFollowUp,
} from '../../../../shared/contract/handoverViews';

export const DAY = '2025-06-02';
export const START = new Date(`${DAY}T09:30:00`).getTime();
export const END = new Date(`${DAY}T16:00:00`).getTime();

export function followUp(patch: Partial<OpenFollowUp> = {}): OpenFollowUp {
  return {
    entryId: 'e-1',
    category: 'maintenance',
    body: '3 号跑步机异响，已报修',
    ownerName: '王芳',
    dueAt: END + 86_400_000,
    overdue: false,
    loggedShiftName: '早班',
    loggedAt: START + 3_600_000,
    carriedShifts: 2,
    ...patch,
  };
}

export function content(patch: Partial<HandoverContent> = {}): HandoverContent {
  return {
    figures: {
      from: START,
      to: END - 600_000,
      entries: { female: 12, male: 9, unspecified: 1, total: 22 },
      trials: { female: 2, male: 1, unspecified: 0, total: 3 },
      cardsSold: [
        { cardType: '年卡', count: 2 },
        { cardType: '次卡', count: 1 },
      ],
      coaches: null,
      visitors: 5,
      phoneInquiries: 4,
      queueServed: 7,
    },
    openItems: {
      followUps: [followUp()],
      complaints: [],
      waitingVisitors: [],
      tagsOut: [
        {
          tagNumber: '12',
          checkInId: 'ci-1',
          name: '张三',
          since: START + 7_200_000,
          openChargeCents: 1500,
          note: null,
        },
      ],
      unsettled: { count: 1, totalCents: 1500 },
      unreadMessages: [],
    },
    anomalies: [
      {
        kind: 'void',
        at: START + 5_000_000,
        text: '录错饮料',
        staffName: '李经理',
      },
      {
        kind: 'logEntry',
        at: START + 4_000_000,
        text: '会员在更衣室滑倒，已处理',
        staffName: '王芳',
        category: 'incident',
      },
    ],
    cash: {
      openingFloatCents: 50_000,
      cashTakingsCents: 123_450,
      paymentCount: 14,
      expectedCents: 173_450,
      countedCents: null,
      denominations: null,
      varianceCents: null,
      note: null,
    },
    summary: null,
    closingChecklist: [
      { label: '关闭桑拿', done: true },
      { label: '清点手牌', done: false },
    ],
    ...patch,
  };
}

export function handoverView(patch: Partial<HandoverView> = {}): HandoverView {
  return {
    id: 'h-1',
    shiftId: 'shift-1',
    shiftName: '早班',
    businessDate: DAY,
    plannedStart: START,
    plannedEnd: END,
    status: 'draft',
    content: content(),
    blockers: [
      { kind: 'closingChecklist', open: 1 },
      { kind: 'tagNote', tagNumber: '12' },
      { kind: 'cashNotCounted' },
      { kind: 'summary' },
      { kind: 'coaches' },
    ],
    outgoing: null,
    incoming: null,
    confirmedSections: [],
    flags: [],
    review: null,
    corrections: [],
    auditSeq: null,
    auditHead: null,
    auditFingerprint: null,
    staffNames: ['王芳'],
    keepUntil: '2026-06-02',
    ...patch,
  };
}

/** The same handover after the outgoing signature (by 王芳, staff-receptionist). */
export function signedView(patch: Partial<HandoverView> = {}): HandoverView {
  return handoverView({
    status: 'awaitingIncoming',
    blockers: [],
    content: content({
      cash: { ...content().cash, countedCents: 173_250, varianceCents: -200, note: '找零少收' },
      summary: '下午 3 号跑步机报修。',
    }),
    outgoing: { staffId: 'staff-receptionist', name: '王芳', at: END - 300_000 },
    auditSeq: 812,
    auditHead: '3f2a09c177deb410'.padEnd(64, '0'),
    auditFingerprint: '3F2A-09C1-77DE-B410',
    ...patch,
  });
}

export function boardShift(patch: Partial<BoardShift> = {}): BoardShift {
  return {
    businessDate: DAY,
    templateId: 'tpl-early',
    name: '早班',
    plannedStart: START,
    plannedEnd: END,
    shiftId: 'shift-1',
    shiftStatus: 'closed',
    handoverId: 'h-1',
    state: 'signed',
    outgoingName: '王芳',
    incomingName: '赵敏',
    varianceCents: 0,
    flaggedSections: [],
    openFollowUps: 1,
    tagsOut: 0,
    ...patch,
  };
}

export function board(patch: Partial<HandoverBoard> = {}): HandoverBoard {
  return {
    from: DAY,
    to: DAY,
    now: {
      at: END + 60_000,
      businessDate: DAY,
      shiftName: null,
      shiftStatus: null,
      onSite: 9,
      tagsOut: 7,
      entries: 9,
      cashTakenCents: 12_300,
      cashPayments: 3,
      visitorsWaiting: 2,
    },
    shifts: [
      boardShift(),
      boardShift({
        templateId: 'tpl-late',
        name: '晚班',
        plannedStart: END,
        plannedEnd: END + 6.5 * 3_600_000,
        shiftId: 'shift-2',
        handoverId: 'h-2',
        state: 'flagged',
        outgoingName: '赵敏',
        incomingName: '孙丽',
        varianceCents: -200,
        flaggedSections: ['cash'],
        tagsOut: 2,
      }),
      boardShift({
        businessDate: DAY,
        templateId: 'tpl-night',
        name: '夜班',
        plannedStart: END + 7 * 3_600_000,
        plannedEnd: END + 14 * 3_600_000,
        shiftId: null,
        shiftStatus: null,
        handoverId: null,
        state: 'missing',
        outgoingName: null,
        incomingName: null,
        varianceCents: null,
        openFollowUps: 0,
      }),
    ],
    totals: { signed: 1, flagged: 1, missing: 1, awaiting: 0, accepted: 0, varianceCents: -200 },
    openFollowUps: [followUp({ carriedShifts: 3, overdue: true })],
    ...patch,
  };
}
