import type { ShiftView } from '../../shared/contract/shiftViews';
import { deskWithStaff, STAFF, type Who } from './clientFixtures';

/** A local time on the test's business day (2026-11-22), whatever the machine's time zone. */
export function localTime(hh: number, mm = 0, day = 22): number {
  return new Date(2026, 10, day, hh, mm).getTime();
}

/** A desk with every role signed in, the clock at 09:25 local time on 2026-11-22. */
export function shiftDesk(start = localTime(9, 25)) {
  const v = deskWithStaff();
  v.clock.ms = start;
  v.wake();
  const db = () => v.core.db!;
  const count = (table: string) =>
    db().prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  const templateId = (name: string) => {
    const t = v.ok('shifts.templates', undefined, v.as('reception')).find((x) => x.name === name);
    if (!t) throw new Error(`no shift template ${name}`);
    return t.id;
  };
  /** Sets the clock (local hh:mm on the test day or a timestamp) and unlocks every window. */
  const at = (ms: number) => {
    v.clock.ms = ms;
    v.wake();
  };
  return { ...v, db, count, templateId, at };
}
export type ShiftDesk = ReturnType<typeof shiftDesk>;

/** Opens a shift as `who` on a template of the defaults (早班 unless named). */
export function openShift(
  desk: ShiftDesk,
  who: Who = 'reception',
  templateName = '早班',
  openingFloatCents = 50_000,
): ShiftView {
  return desk.ok(
    'shifts.open',
    { templateId: desk.templateId(templateName), openingFloatCents },
    desk.as(who),
  );
}

/** Ticks every opening check, acknowledges everything pending and starts the shift. */
export function startShift(desk: ShiftDesk, shift: ShiftView, who: Who = 'reception'): ShiftView {
  let view = shift;
  for (const c of view.checks.filter((x) => x.phase === 'opening' && x.doneAt === null))
    view = desk.ok(
      'shifts.check',
      { shiftId: shift.id, itemId: c.itemId, done: true },
      desk.as(who),
    );
  for (const a of view.acks.filter((x) => x.ackedAt === null))
    view = desk.ok(
      'shifts.acknowledge',
      { shiftId: shift.id, kind: a.kind, refId: a.refId },
      desk.as(who),
    );
  return desk.ok('shifts.start', { shiftId: shift.id }, desk.as(who));
}

/** Opens and starts a shift: what a handover test needs before work begins. */
export function shiftAtWork(desk: ShiftDesk, who: Who = 'reception', templateName = '早班') {
  return startShift(desk, openShift(desk, who, templateName), who);
}

/** Ticks the closing checklist (required before the outgoing signature). */
export function closeChecklist(desk: ShiftDesk, shift: ShiftView, who: Who = 'reception') {
  let view = shift;
  for (const c of shift.checks.filter((x) => x.phase === 'closing' && x.doneAt === null))
    view = desk.ok(
      'shifts.check',
      { shiftId: shift.id, itemId: c.itemId, done: true },
      desk.as(who),
    );
  return view;
}

/** A colleague clocks in with their own name and PIN at the desk of `at`. */
export function clockIn(
  desk: ShiftDesk,
  shiftId: string,
  who: keyof typeof STAFF,
  at: Who = 'reception',
) {
  const s = STAFF[who];
  return desk.ok('shifts.clockIn', { shiftId, username: s.username, pin: s.pin }, desk.as(at));
}
