/** Scripted answers of main for the shift screens' jsdom tests (not a database). */
import type {
  CurrentShift,
  LogEntryView,
  ShiftLogView,
  ShiftTemplate,
  ShiftView,
} from '../../../../shared/contract/shiftViews';

/** 2025-06-02 09:30 local: the early shift's planned start. */
export const T0 = new Date(2025, 5, 2, 9, 30).getTime();
export const MIN = 60_000;

export const early: ShiftTemplate = {
  id: 'tpl-early',
  name: '早班',
  startsAt: '09:30',
  endsAt: '16:00',
  active: true,
  sort: 10,
};
export const late: ShiftTemplate = {
  id: 'tpl-late',
  name: '晚班',
  startsAt: '16:00',
  endsAt: '22:30',
  active: true,
  sort: 20,
};

export function shiftView(patch: Partial<ShiftView> = {}): ShiftView {
  return {
    id: 'shift-1',
    templateId: early.id,
    name: '早班',
    businessDate: '2025-06-02',
    plannedStart: T0,
    plannedEnd: T0 + 390 * MIN,
    openedAt: T0 + 2 * MIN,
    openedBy: 'staff-receptionist',
    openedByName: '王芳',
    startedAt: null,
    status: 'opening',
    closedAt: null,
    openingFloatCents: 50_000,
    staff: [
      {
        staffId: 'staff-receptionist',
        displayName: '王芳',
        role: 'receptionist',
        clockInAt: T0 + 2 * MIN,
        lateMinutes: 2,
        rostered: true,
        clockOutAt: null,
      },
    ],
    checks: [
      {
        itemId: 'chk-lights',
        phase: 'opening',
        label: '开灯、开空调',
        doneAt: null,
        doneBy: null,
        doneByName: null,
      },
      {
        itemId: 'chk-drawer',
        phase: 'opening',
        label: '清点备用金',
        doneAt: T0 + 3 * MIN,
        doneBy: 'staff-receptionist',
        doneByName: '王芳',
      },
      {
        itemId: 'chk-tags',
        phase: 'closing',
        label: '收回全部手牌',
        doneAt: null,
        doneBy: null,
        doneByName: null,
      },
    ],
    acks: [
      {
        kind: 'handover',
        refId: 'ho-prev',
        shiftName: '晚班',
        businessDate: '2025-06-01',
        summary: '跑步机 3 号皮带打滑，已报修。',
        outgoingName: '李娜',
        awaitingIncoming: false,
        ackedAt: null,
      },
      {
        kind: 'message',
        refId: 'msg-1',
        fromName: '李娜',
        at: T0 - 12 * 60 * MIN,
        body: '张先生明早来取遗失的钱包',
        ackedAt: null,
      },
    ],
    canStart: false,
    closingDone: false,
    handoverReminder: false,
    handoverId: null,
    handoverStatus: null,
    ...patch,
  };
}

/** The shift at work: opening done, started. */
export const openShift = (patch: Partial<ShiftView> = {}) =>
  shiftView({
    status: 'open',
    startedAt: T0 + 10 * MIN,
    canStart: true,
    acks: [],
    checks: shiftView().checks.map((c) =>
      c.phase === 'opening' ? { ...c, doneAt: T0 + 5 * MIN, doneByName: '王芳' } : c,
    ),
    ...patch,
  });

export function current(patch: Partial<CurrentShift> = {}): CurrentShift {
  return {
    now: T0 + 60 * MIN,
    shift: null,
    awaitingHandover: null,
    templates: [early, late],
    suggestedTemplateId: early.id,
    suggestedFloatCents: 50_000,
    // As main says it: no shift open means a warning at the desk.
    deskNotice: patch.shift ? null : { kind: 'noShiftOpen', since: null },
    ...patch,
  };
}

export function entry(patch: Partial<LogEntryView> = {}): LogEntryView {
  return {
    id: 'e-1',
    shiftId: 'shift-1',
    shiftName: '早班',
    businessDate: '2025-06-02',
    at: T0 + 30 * MIN,
    byStaff: 'staff-receptionist',
    byName: '王芳',
    category: 'general',
    body: '更衣室 2 号柜门松动',
    editedAt: null,
    correctsId: null,
    correctedBy: [],
    locked: false,
    followUp: null,
    carriedShifts: 0,
    complaintId: null,
    complaintNumber: null,
    ...patch,
  };
}

export const logOf = (entries: LogEntryView[], carriedOver: LogEntryView[] = []): ShiftLogView => ({
  shiftId: 'shift-1',
  entries,
  carriedOver,
});

export const directory = [
  { id: 'staff-receptionist', displayName: '王芳', role: 'receptionist' },
  { id: 'staff-li', displayName: '李娜', role: 'receptionist' },
  { id: 'staff-duty', displayName: '周强', role: 'dutyManager' },
];
