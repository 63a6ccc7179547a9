import { describe, expect, it } from 'vitest';
import { EXACT_SQL, RANGE_SQL } from '../../electron/features/clients/clientSearch';
import { addDays, businessDate } from '../../shared/domain/time';
import { deskWithStaff } from '../helpers/clientFixtures';

const DAY = 86_400_000;

/** Issue 11, item 8: match quality first, then who is likely at the desk now. */
function desk() {
  const v = deskWithStaff();
  const make = (name: string, extra: Record<string, unknown> = {}) =>
    v.ok('clients.create', { kind: 'person', name, ...extra }, v.as('reception')).id;
  const ids = (q: string) => v.ok('clients.search', { q }, v.as('reception')).map((s) => s.id);
  const visit = (clientId: string) => {
    const r = v.ok('desk.checkIn', { clientId }, v.as('reception'));
    v.ok('desk.checkOut', { checkInId: r.checkIn.id }, v.as('reception'));
  };
  return { ...v, make, ids, visit };
}

describe('search that ranks', () => {
  it('whole initials before a given name’s initials, whatever the creation order', () => {
    const v = desk();
    const given = v.make('王伟芳');
    const full = v.make('王芳');
    const longer = v.make('王芳华');
    expect(v.ids('wf')).toEqual([full, longer, given]);
    expect(v.ids('wangfang')).toEqual([full, longer]);
    expect(v.ids('王芳')).toEqual([full, longer]);
  });

  it('among equal matches, a recent visitor and an active member come first', () => {
    const v = desk();
    const first = v.make('李娜', { phones: ['13900001234'] });
    const member = v.make('刘妮', {
      phones: ['13700001234'],
      cardNumber: 'M-1',
      membershipStatus: 'active',
      membershipStart: '2026-01-01',
      membershipExpiry: '2027-12-31',
    });
    const visitor = v.make('林楠', { phones: ['13600001234'] });
    expect(v.ids('ln')).toEqual([member, first, visitor]);
    v.visit(visitor);
    expect(v.ids('1234')).toEqual([visitor, member, first]);
    expect(v.ids('ln')[0]).toBe(visitor);
  });

  it('finds a card by its last digits, after an exact card or phone', () => {
    const v = desk();
    const a = v.make('张三', { cardNumber: 'VIP-000731' });
    const b = v.make('李四', { phones: ['13800000731'] });
    expect(v.ids('0731')).toEqual(expect.arrayContaining([a, b]));
    expect(v.ids('00731')).toEqual([a]);
    expect(v.ids('vip-000731')).toEqual([a]);
  });

  it('a visitor of yesterday with an active membership is found among 130 namesakes', () => {
    const v = desk();
    // Created first, so creation order (as the index reads a term) puts them ahead.
    for (let i = 0; i < 130; i += 1) v.make('王芳');
    const regular = v.make('王芳', {
      cardNumber: 'M-9',
      membershipStatus: 'active',
      membershipStart: '2026-01-01',
      membershipExpiry: '2027-12-31',
    });
    v.visit(regular);
    v.clock.advance(DAY);
    v.wake();
    expect(v.ids('wf')[0]).toBe(regular);
    expect(v.ids('王芳')[0]).toBe(regular);
    expect(v.ids('wangfang')[0]).toBe(regular);
  });

  it('a regular outranks yesterday’s one-off visitor until weeks without a visit decay it', () => {
    const v = desk();
    const regular = v.make('李娜');
    const once = v.make('刘妮');
    for (let day = 0; day < 5; day += 1) {
      v.visit(regular);
      v.clock.advance(DAY);
      v.wake();
    }
    v.clock.advance(DAY);
    v.wake();
    v.visit(once);
    v.clock.advance(DAY);
    v.wake();
    // Five visits, the last two days ago, weigh more than one yesterday.
    expect(v.ids('ln')).toEqual([regular, once]);
    v.clock.advance(21 * DAY);
    v.wake();
    v.visit(once);
    // Three weeks later one fresh visit is worth more than five old ones.
    expect(v.ids('ln')).toEqual([once, regular]);
  });

  it('a membership past its expiry by the clock no longer counts', () => {
    const v = desk();
    const today = businessDate(v.clock.now());
    const member = (expiry: string) =>
      v.make('孙丽', {
        cardNumber: `M-${expiry}`,
        membershipStatus: 'active',
        membershipStart: '2025-01-01',
        membershipExpiry: expiry,
      });
    const lapsed = member(addDays(today, 1));
    const current = member(addDays(today, 30));
    expect(v.ids('sl')).toEqual([lapsed, current]);
    v.clock.advance(3 * DAY);
    v.wake();
    expect(v.ids('sl')).toEqual([current, lapsed]);
  });

  it('finds a card by its last three digits among many cards', () => {
    const v = desk();
    const others = Array.from({ length: 25 }, (_, i) =>
      v.make(`会员${i}`, { cardNumber: `M-${String(i).padStart(3, '0')}888` }),
    );
    const card = v.make('周婧', { cardNumber: 'M-000731' });
    expect(v.ids('731')).toEqual([card]);
    expect(v.ids('888')).toHaveLength(20);
    expect(others).toEqual(expect.arrayContaining(v.ids('888')));
  });

  it('an exact probe reads a term hottest first from the primary key, without sorting', () => {
    const v = desk();
    const plan = (sql: string, args: unknown[]) =>
      (v.core.db!.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[])
        .map((p) => p.detail)
        .join(' | ');
    const exact = plan(EXACT_SQL, ['fi:wf', 20]);
    expect(exact).toMatch(/SEARCH s USING PRIMARY KEY \(term=\?\)/);
    expect(exact).toMatch(/SEARCH c USING INDEX sqlite_autoindex_clients_1 \(id=\?\)/);
    expect(exact, exact).not.toMatch(/TEMP B-TREE|SCAN (s|c)\b/);
    const range = plan(RANGE_SQL, ['i:wf', 'i:wf\uffff', 400, 40]);
    expect(range).toMatch(/SEARCH client_search USING PRIMARY KEY \(term>\? AND term<\?\)/);
    const byId = plan('SELECT id FROM clients WHERE id_number = ? LIMIT 1', ['x']);
    expect(byId).toMatch(/USING INDEX clients_id_number/);
  });
});
