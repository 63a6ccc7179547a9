import { describe, expect, it } from 'vitest';
import { STAFF } from '../helpers/clientFixtures';
import {
  clockIn,
  localTime,
  openShift,
  shiftAtWork,
  shiftDesk,
  startShift,
  type ShiftDesk,
} from '../helpers/shiftFixtures';

const MIN = 60_000;

const auditRows = (v: ShiftDesk, action: string) =>
  v.db().prepare('SELECT * FROM audit_log WHERE action = ? ORDER BY seq').all(action) as {
    actor_id: string | null;
    detail: string | null;
    outcome: string;
  }[];

describe('shift defaults', () => {
  it('are created once, in the site language, with a system audit row', () => {
    const v = shiftDesk();
    const current = v.ok('shifts.current', undefined, v.as('reception'));
    expect(current.templates.map((t) => [t.name, t.startsAt, t.endsAt])).toEqual([
      ['早班', '09:30', '16:00'],
      ['晚班', '16:00', '22:30'],
    ]);
    const items = v.ok('shifts.checklist', undefined, v.as('reception'));
    expect(items.filter((i) => i.phase === 'opening').map((i) => i.label)).toEqual([
      '检查前台、水吧及公共区域卫生',
      '准备单据、表格、文具',
      '查阅前日留言本与交接本',
      '开启音响、电视及收费电脑',
    ]);
    expect(items.filter((i) => i.phase === 'closing').map((i) => i.label)).toEqual([
      '清点当日入场人数与手牌',
      '清点商品并锁好贵重物品',
      '扎帐：票款相符',
      '检查柜门上锁、关闭电源与灯光',
    ]);
    v.ok('shifts.templates', undefined, v.as('consultant'));
    const rows = auditRows(v, 'shifts.defaults');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor_id: null, outcome: 'ok' });
    expect(JSON.parse(rows[0]!.detail!)).toMatchObject({
      language: 'zh-CN',
      templates: 2,
      items: 8,
    });
    expect(v.count('shift_templates')).toBe(2);
    expect(v.count('checklist_items')).toBe(8);
  });

  it('are not recreated after the site removed them all, and follow an English site', () => {
    const v = shiftDesk();
    v.ok('settings.update', { defaultLanguage: 'en' }, v.as('admin'));
    const templates = v.ok('shifts.templates', undefined, v.as('supervisor'));
    expect(templates.map((t) => t.name)).toEqual(['Early', 'Late']);
    expect(v.ok('shifts.checklist', undefined, v.as('supervisor'))[0]!.label).toMatch(/front desk/);
    v.db().exec('DELETE FROM checklist_items; DELETE FROM shift_templates;');
    expect(v.ok('shifts.current', undefined, v.as('reception')).templates).toEqual([]);
    expect(v.count('shift_templates')).toBe(0);
    expect(auditRows(v, 'shifts.defaults')).toHaveLength(1);
  });
});

describe('opening a shift', () => {
  it('copies the planned window and the opener is clocked in, late against the plan', () => {
    const v = shiftDesk(localTime(9, 42));
    const shift = openShift(v);
    expect(shift).toMatchObject({
      name: '早班',
      businessDate: '2026-11-22',
      plannedStart: localTime(9, 30),
      plannedEnd: localTime(16, 0),
      status: 'opening',
      openingFloatCents: 50_000,
      openedByName: STAFF.reception.displayName,
      canStart: false,
    });
    expect(shift.staff).toEqual([
      expect.objectContaining({
        displayName: STAFF.reception.displayName,
        lateMinutes: 12,
        rostered: false,
        clockOutAt: null,
      }),
    ]);
    expect(shift.checks).toHaveLength(8);
  });

  it('allows one shift at a time', () => {
    const v = shiftDesk();
    openShift(v);
    expect(
      v.call(
        'shifts.open',
        { templateId: v.templateId('晚班'), openingFloatCents: 0 },
        v.as('duty'),
      ),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'shifts.alreadyOpen' } });
    expect(v.count('shifts')).toBe(1);
  });

  it('starts only once every opening check is ticked', () => {
    const v = shiftDesk();
    const shift = openShift(v);
    const first = shift.checks.find((c) => c.phase === 'opening')!;
    v.ok(
      'shifts.check',
      { shiftId: shift.id, itemId: first.itemId, done: true },
      v.as('reception'),
    );
    const refused = v.call('shifts.start', { shiftId: shift.id }, v.as('reception'));
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'shifts.openingIncomplete' },
    });
    if (refused.ok) return;
    expect(Object.keys(refused.error.fields!)).toHaveLength(3);
    expect(refused.error.fields![`check.${first.itemId}`]).toBeUndefined();
    const started = startShift(v, shift);
    expect(started).toMatchObject({ status: 'open', startedAt: v.clock.ms, canStart: false });
  });

  it('a colleague clocks in with their own PIN', () => {
    const v = shiftDesk(localTime(9, 20));
    const shift = shiftAtWork(v);
    v.at(localTime(9, 35));
    const after = clockIn(v, shift.id, 'duty');
    expect(after.staff.map((s) => [s.displayName, s.lateMinutes])).toEqual([
      [STAFF.reception.displayName, 0],
      [STAFF.duty.displayName, 5],
    ]);
  });

  it('the handover reminder shows from ten minutes before the planned end', () => {
    const v = shiftDesk();
    const shift = shiftAtWork(v);
    v.at(localTime(15, 49));
    expect(v.ok('shifts.get', { shiftId: shift.id }, v.as('reception')).handoverReminder).toBe(
      false,
    );
    v.at(localTime(15, 50));
    expect(v.ok('shifts.current', undefined, v.as('reception')).shift!.handoverReminder).toBe(true);
    expect(MIN).toBe(60_000);
  });
});
