import type { Input } from '../../shared/contract';
import type { HandoverView } from '../../shared/contract/handoverViews';
import { HANDOVER_SECTIONS, type HandoverSection } from '../../shared/domain/shift';
import { STAFF, type Who } from './clientFixtures';
import { closeChecklist, openShift, shiftDesk, startShift, type ShiftDesk } from './shiftFixtures';
import { ADMIN } from './testVault';

export const pinOf = (who: Who) => (who === 'admin' ? ADMIN.pin : STAFF[who].pin);

type Gender = 'female' | 'male' | 'unspecified';

function member(name: string, gender: Gender, n: number, status: 'active' | 'frozen') {
  const input: Input<'clients.create'> = {
    kind: 'person',
    name,
    gender,
    phones: [`1370000${String(n).padStart(4, '0')}`],
    cardType: '年卡',
    cardNumber: `HV-${n}`,
    membershipStart: '2026-01-01',
    membershipExpiry: '2027-12-31',
    membershipStatus: status,
  };
  return input;
}

/** A shift desk with members of each gender (plus a frozen one) and a small price list. */
export function handoverDesk(start?: number) {
  const v = shiftDesk(start);
  const add = (name: string, gender: Gender, n: number, status: 'active' | 'frozen' = 'active') =>
    v.ok('clients.create', member(name, gender, n, status), v.as('reception')).id;
  const members = {
    female: [add('李娜', 'female', 1), add('王芳芳', 'female', 2), add('赵敏', 'female', 3)],
    male: [add('张强', 'male', 4), add('刘伟', 'male', 5), add('陈杰', 'male', 6)],
    unspecified: [add('孙悦', 'unspecified', 7)],
    frozen: add('周冻', 'male', 8, 'frozen'),
  };
  const water = v.ok('desk.setPriceItem', { name: '矿泉水', priceCents: 300 }, v.as('supervisor'));
  const shake = v.ok(
    'desk.setPriceItem',
    { name: '蛋白奶昔', priceCents: 2800 },
    v.as('supervisor'),
  );
  const tagOf = (checkInId: string) =>
    v
      .db()
      .prepare('SELECT tag_number FROM check_ins WHERE id = ?')
      .pluck()
      .get(checkInId) as string;
  return { ...v, members, water, shake, tagOf };
}
export type HandoverDesk = ReturnType<typeof handoverDesk>;

/** The draft with the closing checklist ticked and everything people type filled in. */
export function readyToSign(
  v: ShiftDesk,
  shiftId: string,
  who: Who = 'reception',
  extra: Omit<Partial<Input<'handover.saveDraft'>>, 'handoverId'> = {},
): HandoverView {
  closeChecklist(v, v.ok('shifts.get', { shiftId }, v.as(who)), who);
  const draft = v.ok('handover.prepare', { shiftId }, v.as(who));
  const tags = draft.content.openItems.tagsOut.map((t) => [t.tagNumber, '客人仍在场内']);
  return v.ok(
    'handover.saveDraft',
    {
      handoverId: draft.id,
      coaches: { female: 1, male: 2 },
      countedCents: draft.content.cash.expectedCents,
      summary: '本班一切正常',
      ...(tags.length ? { tagNotes: Object.fromEntries(tags) as Record<string, string> } : {}),
      ...extra,
    },
    v.as(who),
  );
}

/** Prepared, completed and signed by `who` with their own PIN. */
export function signOut(v: ShiftDesk, shiftId: string, who: Who = 'reception'): HandoverView {
  const draft = readyToSign(v, shiftId, who);
  return v.ok('handover.signOutgoing', { handoverId: draft.id, pin: pinOf(who) }, v.as(who));
}

export function receive(
  v: ShiftDesk,
  handoverId: string,
  who: Who,
  flags: { section: HandoverSection; note: string }[] = [],
): HandoverView {
  const flagged = new Set(flags.map((f) => f.section));
  const confirmed = HANDOVER_SECTIONS.filter((s) => !flagged.has(s));
  return v.ok('handover.receive', { handoverId, pin: pinOf(who), confirmed, flags }, v.as(who));
}

/** The next shift opened by `who`, who receives the previous handover first and starts work. */
export function takeOver(
  v: ShiftDesk,
  previous: HandoverView,
  who: Who,
  template: string,
  flags: { section: HandoverSection; note: string }[] = [],
) {
  const opened = openShift(v, who, template);
  receive(v, previous.id, who, flags);
  return startShift(v, v.ok('shifts.get', { shiftId: opened.id }, v.as(who)), who);
}
