import { describe, expect, it } from 'vitest';
import { handoverDesk, pinOf, readyToSign, signOut } from '../helpers/handoverFixtures';
import { localTime, openShift, shiftAtWork, startShift } from '../helpers/shiftFixtures';

/** A night template 22:00–02:00 on a desk whose clock starts at `start`. */
function nightDesk(start = localTime(21, 0)) {
  const v = handoverDesk(start);
  v.ok(
    'shifts.setTemplate',
    { name: '夜班', startsAt: '22:00', endsAt: '02:00' },
    v.as('supervisor'),
  );
  return v;
}

describe('a shift that crosses midnight (issue 11, shifts at their edges)', () => {
  it('opened at 00:15 is the night that started at 22:00: its date, its start, 135 minutes late', () => {
    const v = nightDesk();
    v.at(localTime(0, 15, 23));
    const current = v.ok('shifts.current', undefined, v.as('reception'));
    expect(current.templates.find((t) => t.id === current.suggestedTemplateId)?.name).toBe('夜班');
    const shift = openShift(v, 'reception', '夜班');
    expect(shift).toMatchObject({
      businessDate: '2026-11-22',
      plannedStart: localTime(22, 0, 22),
      plannedEnd: localTime(2, 0, 23),
    });
    expect(shift.staff[0]!.lateMinutes).toBe(135);

    const board = v.ok(
      'handover.board',
      { from: '2026-11-22', to: '2026-11-23' },
      v.as('supervisor'),
    );
    const nights = board.shifts.filter((s) => s.name === '夜班');
    expect(nights.map((s) => [s.businessDate, s.state])).toEqual([
      ['2026-11-22', 'inProgress'],
      ['2026-11-23', 'upcoming'],
    ]);
  });

  it('opened before 22:00 or after its end is that evening’s shift', () => {
    const v = nightDesk(localTime(21, 50));
    expect(openShift(v, 'reception', '夜班')).toMatchObject({
      businessDate: '2026-11-22',
      plannedStart: localTime(22, 0, 22),
    });
  });

  it('desk.dayCounts counts a night shift’s entries and sales for the day it started', () => {
    const v = nightDesk(localTime(21, 55));
    startShift(v, openShift(v, 'reception', '夜班'));
    v.at(localTime(23, 30));
    v.ok('desk.checkIn', { clientId: v.members.female[0]! }, v.as('reception'));
    v.at(localTime(0, 40, 23));
    v.ok('desk.checkIn', { clientId: v.members.male[0]! }, v.as('reception'));
    v.ok('desk.recordCardSale', { cardType: '月卡', count: 1 }, v.as('reception'));
    const night = v.ok('desk.dayCounts', { businessDate: '2026-11-22' }, v.as('reception'));
    expect(night.entries).toMatchObject({ total: 2, female: 1, male: 1 });
    expect(night.cardsSold).toEqual([{ cardType: '月卡', count: 1 }]);
    const next = v.ok('desk.dayCounts', { businessDate: '2026-11-23' }, v.as('reception'));
    expect(next.entries.total).toBe(0);
    expect(next.cardsSold).toEqual([]);

    // Once the night shift is handed over, a 02:30 entry with no shift open is the 23rd's.
    v.at(localTime(2, 10, 23));
    v.ok('desk.checkOut', { checkInId: checkInOf(v, v.members.female[0]!) }, v.as('reception'));
    v.ok('desk.checkOut', { checkInId: checkInOf(v, v.members.male[0]!) }, v.as('reception'));
    signOut(v, v.ok('shifts.current', undefined, v.as('reception')).shift!.id);
    v.at(localTime(2, 30, 23));
    v.ok('desk.checkIn', { clientId: v.members.male[1]! }, v.as('reception'));
    expect(
      v.ok('desk.dayCounts', { businessDate: '2026-11-23' }, v.as('reception')).entries.total,
    ).toBe(1);
    expect(
      v.ok('desk.dayCounts', { businessDate: '2026-11-22' }, v.as('reception')).entries.total,
    ).toBe(2);
  });
});

function checkInOf(v: ReturnType<typeof handoverDesk>, clientId: string): string {
  return v
    .db()
    .prepare('SELECT id FROM check_ins WHERE client_id = ? AND checked_out_at IS NULL')
    .pluck()
    .get(clientId) as string;
}

