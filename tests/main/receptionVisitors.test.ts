import { describe, expect, it } from 'vitest';
import { MINUTE_MS } from '../../shared/domain/time';
import type { Db } from '../../electron/db/types';
import { receptionDesk } from '../helpers/receptionFixtures';

function digest(db: Db): string {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
    .pluck()
    .all() as string[];
  return JSON.stringify(tables.map((t) => db.prepare(`SELECT * FROM "${t}"`).all()));
}

describe('visitor registration (访客登记), scenarios A/B/C', () => {
  it('A: a first visit goes to the next in rotation with a 2-minute deadline, phone masked', () => {
    const v = receptionDesk();
    v.signIn('liu', 'chen');
    const r = v.ok(
      'visitors.register',
      {
        name: '王女士',
        phone: '13900001111',
        gender: 'female',
        source: '朋友介绍',
        interest: '瑜伽',
        scenario: 'A',
      },
      v.desk,
    );
    expect(r.assignedBy).toBe('rotation');
    expect(r.blockAlert).toBeNull();
    expect(r.visitor).toMatchObject({
      consultantId: v.ids.liu,
      consultantName: '刘洋',
      status: 'waiting',
      phoneMasked: '139****1111',
      assignedAt: v.clock.ms,
      deadlineAt: v.clock.ms + 2 * MINUTE_MS,
      overdue: false,
      canPassOn: false,
    });
    expect(JSON.stringify(r)).not.toContain('13900001111');
  });

  it('B: the consultant who served them before when available; the rotation when X is out', () => {
    const v = receptionDesk();
    v.signIn('liu', 'chen', 'zhou');
    const toZhou = v.ok(
      'visitors.register',
      { name: '李先生', scenario: 'B', consultantId: v.ids.zhou },
      v.desk,
    );
    expect(toZhou).toMatchObject({ assignedBy: 'named', visitor: { consultantName: '周敏' } });

    v.ok('rotation.setStatus', { staffId: v.ids.chen, status: 'out', reason: '外场' }, v.desk);
    const fallback = v.ok(
      'visitors.register',
      { name: '赵先生', scenario: 'B', consultantId: v.ids.chen },
      v.desk,
    );
    expect(fallback).toMatchObject({
      assignedBy: 'rotation',
      visitor: { consultantName: '刘洋', namedId: v.ids.chen },
    });
  });

  it('B: a consultant not signed in today also falls back to the rotation', () => {
    const v = receptionDesk();
    v.signIn('chen');
    const r = v.ok(
      'visitors.register',
      { name: '钱女士', scenario: 'B', consultantId: v.ids.liu },
      v.desk,
    );
    expect(r.visitor.consultantName).toBe('陈静');
  });

  it('C: the appointment’s consultant is called even when out, and may be passed on at once', () => {
    const v = receptionDesk();
    v.signIn('liu', 'chen');
    v.ok('rotation.setStatus', { staffId: v.ids.chen, status: 'out' }, v.desk);
    const { visitor } = v.ok(
      'visitors.register',
      { name: '孙先生', scenario: 'C', consultantId: v.ids.chen },
      v.desk,
    );
    expect(visitor).toMatchObject({
      consultantName: '陈静',
      consultantStatus: 'out',
      canPassOn: true,
    });
    const passed = v.ok('visitors.passOn', { visitorId: visitor.id, reason: 'out' }, v.desk);
    expect(passed).toMatchObject({ consultantName: '刘洋', missedBy: [v.ids.chen] });
    const fairness = v.ok('fairness.today', undefined, v.as('supervisor')).consultants;
    expect(fairness.find((f) => f.staffId === v.ids.chen)).toMatchObject({
      passedOn: 1,
      missed: 0,
    });
  });

  it('the 2-minute pass-on: refused before the deadline, allowed after, the miss counted', () => {
    const v = receptionDesk();
    v.signIn('liu', 'chen', 'zhou');
    const { visitor } = v.ok(
      'visitors.register',
      { name: '周女士', scenario: 'A', gender: 'female' },
      v.desk,
    );
    expect(visitor.consultantId).toBe(v.ids.liu);

    v.clock.advance(MINUTE_MS + 59_000);
    const early = v.call('visitors.passOn', { visitorId: visitor.id, reason: 'timeout' }, v.desk);
    expect(early).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'visitors.notYetDue', retryAfterMs: 1000 },
    });
    expect(
      v.call('visitors.passOn', { visitorId: visitor.id, reason: 'out' }, v.desk),
    ).toMatchObject({ ok: false, error: { reason: 'visitors.consultantPresent' } });
    expect(v.count('visitor_passes')).toBe(0);
    let waiting = v.ok('visitors.waiting', undefined, v.desk);
    expect(waiting.visitors[0]).toMatchObject({ overdue: false, canPassOn: false });

    v.clock.advance(1000);
    waiting = v.ok('visitors.waiting', undefined, v.desk);
    expect(waiting.now).toBe(v.clock.ms);
    expect(waiting.visitors[0]).toMatchObject({ id: visitor.id, overdue: true, canPassOn: true });

    const passed = v.ok('visitors.passOn', { visitorId: visitor.id, reason: 'timeout' }, v.desk);
    expect(passed).toMatchObject({
      consultantId: v.ids.chen,
      deadlineAt: v.clock.ms + 2 * MINUTE_MS,
      overdue: false,
      missedBy: [v.ids.liu],
    });
    // 刘洋 may no longer confirm; 陈静 does, and goes to the end. 刘洋 keeps his place.
    expect(v.confirm(visitor.id, 'liu')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'visitors.notAssigned' },
    });
    expect(v.confirm(visitor.id, 'chen').ok).toBe(true);
    expect(v.order()).toEqual(['刘洋', '周敏', '陈静']);

    const fairness = v.ok('fairness.today', undefined, v.as('supervisor'));
    const row = (id: string) => fairness.consultants.find((f) => f.staffId === id);
    expect(row(v.ids.liu)).toMatchObject({ received: 0, missed: 1, passedOn: 0, gotByPass: 0 });
    expect(row(v.ids.chen)).toMatchObject({ received: 1, missed: 0, gotByPass: 1 });
    expect(row(v.ids.zhou)).toMatchObject({ received: 0, missed: 0, signedIn: true });
    const audit = v.ok('audit.list', { action: 'visitors.passOn' }, 'desk-admin').rows[0]!;
    expect(audit.detail).toEqual({ from: v.ids.liu, to: v.ids.chen, reason: 'timeout' });
  });

  it('a visitor who already missed is not handed back to the same consultant while others are free', () => {
    const v = receptionDesk();
    v.signIn('liu', 'chen', 'zhou');
    const { visitor } = v.ok('visitors.register', { name: '吴先生', scenario: 'A' }, v.desk);
    v.clock.advance(2 * MINUTE_MS);
    v.ok('visitors.passOn', { visitorId: visitor.id, reason: 'timeout' }, v.desk);
    v.clock.advance(2 * MINUTE_MS);
    const third = v.ok('visitors.passOn', { visitorId: visitor.id, reason: 'manual' }, v.desk);
    expect(third).toMatchObject({ consultantName: '周敏', missedBy: [v.ids.liu, v.ids.chen] });
  });

  it('with no one free the visitor waits unassigned, and is passed on once someone is back', () => {
    const v = receptionDesk();
    v.signIn('liu');
    v.ok('rotation.setStatus', { staffId: v.ids.liu, status: 'out' }, v.desk);
    const r = v.ok('visitors.register', { name: '郑女士', scenario: 'A' }, v.desk);
    expect(r).toMatchObject({
      assignedBy: 'none',
      visitor: { consultantId: null, deadlineAt: null, canPassOn: true },
    });
    expect(
      v.call('visitors.passOn', { visitorId: r.visitor.id, reason: 'manual' }, v.desk),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'rotation.noneFree' } });
    v.ok('rotation.setStatus', { staffId: v.ids.liu, status: 'available' }, v.desk);
    const assigned = v.ok('visitors.passOn', { visitorId: r.visitor.id, reason: 'manual' }, v.desk);
    expect(assigned).toMatchObject({ consultantName: '刘洋', missedBy: [] });
    expect(v.count('visitor_passes')).toBe(0);
  });

  it('the hand-over limit is a setting', () => {
    const v = receptionDesk();
    v.signIn('liu');
    expect(v.ok('settings.get', undefined, v.desk).handoverMinutes).toBe(2);
    v.ok('settings.update', { handoverMinutes: 5 }, 'desk-admin');
    const { visitor } = v.ok('visitors.register', { name: '冯先生', scenario: 'A' }, v.desk);
    expect(visitor.deadlineAt).toBe(v.clock.ms + 5 * MINUTE_MS);
    expect(v.call('settings.update', { handoverMinutes: 0 }, 'desk-admin')).toMatchObject({
      error: { code: 'VALIDATION', fields: { handoverMinutes: expect.any(String) } },
    });
  });
});

