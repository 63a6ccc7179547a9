import { describe, expect, it } from 'vitest';
import { receptionDesk } from '../helpers/receptionFixtures';

describe('consultant rotation (签到排名顺序 / 轮值)', () => {
  it('the sign-in order is the rotation; out and busy consultants are skipped', () => {
    const v = receptionDesk();
    v.signIn('chen', 'liu', 'zhou');
    expect(v.order()).toEqual(['陈静', '刘洋', '周敏']);
    expect(v.next()).toBe(v.ids.chen);

    v.ok('rotation.setStatus', { staffId: v.ids.chen, status: 'out', reason: '吃饭' }, v.desk);
    v.ok('rotation.setStatus', { staffId: v.ids.liu, status: 'withVisitor' }, v.desk);
    const today = v.ok('rotation.today', undefined, v.as('consultant'));
    expect(today.nextStaffId).toBe(v.ids.zhou);
    expect(today.consultants.map((c) => [c.rank, c.displayName, c.status, c.outReason])).toEqual([
      [1, '陈静', 'out', '吃饭'],
      [2, '刘洋', 'withVisitor', null],
      [3, '周敏', 'available', null],
    ]);
    expect(today.consultants.find((c) => c.isNext)?.displayName).toBe('周敏');

    v.ok('rotation.setStatus', { staffId: v.ids.zhou, status: 'out' }, v.desk);
    expect(v.next()).toBeNull();
    v.ok('rotation.setStatus', { staffId: v.ids.chen, status: 'available' }, v.desk);
    expect(v.next()).toBe(v.ids.chen);
  });

  it('a consultant who receives a visitor goes to the end and is busy until set available', () => {
    const v = receptionDesk();
    v.signIn('liu', 'chen', 'zhou');
    const { visitor } = v.ok('visitors.register', { name: '王女士', scenario: 'A' }, v.desk);
    expect(visitor.consultantName).toBe('刘洋');
    // Called but not yet here: the next visitor goes to the next consultant.
    expect(v.next()).toBe(v.ids.chen);
    expect(v.confirm(visitor.id, 'liu')).toMatchObject({ ok: true, data: { status: 'received' } });
    expect(v.order()).toEqual(['陈静', '周敏', '刘洋']);
    const liu = v.ok('rotation.today', undefined, v.desk).consultants[2]!;
    expect(liu.status).toBe('withVisitor');
    v.ok('rotation.setStatus', { staffId: v.ids.liu, status: 'available' }, v.desk);
    expect(v.order()).toEqual(['陈静', '周敏', '刘洋']);
    expect(v.next()).toBe(v.ids.chen);
  });

  it('sign-in needs the consultant’s own PIN; wrong PINs count against their account', () => {
    const v = receptionDesk();
    const bad = v.call('rotation.signIn', { username: 'liuyang', pin: '0000' }, v.desk);
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', reason: 'auth.badCredentials' },
    });
    expect(v.count('consultant_days')).toBe(0);
    const failures = v.core.db!.prepare(
      "SELECT failed_attempts FROM staff WHERE username = 'liuyang'",
    );
    expect(failures.pluck().get()).toBe(1);
    // A receptionist is not a consultant, even with the right PIN.
    expect(v.call('rotation.signIn', { username: 'wangfang', pin: '1357' }, v.desk)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'rotation.notConsultant' },
    });
    v.signIn('liu');
    expect(failures.pluck().get()).toBe(0);
    expect(v.call('rotation.signIn', { username: 'liuyang', pin: '3579' }, v.desk)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'rotation.alreadySignedIn' },
    });
    // The desk session stays the receptionist's.
    expect(v.ok('session.get', undefined, v.desk)?.staffId).toBe(v.staffId('reception'));
    const audit = v.ok('audit.list', { action: 'rotation.signIn' }, 'desk-admin').rows;
    expect(audit.map((r) => [r.outcome, r.actorName])).toEqual([
      ['ok', '王芳'],
      ['failed', '王芳'],
      ['failed', '王芳'],
    ]);
    expect(JSON.stringify(audit)).not.toContain('3579');
  });

  it('a new business day starts an empty rotation', () => {
    const v = receptionDesk();
    v.signIn('liu', 'chen');
    v.clock.advance(24 * 3_600_000);
    v.wake();
    expect(v.order()).toEqual([]);
    expect(
      v.call('rotation.setStatus', { staffId: v.ids.liu, status: 'out' }, v.desk),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'rotation.notSignedIn' } });
  });

  it('roles: consultants read the rotation but do not keep it; fairness is for supervisors', () => {
    const v = receptionDesk();
    v.signIn('liu');
    const consultant = v.as('consultant');
    expect(v.call('rotation.today', undefined, consultant).ok).toBe(true);
    expect(v.call('messages.list', undefined, consultant).ok).toBe(true);
    for (const [channel, input] of [
      ['rotation.setStatus', { staffId: v.ids.liu, status: 'out' }],
      ['visitors.register', { name: '王女士', scenario: 'A' }],
      ['visitors.waiting', undefined],
    ] as const)
      expect(v.call(channel, input as never, consultant)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', reason: 'auth.role' },
      });
    expect(v.call('fairness.today', undefined, v.desk)).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    expect(v.call('fairness.today', undefined, v.as('duty'))).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    expect(v.call('fairness.today', undefined, v.as('supervisor')).ok).toBe(true);
  });
});
