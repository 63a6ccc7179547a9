import { describe, expect, it } from 'vitest';
import { frontDesk } from '../helpers/deskFixtures';
import { receptionDesk } from '../helpers/receptionFixtures';
import { deskWithStaff, STAFF, ZHANG_SAN } from '../helpers/clientFixtures';

/** Exactly the figures each role's page shows: main picks them, the window cannot ask for more. */
const KEYS = {
  receptionist: [
    'callBacksOpen',
    'callsToday',
    'followUpsOpen',
    'onSite',
    'queueWaiting',
    'role',
    'tagsOut',
    'unreadNotes',
    'visitorsWaiting',
  ],
  consultant: [
    'callBacksOpen',
    'callsToday',
    'myTrialsToday',
    'myVisitorsWaiting',
    'role',
    'rotation',
  ],
  dutyManager: ['cashTakenCents', 'followUpsOpen', 'overridesToday', 'role', 'shift', 'voidsToday'],
  supervisor: [
    'approvalsWaiting',
    'flaggedHandovers',
    'followUpsOverdue',
    'reviewsOverdue',
    'role',
  ],
  admin: ['backup', 'integrityOk', 'role', 'settings', 'staffLockedOut'],
};

describe('home.summary: one page per role, decided in main', () => {
  it('gives each role its own figures and none of another role', () => {
    const v = receptionDesk();
    const windows = {
      receptionist: v.as('reception'),
      consultant: v.as('consultant'),
      dutyManager: v.as('duty'),
      supervisor: v.as('supervisor'),
      admin: 'desk-admin',
    } as const;
    for (const [role, win] of Object.entries(windows)) {
      const s = v.ok('home.summary', undefined, win);
      expect(s.role).toBe(role);
      expect(Object.keys(s).sort()).toEqual(KEYS[role as keyof typeof KEYS]);
    }
    const desk = v.ok('home.summary', undefined, v.as('reception')) as Record<string, unknown>;
    expect(desk.approvalsWaiting).toBeUndefined();
    expect(desk.staffLockedOut).toBeUndefined();
  });

  it('counts a visitor for the desk and, as their own, for the consultant given them', () => {
    const v = receptionDesk();
    v.signIn('liu', 'chen');
    v.ok('visitors.register', { name: '王女士', scenario: 'A', trial: true }, v.desk);
    const desk = v.ok('home.summary', undefined, v.desk);
    expect(desk).toMatchObject({ role: 'receptionist', visitorsWaiting: 1 });
    // 刘洋 was first in turn: the visitor and the trial are his, not 陈静's.
    const liu = v.ok('home.summary', undefined, v.as('consultant'));
    expect(liu).toMatchObject({
      myVisitorsWaiting: 1,
      myTrialsToday: 1,
      rotation: { rank: 1, status: 'available' },
    });
    v.login('chenjing', '2468', 'desk-chen');
    expect(v.ok('home.summary', undefined, 'desk-chen')).toMatchObject({
      myVisitorsWaiting: 0,
      myTrialsToday: 0,
      rotation: { rank: 2 },
    });
  });

  it('counts call-backs: the consultant’s own, and for the desk those left for the next shift', () => {
    const v = receptionDesk();
    v.signIn('liu');
    const call = {
      callerName: '何先生',
      callbackPhone: '13711112222',
      purpose: '咨询',
      appointment: false,
    };
    const passed = v.ok('calls.record', { ...call, route: 'rotation' }, v.desk).call;
    v.ok('calls.record', { ...call, route: 'message', toStaffId: null }, v.desk);
    expect(v.ok('home.summary', undefined, v.as('consultant'))).toMatchObject({ callBacksOpen: 1 });
    expect(v.ok('home.summary', undefined, v.desk)).toMatchObject({ callBacksOpen: 1 });
    v.ok('calls.calledBack', { callId: passed.id }, v.as('consultant'));
    expect(v.ok('home.summary', undefined, v.as('consultant'))).toMatchObject({ callBacksOpen: 0 });
  });

  it('shows the admin a colleague locked out by wrong PINs', () => {
    const v = receptionDesk();
    expect(v.ok('home.summary', undefined, 'desk-admin')).toMatchObject({ staffLockedOut: 0 });
    for (let i = 0; i < 6; i += 1)
      v.call('auth.login', { username: STAFF.reception.username, pin: '0000' }, 'desk-wrong');
    expect(v.ok('home.summary', undefined, 'desk-admin')).toMatchObject({ staffLockedOut: 1 });
  });

  it("counts the supervisor's waiting approval and overdue review until they are dealt with", () => {
    const v = deskWithStaff();
    const f = v.ok('clients.create', { ...ZHANG_SAN, creditGrade: 'C' }, v.as('reception'));
    const sup = () => v.ok('home.summary', undefined, v.as('supervisor'));
    expect(sup()).toMatchObject({ approvalsWaiting: 0, reviewsOverdue: 0 });
    const req = v.ok(
      'exports.request',
      { clientIds: [f.id], format: 'csv', reason: '年度会员对账' },
      v.as('duty'),
    );
    v.clock.advance(40 * 86_400_000);
    v.wake();
    expect(sup()).toMatchObject({ approvalsWaiting: 1, reviewsOverdue: 1 });
    v.ok('exports.reject', { id: req.id, note: '不需要' }, v.as('supervisor'));
    expect(sup()).toMatchObject({ approvalsWaiting: 0 });
  });

  it("counts a voided slip on the duty manager's page, with no shift open", () => {
    const v = frontDesk();
    v.ok('desk.checkIn', { clientId: v.zhang.id, tagNumber: '12' }, v.as('reception'));
    const c = v.ok(
      'desk.addCharge',
      { tagNumber: '12', itemId: v.shake.id, quantity: 1 },
      v.as('reception'),
    );
    const duty = () => v.ok('home.summary', undefined, v.as('duty'));
    expect(duty()).toMatchObject({ role: 'dutyManager', voidsToday: 0, shift: null });
    v.ok(
      'desk.voidCharge',
      {
        chargeId: c.id,
        managerUsername: STAFF.duty.username,
        managerPin: STAFF.duty.pin,
        reason: '点错了',
      },
      v.as('reception'),
    );
    expect(duty()).toMatchObject({ voidsToday: 1, overridesToday: 0 });
  });
});