describe('hand-over confirmation (会籍顾问签字确认)', () => {
  it('only the assigned consultant, with their own PIN', () => {
    const v = receptionDesk();
    v.signIn('liu', 'chen');
    const { visitor } = v.ok('visitors.register', { name: '陈先生', scenario: 'A' }, v.desk);
    expect(visitor.consultantId).toBe(v.ids.liu);

    const wrongPin = v.call(
      'visitors.confirm',
      { visitorId: visitor.id, username: 'liuyang', pin: '2468' },
      v.desk,
    );
    expect(wrongPin).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', reason: 'auth.badCredentials' },
    });
    expect(v.confirm(visitor.id, 'chen')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'visitors.notAssigned' },
    });
    const receptionistPin = v.call(
      'visitors.confirm',
      { visitorId: visitor.id, username: 'wangfang', pin: '1357' },
      v.desk,
    );
    expect(receptionistPin).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(v.ok('visitors.waiting', undefined, v.desk).visitors).toHaveLength(1);

    const ok = v.confirm(visitor.id, 'liu');
    expect(ok).toMatchObject({
      ok: true,
      data: { status: 'received', confirmedByName: '刘洋', confirmedAt: v.clock.ms },
    });
    expect(v.ok('visitors.waiting', undefined, v.desk).visitors).toEqual([]);
    expect(v.confirm(visitor.id, 'liu')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'visitors.notWaiting' },
    });
    const audit = v.ok('audit.list', { action: 'visitors.confirm' }, 'desk-admin').rows;
    expect(audit.map((r) => r.outcome)).toEqual(['ok', 'failed', 'failed', 'failed']);
    expect(JSON.stringify(audit)).not.toMatch(/3579|2468|1357/);
  });

  it('a visitor who leaves is no longer waiting', () => {
    const v = receptionDesk();
    v.signIn('liu');
    const { visitor } = v.ok('visitors.register', { name: '褚女士', scenario: 'A' }, v.desk);
    expect(v.ok('visitors.leave', { visitorId: visitor.id }, v.desk)).toMatchObject({
      status: 'left',
      leftAt: v.clock.ms,
    });
    expect(v.ok('visitors.waiting', undefined, v.desk).visitors).toEqual([]);
    expect(v.next()).toBe(v.ids.liu);
    expect(v.call('visitors.leave', { visitorId: visitor.id }, v.desk)).toMatchObject({
      error: { code: 'CONFLICT', reason: 'visitors.alreadyLeft' },
    });
  });
});