describe('no shift open (the gap between two shifts)', () => {
  it('main tells the desk, and says since when', () => {
    const v = handoverDesk();
    expect(v.ok('shifts.current', undefined, v.as('reception')).deskNotice).toEqual({
      kind: 'noShiftOpen',
      since: null,
    });
    const shift = shiftAtWork(v);
    expect(v.ok('shifts.current', undefined, v.as('reception')).deskNotice).toBeNull();
    v.at(localTime(15, 50));
    signOut(v, shift.id);
    expect(v.ok('shifts.current', undefined, v.as('reception')).deskNotice).toEqual({
      kind: 'noShiftOpen',
      since: localTime(15, 50),
    });
  });

  it('check-ins and cash between two shifts go to the next handover as "before opening"', () => {
    const v = handoverDesk();
    const early = shiftAtWork(v);
    v.at(localTime(15, 50));
    const signed = signOut(v, early.id);
    // 15:52: a member comes in, buys a shake and pays cash, with no shift open.
    v.at(localTime(15, 52));
    const ci = v.ok('desk.checkIn', { clientId: v.members.female[1]! }, v.as('reception')).checkIn;
    v.ok(
      'desk.addCharge',
      { checkInId: ci.id, itemId: v.shake.id, quantity: 1 },
      v.as('reception'),
    );
    v.ok('desk.settle', { checkInId: ci.id, method: 'cash' }, v.as('reception'));

    v.at(localTime(16, 0));
    const late = openShift(v, 'duty', '晚班');
    v.ok(
      'handover.receive',
      {
        handoverId: signed.id,
        pin: pinOf('duty'),
        confirmed: ['figures', 'openItems', 'anomalies', 'cash', 'summary'],
        flags: [],
      },
      v.as('duty'),
    );
    startShift(v, v.ok('shifts.get', { shiftId: late.id }, v.as('duty')), 'duty');
    v.at(localTime(16, 30));
    const draft = readyToSign(v, late.id, 'duty');
    expect(draft.content.figures.beforeOpening).toEqual({
      from: localTime(15, 50),
      to: localTime(16, 0) - 1,
      entries: 1,
      cashTakingsCents: 2800,
      paymentCount: 1,
    });
    expect(draft.content.figures.entries.total).toBe(0);
    expect(draft.content.cash).toMatchObject({
      openingFloatCents: 50_000,
      beforeOpeningCents: 2800,
      cashTakingsCents: 0,
      expectedCents: 52_800,
    });
    // The early shift's handover, signed at 15:50, has none of it.
    const early2 = v.ok('handover.get', { handoverId: signed.id }, v.as('supervisor'));
    expect(early2.content.figures.entries.total).toBe(0);
    expect(early2.content.cash.cashTakingsCents).toBe(0);
  });
});

describe('the board’s "now" row (issue 11, oversight at a glance)', () => {
  it('shows the desk as it stands while today’s shifts are not started or in progress', () => {
    const v = handoverDesk(localTime(8, 30));
    v.ok('shifts.current', undefined, v.as('reception'));
    // Before any shift: two members in (one leaves after paying cash), a visitor waiting.
    const a = v.ok('desk.checkIn', { clientId: v.members.female[0]! }, v.as('reception')).checkIn;
    v.ok('desk.checkIn', { clientId: v.members.male[0]! }, v.as('reception'));
    v.ok('desk.addCharge', { checkInId: a.id, itemId: v.water.id, quantity: 2 }, v.as('reception'));
    v.ok('desk.settle', { checkInId: a.id, method: 'cash' }, v.as('reception'));
    v.ok('desk.checkOut', { checkInId: a.id }, v.as('reception'));
    v.ok('visitors.register', { name: '王女士', scenario: 'A' }, v.as('reception'));
    const board = v.ok(
      'handover.board',
      { from: '2026-11-22', to: '2026-11-22' },
      v.as('supervisor'),
    );
    expect(board.shifts.map((s) => s.state)).toEqual(['upcoming', 'upcoming']);
    expect(board.now).toEqual({
      at: localTime(8, 30),
      businessDate: '2026-11-22',
      shiftName: null,
      shiftStatus: null,
      onSite: 1,
      tagsOut: 1,
      entries: 2,
      cashTakenCents: 600,
      cashPayments: 1,
      visitorsWaiting: 1,
    });
    // Opened at 09:25: the drawer still holds what was taken before opening.
    v.at(localTime(9, 25));
    openShift(v);
    const later = v.ok(
      'handover.board',
      { from: '2026-11-16', to: '2026-11-22' },
      v.as('supervisor'),
    );
    expect(later.now).toMatchObject({
      shiftName: '早班',
      shiftStatus: 'opening',
      cashTakenCents: 600,
    });
  });

  it('leaves out the days ahead of a week; today’s shift still to come is upcoming', () => {
    const v = handoverDesk(localTime(10, 0));
    shiftAtWork(v);
    const week = v.ok(
      'handover.board',
      { from: '2026-11-16', to: '2026-11-22' },
      v.as('supervisor'),
    );
    expect(week.shifts.map((s) => [s.businessDate, s.state])).toEqual([
      ['2026-11-22', 'inProgress'],
      ['2026-11-22', 'upcoming'],
    ]);
    const ahead = v.ok(
      'handover.board',
      { from: '2026-11-23', to: '2026-11-29' },
      v.as('supervisor'),
    );
    expect(ahead.shifts).toEqual([]);
  });
});
