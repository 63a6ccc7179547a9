import { describe, expect, it } from 'vitest';
import { probeSql } from '../../electron/features/clients/clientSearch';
import { deskWithStaff } from '../helpers/clientFixtures';

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

  it('every probe is a bounded range scan of the index, visits by primary key', () => {
    const v = desk();
    const plan = (sql: string, args: unknown[]) =>
      (v.core.db!.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[])
        .map((p) => p.detail)
        .join(' | ');
    const range = plan(probeSql('prefix'), ['i:wf', 'i:wf\uffff', 120]);
    expect(range).toMatch(/SEARCH s USING PRIMARY KEY \(term>\? AND term<\?\)/);
    expect(range).toMatch(/SEARCH v USING PRIMARY KEY \(client_id=\?\)/);
    // Only the tiny job_writes table of visibleClient() is scanned.
    expect(range, range).not.toMatch(/SCAN (s|c|v)\b/);
    const exact = plan(probeSql('exact'), ['fi:wf', 120]);
    expect(exact).toMatch(/SEARCH s USING PRIMARY KEY \(term=\?\)/);
    const byId = plan('SELECT id FROM clients WHERE id_number = ? LIMIT 1', ['x']);
    expect(byId).toMatch(/USING INDEX clients_id_number/);
  });
});