describe('bad input writes nothing', () => {
  it('B and C need a consultant, A takes none, and the consultant must be one', () => {
    const v = receptionDesk();
    v.signIn('liu');
    const db = v.core.db!;
    const before = digest(db);
    const cases: [unknown, string][] = [
      [{ name: '王女士', scenario: 'B' }, 'consultantId'],
      [{ name: '王女士', scenario: 'C' }, 'consultantId'],
      [{ name: '王女士', scenario: 'A', consultantId: v.ids.liu }, 'consultantId'],
      [{ name: '王女士', scenario: 'C', consultantId: v.staffId('reception') }, 'consultantId'],
      [{ name: '王女士', scenario: 'C', consultantId: 'nobody' }, 'consultantId'],
      [{ name: '', scenario: 'A' }, 'name'],
      [{ name: '王女士', scenario: 'D' }, 'scenario'],
      [{ name: '王女士', scenario: 'A', phone: 'abc' }, 'phone'],
      [{ name: '王女士', scenario: 'A', trial: 'yes' }, 'trial'],
      [{ name: '王女士', scenario: 'A', extra: 1 }, ''],
    ];
    for (const [input, field] of cases) {
      const r = v.core.dispatch('visitors.register', input, v.desk);
      expect(r.ok, JSON.stringify(input)).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe('VALIDATION');
      if (field) expect(Object.keys(r.error.fields ?? {})).toContain(field);
    }
    for (const [channel, input] of [
      [
        'calls.record',
        {
          callerName: '甲',
          callbackPhone: '1',
          purpose: 'x',
          appointment: false,
          route: 'message',
        },
      ],
      [
        'calls.record',
        {
          callerName: '甲',
          callbackPhone: '13800001111',
          purpose: 'x',
          appointment: false,
          route: 'rotation',
          toStaffId: v.ids.liu,
        },
      ],
      [
        'calls.record',
        {
          callerName: '甲',
          callbackPhone: '13800001111',
          purpose: 'x',
          appointment: false,
          route: 'message',
          toStaffId: 'ghost',
        },
      ],
      ['messages.send', { toStaffId: 'ghost', body: '你好' }],
      ['messages.send', { toStaffId: null, body: '   ' }],
      ['rotation.setStatus', { staffId: v.ids.liu, status: 'busy' }],
      ['visitors.passOn', { visitorId: 'x', reason: 'late' }],
      ['blockList.add', { name: '张三', reason: '' }],
    ] as const) {
      const r = v.core.dispatch(
        channel,
        input,
        channel === 'blockList.add' ? v.as('supervisor') : v.desk,
      );
      expect(r, `${channel} ${JSON.stringify(input)}`).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    expect(digest(db)).toBe(before);
  });
});

describe('the visitor timer in main (issue 11)', () => {
  it('a pass after the deadline is a miss whatever reason the desk gives', () => {
    const v = receptionDesk();
    v.signIn('liu', 'chen');
    const { visitor } = v.ok('visitors.register', { name: '钱女士', scenario: 'A' }, v.desk);
    v.clock.advance(2 * MINUTE_MS + 1);
    v.ok('visitors.passOn', { visitorId: visitor.id, reason: 'manual' }, v.desk);
    const fairness = v.ok('fairness.today', undefined, v.as('supervisor'));
    expect(fairness.consultants.find((f) => f.staffId === v.ids.liu)).toMatchObject({ missed: 1 });
    const audit = v.ok('audit.list', { action: 'visitors.passOn' }, 'desk-admin').rows[0]!;
    expect(audit.detail).toMatchObject({ reason: 'timeout', asked: 'manual' });
  });

  it('before the deadline a manual pass (consultant out) is no miss', () => {
    const v = receptionDesk();
    v.signIn('liu', 'chen');
    const { visitor } = v.ok('visitors.register', { name: '孙先生', scenario: 'A' }, v.desk);
    v.ok('rotation.setStatus', { staffId: v.ids.liu, status: 'out' }, v.desk);
    v.ok('visitors.passOn', { visitorId: visitor.id, reason: 'manual' }, v.desk);
    const fairness = v.ok('fairness.today', undefined, v.as('supervisor'));
    expect(fairness.consultants.find((f) => f.staffId === v.ids.liu)).toMatchObject({ missed: 0 });
  });

  it('main’s tick records the passed deadline once and pushes the overdue visitor to the desk', () => {
    const v = receptionDesk();
    v.signIn('liu', 'chen');
    const { visitor } = v.ok('visitors.register', { name: '冯女士', scenario: 'A' }, v.desk);
    const overdueAt = () =>
      v.core.db!.prepare('SELECT overdue_at FROM visitors WHERE id = ?').pluck().get(visitor.id);
    const pushes = (from: number) =>
      v.events
        .slice(from)
        .filter((e) => e.event === 'view:visitors.waiting' && e.clientId === 'desk-reception');
    // Time passes as in the app, a tick every 5 s (a jump of the clock would re-sync instead).
    const tickFor = (ms: number) => {
      for (let t = 0; t < ms; t += 5000) {
        v.clock.advance(Math.min(5000, ms - t));
        v.core.tick();
      }
    };
    v.core.tick();
    let from = v.events.length;
    tickFor(MINUTE_MS);
    expect(pushes(from)).toEqual([]);
    expect(overdueAt()).toBeNull();

    from = v.events.length;
    tickFor(MINUTE_MS);
    expect(overdueAt()).toBe(visitor.deadlineAt);
    const pushed = pushes(from);
    expect(pushed).toHaveLength(1);
    expect(pushed[0]!.payload).toMatchObject({
      visitors: [{ id: visitor.id, overdue: true, canPassOn: true }],
    });
    from = v.events.length;
    tickFor(15_000);
    expect(pushes(from)).toEqual([]);

    // Passed on, the new consultant's deadline is timed afresh.
    v.ok('visitors.passOn', { visitorId: visitor.id, reason: 'timeout' }, v.desk);
    expect(overdueAt()).toBeNull();
    from = v.events.length;
    tickFor(2 * MINUTE_MS);
    expect(pushes(from)).toHaveLength(1);
  });
});
