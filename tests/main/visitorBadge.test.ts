import { describe, expect, it } from 'vitest';
import { receptionDesk } from '../helpers/receptionFixtures';

describe('visitors.badge: what the printed visitor badge says, decided in main', () => {
  it('name, host, time, date, site and the day’s number; still printable once received', () => {
    const v = receptionDesk();
    v.signIn('liu', 'chen');
    const first = v.ok('visitors.register', { name: '王女士', scenario: 'A' }, v.desk).visitor;
    v.clock.advance(60_000);
    const second = v.ok(
      'visitors.register',
      { name: '李先生', scenario: 'C', consultantId: v.ids.chen, trial: true },
      v.desk,
    ).visitor;
    expect(v.ok('visitors.badge', { visitorId: first.id }, v.desk)).toEqual({
      visitorId: first.id,
      name: '王女士',
      hostName: '刘洋',
      registeredAt: first.registeredAt,
      businessDate: first.businessDate,
      siteName: '阳光健身 · 朝阳店',
      dayNumber: 1,
      trial: false,
    });
    expect(v.ok('visitors.badge', { visitorId: second.id }, v.desk)).toMatchObject({
      hostName: '陈静',
      dayNumber: 2,
      trial: true,
    });
    // Received by the consultant: still in the building, still printable.
    expect(v.confirm(first.id, 'liu').ok).toBe(true);
    expect(v.ok('visitors.badge', { visitorId: first.id }, v.desk).hostName).toBe('刘洋');
  });

  it('no consultant free: no host yet; a visitor who left gets no badge', () => {
    const v = receptionDesk();
    const { visitor } = v.ok('visitors.register', { name: '赵先生', scenario: 'A' }, v.desk);
    expect(v.ok('visitors.badge', { visitorId: visitor.id }, v.desk).hostName).toBeNull();
    v.ok('visitors.leave', { visitorId: visitor.id }, v.desk);
    const left = v.call('visitors.badge', { visitorId: visitor.id }, v.desk);
    expect(left.ok || left.error).toMatchObject({ code: 'CONFLICT', reason: 'visitors.left' });
    const unknown = v.call('visitors.badge', { visitorId: 'nobody' }, v.desk);
    expect(unknown.ok || unknown.error.code).toBe('NOT_FOUND');
  });

  it('the desk roles only, as the other visitor channels', () => {
    const v = receptionDesk();
    const { visitor } = v.ok('visitors.register', { name: '钱女士', scenario: 'A' }, v.desk);
    const r = v.call('visitors.badge', { visitorId: visitor.id }, v.as('consultant'));
    expect(r.ok || r.error).toMatchObject({ code: 'FORBIDDEN', reason: 'auth.role' });
    expect(v.ok('visitors.badge', { visitorId: visitor.id }, v.as('supervisor')).name).toBe(
      '钱女士',
    );
  });
});
