/** 自动回访规则: the desk's rules over every member write one call per member reached. */
import { describe, expect, it } from 'vitest';
import type { Input } from '../../shared/contract';
import { deskWithStaff, ZHANG_SAN } from '../helpers/clientFixtures';
import { at } from '../helpers/complaintFixtures';

function member(n: number, patch: Partial<Input<'clients.create'>> = {}): Input<'clients.create'> {
  return {
    ...ZHANG_SAN,
    name: `会员${n}`,
    phones: [`1390000${String(n).padStart(4, '0')}`],
    idNumber: undefined,
    idType: undefined,
    cardNumber: `AR-${n}`,
    membershipExpiry: '2027-06-30',
    ...patch,
  };
}

function rulesDesk() {
  const v = deskWithStaff();
  v.clock.ms = at('2026-12-03', 10);
  v.wake();
  const db = () => v.core.db!;
  const add = (n: number, patch?: Partial<Input<'clients.create'>>) =>
    v.ok('clients.create', member(n, patch), v.as('reception')).id;
  let k = 0;
  /** A visit on a past day, as a check-in leaves it (the trigger keeps client_visits). */
  const visit = (clientId: string, day: string) => {
    k += 1;
    db()
      .prepare(
        `INSERT INTO check_ins (id, client_id, gender, business_date, checked_in_at, checked_in_by, checked_out_at)
         VALUES (?, ?, 'male', ?, ?, ?, ?)`,
      )
      .run(`ci-${k}`, clientId, day, at(day, 18), v.staffId('reception'), at(day, 19));
  };
  const calledToday = () =>
    v
      .ok('followUps.today', { scope: 'all' }, v.as('supervisor'))
      .open.map((c) => c.clientName)
      .sort();
  const setRule = (kind: Input<'followUps.setRule'>['kind'], days: number | null) =>
    v.ok('followUps.setRule', { kind, days }, v.as('supervisor'));
  return { ...v, db, add, visit, calledToday, setRule };
}

describe('automatic follow-up rules', () => {
  it('before expiry: the active members whose membership ends in N days', () => {
    const v = rulesDesk();
    v.add(1, { membershipExpiry: '2026-12-10' });
    v.add(2, { membershipExpiry: '2026-12-11' });
    v.add(3, { membershipExpiry: '2026-12-10', membershipStatus: 'frozen' });
    expect(v.setRule('beforeExpiry', 7)).toMatchObject({ beforeExpiry: 7, notSeen: null });
    expect(v.calledToday()).toEqual(['会员1']);
    // The next day reaches the next member, and nobody twice.
    v.clock.ms = at('2026-12-04', 10);
    v.wake();
    expect(v.calledToday()).toEqual(['会员1', '会员2']);
  });

  it('not seen for N days: last visit that many days ago, not those who came since', () => {
    const v = rulesDesk();
    const away = v.add(1);
    const back = v.add(2);
    v.visit(away, '2026-11-03');
    v.visit(back, '2026-11-03');
    v.visit(back, '2026-12-01');
    v.setRule('notSeen', 30);
    expect(v.calledToday()).toEqual(['会员1']);
    const file = v.ok('followUps.ofClient', { clientId: away }, v.as('reception'));
    expect(file.plans[0]).toMatchObject({
      autoRule: 'notSeen',
      rule: { kind: 'notSeen', days: 30 },
    });
  });

  it('after a first visit: members whose first ever visit was N days ago', () => {
    const v = rulesDesk();
    const fresh = v.add(1);
    const old = v.add(2);
    v.visit(fresh, '2026-11-26');
    v.visit(fresh, '2026-11-30');
    v.visit(old, '2026-10-01');
    v.visit(old, '2026-11-26');
    v.setRule('afterFirstVisit', 7);
    expect(v.calledToday()).toEqual(['会员1']);
  });

  it('catches up days the desk was off, a week at most, and stops when switched off', () => {
    const v = rulesDesk();
    v.setRule('beforeExpiry', 7);
    v.add(1, { membershipExpiry: '2026-12-11' });
    v.add(2, { membershipExpiry: '2026-12-12' });
    v.add(3, { membershipExpiry: '2026-12-13' });
    // Closed two days: the run on the 6th reaches the 4th's, 5th's and its own members.
    v.clock.ms = at('2026-12-06', 10);
    v.wake();
    expect(v.calledToday()).toEqual(['会员1', '会员2', '会员3']);
    v.setRule('beforeExpiry', null);
    v.add(4, { membershipExpiry: '2026-12-14' });
    v.clock.ms = at('2026-12-07', 10);
    v.wake();
    expect(v.calledToday()).not.toContain('会员4');
  });

  it('is set by supervisor and admin only, days in range', () => {
    const v = rulesDesk();
    expect(
      v.call('followUps.setRule', { kind: 'notSeen', days: 30 }, v.as('reception')),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const bad = v.call('followUps.setRule', { kind: 'notSeen', days: 0 }, v.as('supervisor'));
    expect(bad.ok === false && bad.error.fields).toHaveProperty('days');
  });
});
