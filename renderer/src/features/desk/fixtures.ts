/** Scripted answers of main for the reception screen's jsdom tests. */
import type { DeskLookupEntry, TagChargeView, TagOut } from '../../../../shared/contract/deskViews';
import type { MessageView, VisitorView } from '../../../../shared/contract/receptionViews';
import { ok, summary } from '../clients/fixtures';

export const T0 = Date.UTC(2025, 5, 2, 2, 0);

export function entry(
  patch: Partial<DeskLookupEntry['summary']> = {},
  onSite = null,
  waiverMissing = false,
): DeskLookupEntry {
  return { summary: summary(patch), onSite, waiverMissing, blockAlert: null };
}

export function tagOut(patch: Partial<TagOut> = {}): TagOut {
  return {
    tagNumber: '12',
    checkInId: 'ci-1',
    clientId: 'c-zhang',
    memberName: '张三',
    since: T0,
    openCharges: 1,
    openChargesCents: 1500,
    ...patch,
  };
}

export function charge(patch: Partial<TagChargeView> = {}): TagChargeView {
  return {
    id: 'ch-1',
    checkInId: 'ci-1',
    itemId: 'item-water',
    name: '矿泉水',
    unitCents: 500,
    quantity: 3,
    totalCents: 1500,
    addedAt: T0,
    addedByName: '王芳',
    state: 'open',
    method: null,
    leftReason: null,
    voidReason: null,
    ...patch,
  };
}

export function visitor(patch: Partial<VisitorView> = {}): VisitorView {
  return {
    id: 'v-1',
    businessDate: '2025-06-02',
    registeredAt: T0,
    name: '刘访客',
    phoneMasked: '138****0000',
    gender: 'female',
    source: null,
    interest: null,
    scenario: 'A',
    trial: false,
    namedId: null,
    consultantId: 'staff-zhao',
    consultantName: '赵顾问',
    consultantStatus: 'withVisitor',
    assignedAt: T0,
    deadlineAt: T0 + 5_000,
    overdue: false,
    canPassOn: false,
    confirmedAt: null,
    confirmedByName: null,
    status: 'waiting',
    leftAt: null,
    missedBy: [],
    ...patch,
  };
}

export function message(patch: Partial<MessageView> = {}): MessageView {
  return {
    id: 'm-1',
    at: T0,
    fromStaffId: 'staff-li',
    fromName: '李前台',
    toStaffId: 'staff-receptionist',
    toName: '王芳',
    body: '张先生下午回电',
    readAt: null,
    readByName: null,
    call: { id: 'call-1', callerName: '张先生', callbackPhone: '13800000000', appointment: true },
    ...patch,
  };
}

/** What the screen asks for when it opens, answered as an empty, quiet morning. */
export function baseAnswers(): Record<string, unknown> {
  return {
    'desk.tagsOut': ok([]),
    'desk.priceList': ok([
      { id: 'item-water', name: '矿泉水', priceCents: 500, active: true, sort: 1 },
    ]),
    'desk.dayCounts': ok({
      businessDate: '2025-06-02',
      entries: { female: 3, male: 2, unspecified: 0, total: 5 },
      cardsSold: [],
      tagsOut: 0,
      unsettled: { count: 0, totalCents: 0 },
      tagsLost: 0,
    }),
    'reception.dayCounts': ok({
      businessDate: '2025-06-02',
      visitors: { total: 1, female: 1, male: 0, unspecified: 0 },
      trials: { total: 0, female: 0, male: 0, unspecified: 0 },
      phoneInquiries: 2,
    }),
    'desk.occupancy': ok({ onSite: 5, capacity: 100, atCapacity: false }),
    'rotation.today': ok({
      businessDate: '2025-06-02',
      consultants: [
        {
          staffId: 'staff-zhao',
          displayName: '赵顾问',
          rank: 1,
          signedInAt: T0,
          status: 'available',
          outReason: null,
          waitingVisitors: 0,
          isNext: true,
        },
      ],
      nextStaffId: 'staff-zhao',
    }),
    'messages.list': ok([]),
    'visitors.waiting': ok({ now: T0, visitors: [] }),
    'staff.directory': ok([{ id: 'staff-zhao', displayName: '赵顾问', role: 'consultant' }]),
  };
}
