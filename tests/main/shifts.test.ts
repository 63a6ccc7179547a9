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
  });
});

/** What the handover service will do at the outgoing signature, written by SQL here. */
function handOverBySql(v: ShiftDesk, shiftId: string, countedCents = 52_000): string {
  const id = `handover-${shiftId}`;
  const by = v.staffId('reception');
  const at = v.clock.ms;
  v.db()
    .prepare(
      `INSERT INTO handovers (id, shift_id, business_date, created_at, created_by, summary,
         counted_cents, updated_at, updated_by, outgoing_id, outgoing_signed_at)
       VALUES (?, ?, '2026-11-22', ?, ?, '平稳', ?, ?, ?, ?, ?)`,
    )
    .run(id, shiftId, at, by, countedCents, at, by, by, at);
  v.db()
    .prepare("UPDATE shifts SET status = 'handedOver', closed_at = ? WHERE id = ?")
    .run(at, shiftId);
  v.db().prepare('UPDATE shift_staff SET clock_out_at = ? WHERE shift_id = ?').run(at, shiftId);
  return id;
}

function receiveBySql(v: ShiftDesk, handoverId: string, shiftId: string): void {
  v.db()
    .prepare(
      `INSERT INTO handover_receipts (handover_id, incoming_id, at, outcome, confirmed)
       VALUES (?, ?, ?, 'signed', '[]')`,
    )
    .run(handoverId, v.staffId('duty'), v.clock.ms);
  v.db().prepare("UPDATE shifts SET status = 'closed' WHERE id = ?").run(shiftId);
}

describe('the roster and attendance', () => {
  it('flags who was rostered and who covers, and clocks out with the PIN', () => {
    const v = shiftDesk(localTime(9, 28));
    const early = v.templateId('早班');
    const planned = v.ok(
      'shifts.setRoster',
      {
        businessDate: '2026-11-22',
        templateId: early,
        staffIds: [v.staffId('reception'), v.staffId('reception')],
      },
      v.as('duty'),
    );
    expect(planned.map((r) => r.displayName)).toEqual([STAFF.reception.displayName]);
    const shift = openShift(v);
    expect(shift.staff[0]).toMatchObject({ rostered: true, lateMinutes: 0 });
    const withDuty = clockIn(v, shift.id, 'duty');
    expect(withDuty.staff[1]).toMatchObject({
      displayName: STAFF.duty.displayName,
      rostered: false,
    });
    expect(
      v.call(
        'shifts.clockIn',
        { shiftId: shift.id, username: STAFF.duty.username, pin: STAFF.duty.pin },
        v.as('reception'),
      ),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'shifts.alreadyClockedIn' } });
    v.at(localTime(12, 0));
    const out = v.ok(
      'shifts.clockOut',
      { shiftId: shift.id, username: STAFF.duty.username, pin: STAFF.duty.pin },
      v.as('reception'),
    );
    expect(out.staff[1]!.clockOutAt).toBe(localTime(12, 0));
    expect(
      v.call(
        'shifts.clockOut',
        { shiftId: shift.id, username: STAFF.duty.username, pin: STAFF.duty.pin },
        v.as('reception'),
      ),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'shifts.notClockedIn' } });
  });

  it('a wrong PIN at clock-in counts toward that colleague’s lockout, and is audited', () => {
    const v = shiftDesk();
    const shift = openShift(v);
    const attempt = (pin: string) =>
      v.call(
        'shifts.clockIn',
        { shiftId: shift.id, username: STAFF.consultant.username, pin },
        v.as('reception'),
      );
    for (let i = 0; i < 4; i += 1)
      expect(attempt('9731')).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHENTICATED', reason: 'auth.badCredentials' },
      });
    expect(attempt('9731')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    const row = v
      .db()
      .prepare('SELECT failed_attempts, locked_until FROM staff WHERE username = ?')
      .get(STAFF.consultant.username) as { failed_attempts: number; locked_until: number | null };
    expect(row.failed_attempts).toBe(5);
    expect(row.locked_until).toBeGreaterThan(v.clock.ms);
    // Even the right PIN waits out the lock.
    expect(attempt(STAFF.consultant.pin)).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(v.count('shift_staff')).toBe(1);
    const audited = auditRows(v, 'shifts.clockIn');
    expect(audited.map((r) => r.outcome)).toEqual([
      'failed',
      'failed',
      'failed',
      'failed',
      'denied',
      'denied',
    ]);
    expect(audited.map((r) => r.detail).join()).not.toContain('9731');
  });

  it('replaces the roster of one shift on one day, leaving other days alone', () => {
    const v = shiftDesk();
    const early = v.templateId('早班');
    const late = v.templateId('晚班');
    const set = (day: string, templateId: string, who: ('reception' | 'duty' | 'consultant')[]) =>
      v.ok(
        'shifts.setRoster',
        { businessDate: day, templateId, staffIds: who.map((w) => v.staffId(w)) },
        v.as('duty'),
      );
    set('2026-11-22', early, ['reception', 'duty']);
    set('2026-11-22', late, ['consultant']);
    set('2026-11-23', early, ['reception']);
    expect(set('2026-11-22', early, ['duty']).map((r) => r.displayName)).toEqual([
      STAFF.duty.displayName,
    ]);
    const week = v.ok('shifts.roster', { from: '2026-11-22', to: '2026-11-28' }, v.as('reception'));
    expect(week.map((r) => [r.businessDate, r.templateId, r.displayName])).toEqual([
      ['2026-11-22', early, STAFF.duty.displayName],
      ['2026-11-22', late, STAFF.consultant.displayName],
      ['2026-11-23', early, STAFF.reception.displayName],
    ]);
    expect(
      v.call(
        'shifts.setRoster',
        { businessDate: '2026-11-22', templateId: early, staffIds: [v.staffId('reception')] },
        v.as('reception'),
      ),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(
      v.call(
        'shifts.setRoster',
        { businessDate: '2026-11-22', templateId: early, staffIds: ['nobody'] },
        v.as('duty'),
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { staffIds: expect.any(String) } },
    });
    expect(
      v.ok('shifts.roster', { from: '2026-11-22', to: '2026-11-22' }, v.as('reception')),
    ).toHaveLength(2);
  });
});

describe('templates and checklist items', () => {
  it('are changed by supervisors and admins only; inactive templates cannot be opened', () => {
    const v = shiftDesk();
    const input = { name: '夜班', startsAt: '22:00', endsAt: '06:00' };
    for (const who of ['reception', 'duty', 'consultant'] as const) {
      expect(v.call('shifts.setTemplate', input, v.as(who))).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      expect(
        v.call('shifts.setChecklistItem', { phase: 'closing', label: '关窗' }, v.as(who)),
      ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const night = v.ok('shifts.setTemplate', input, v.as('supervisor'));
    expect(night).toMatchObject({ ...input, active: true, sort: 2 });
    const off = v.ok(
      'shifts.setTemplate',
      { ...input, id: night.id, active: false },
      v.as('admin'),
    );
    expect(off).toMatchObject({ id: night.id, active: false, sort: 2 });
    expect(v.ok('shifts.templates', undefined, v.as('reception')).map((t) => t.name)).toEqual([
      '早班',
      '晚班',
      '夜班',
    ]);
    expect(v.ok('shifts.current', undefined, v.as('reception')).templates).toHaveLength(2);
    expect(
      v.call('shifts.open', { templateId: night.id, openingFloatCents: 0 }, v.as('reception')),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { templateId: 'inactive' } },
    });
    expect(v.call('shifts.setTemplate', { ...input, id: 'missing' }, v.as('admin'))).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(
      v.call('shifts.setTemplate', { ...input, endsAt: '22:00' }, v.as('admin')),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { endsAt: expect.any(String) } },
    });
  });

  it('the checklist is copied at opening: later edits of the list leave the shift’s copy', () => {
    const v = shiftDesk();
    const items = v.ok('shifts.checklist', undefined, v.as('supervisor'));
    const first = items[0]!;
    const shift = openShift(v);
    v.ok(
      'shifts.setChecklistItem',
      { id: first.id, phase: first.phase, label: '检查前台', active: true },
      v.as('supervisor'),
    );
    v.ok(
      'shifts.setChecklistItem',
      { id: items[1]!.id, phase: 'opening', label: items[1]!.label, active: false },
      v.as('supervisor'),
    );
    const added = v.ok(
      'shifts.setChecklistItem',
      { phase: 'closing', label: '关闭空调' },
      v.as('admin'),
    );
    expect(added).toMatchObject({ phase: 'closing', sort: 4, active: true });
    const again = v.ok('shifts.get', { shiftId: shift.id }, v.as('reception'));
    expect(again.checks.map((c) => c.label)).toEqual(shift.checks.map((c) => c.label));
    expect(again.checks[0]!.label).toBe('检查前台、水吧及公共区域卫生');
    // The next shift gets the list as it is then.
    v.ok('shifts.abandon', { shiftId: shift.id, reason: '测试' }, v.as('duty'));
    const next = openShift(v, 'reception', '晚班');
    expect(next.checks).toHaveLength(8);
    expect(next.checks[0]!.label).toBe('检查前台');
    expect(next.checks.map((c) => c.label)).toContain('关闭空调');
    expect(next.checks.map((c) => c.label)).not.toContain(items[1]!.label);
  });
});

describe('acknowledgements at opening', () => {
  it('unread notes for the next shift must be read; acknowledging marks them read', () => {
    const v = shiftDesk();
    const note = v.ok(
      'messages.send',
      { toStaffId: null, body: '明早八点有消防检查' },
      v.as('duty'),
    );
    const personal = v.ok(
      'messages.send',
      { toStaffId: v.staffId('admin'), body: '私信' },
      v.as('duty'),
    );
    const shift = openShift(v);
    expect(shift.acks).toEqual([
      expect.objectContaining({
        kind: 'message',
        refId: note.id,
        body: '明早八点有消防检查',
        fromName: STAFF.duty.displayName,
        ackedAt: null,
      }),
    ]);
    for (const c of shift.checks.filter((x) => x.phase === 'opening'))
      v.ok('shifts.check', { shiftId: shift.id, itemId: c.itemId, done: true }, v.as('reception'));
    const refused = v.call('shifts.start', { shiftId: shift.id }, v.as('reception'));
    expect(refused).toMatchObject({
      ok: false,
      error: {
        reason: 'shifts.openingIncomplete',
        fields: { [`ack.message.${note.id}`]: 'not acknowledged' },
      },
    });
    expect(
      v.call(
        'shifts.acknowledge',
        { shiftId: shift.id, kind: 'message', refId: personal.id },
        v.as('reception'),
      ),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const acked = v.ok(
      'shifts.acknowledge',
      { shiftId: shift.id, kind: 'message', refId: note.id },
      v.as('reception'),
    );
    expect(acked.acks[0]!.ackedAt).toBe(v.clock.ms);
    expect(acked.canStart).toBe(true);
    const read = v.db().prepare('SELECT read_at, read_by FROM messages WHERE id = ?').get(note.id);
    expect(read).toEqual({ read_at: v.clock.ms, read_by: v.staffId('reception') });
    const started = v.ok('shifts.start', { shiftId: shift.id }, v.as('reception'));
    expect(started.status).toBe('open');
    // A note left during the shift is for the next one, not an ack of this one.
    v.ok('messages.send', { toStaffId: null, body: '晚班注意' }, v.as('duty'));
    expect(v.ok('shifts.get', { shiftId: shift.id }, v.as('reception')).acks).toHaveLength(1);
    expect(
      v.call(
        'shifts.acknowledge',
        { shiftId: shift.id, kind: 'message', refId: note.id },
        v.as('reception'),
      ),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'shifts.started' } });
  });

  it('a previous handover still awaiting the incoming signature blocks the start', () => {
    const v = shiftDesk();
    const early = shiftAtWork(v);
    v.at(localTime(16, 0));
    const handoverId = handOverBySql(v, early.id);
    const current = v.ok('shifts.current', undefined, v.as('duty'));
    expect(current.awaitingHandover).toEqual({
      shiftId: early.id,
      handoverId,
      name: '早班',
      outgoingName: STAFF.reception.displayName,
    });
    expect(current.suggestedTemplateId).toBe(v.templateId('晚班'));
    expect(current.suggestedFloatCents).toBe(52_000);
    const late = openShift(v, 'duty', '晚班', current.suggestedFloatCents);
    expect(late.acks).toEqual([
      {
        kind: 'handover',
        refId: handoverId,
        shiftName: '早班',
        businessDate: '2026-11-22',
        summary: '平稳',
        outgoingName: STAFF.reception.displayName,
        awaitingIncoming: true,
        ackedAt: null,
      },
    ]);
    for (const c of late.checks.filter((x) => x.phase === 'opening'))
      v.ok('shifts.check', { shiftId: late.id, itemId: c.itemId, done: true }, v.as('duty'));
    expect(
      v.call(
        'shifts.acknowledge',
        { shiftId: late.id, kind: 'handover', refId: handoverId },
        v.as('duty'),
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'shifts.handoverNotReceived' },
    });
    expect(v.call('shifts.start', { shiftId: late.id }, v.as('duty'))).toMatchObject({
      ok: false,
      error: {
        reason: 'shifts.openingIncomplete',
        fields: { [`ack.handover.${handoverId}`]: 'handover not received' },
      },
    });
    receiveBySql(v, handoverId, early.id);
    expect(v.ok('shifts.current', undefined, v.as('duty')).awaitingHandover).toBeNull();
    const acked = v.ok(
      'shifts.acknowledge',
      { shiftId: late.id, kind: 'handover', refId: handoverId },
      v.as('duty'),
    );
    expect(acked.acks[0]).toMatchObject({ awaitingIncoming: false, ackedAt: v.clock.ms });
    expect(v.ok('shifts.start', { shiftId: late.id }, v.as('duty')).status).toBe('open');
    expect(v.ok('shifts.get', { shiftId: early.id }, v.as('duty'))).toMatchObject({
      handoverId,
      handoverStatus: 'signed',
      status: 'closed',
    });
  });
});

describe('during and after the shift', () => {
  it('opening checks are fixed once started; the closing list is ticked during the shift', () => {
    const v = shiftDesk();
    const shift = shiftAtWork(v);
    const opening = shift.checks.find((c) => c.phase === 'opening')!;
    expect(
      v.call(
        'shifts.check',
        { shiftId: shift.id, itemId: opening.itemId, done: false },
        v.as('reception'),
      ),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'shifts.started' } });
    expect(shift.closingDone).toBe(false);
    let view = shift;
    for (const c of shift.checks.filter((x) => x.phase === 'closing'))
      view = v.ok(
        'shifts.check',
        { shiftId: shift.id, itemId: c.itemId, done: true },
        v.as('duty'),
      );
    expect(view.closingDone).toBe(true);
    const closing = view.checks.find((c) => c.phase === 'closing')!;
    expect(closing).toMatchObject({
      doneBy: v.staffId('duty'),
      doneByName: STAFF.duty.displayName,
    });
    const unticked = v.ok(
      'shifts.check',
      { shiftId: shift.id, itemId: closing.itemId, done: false },
      v.as('reception'),
    );
    expect(unticked.closingDone).toBe(false);
    expect(
      v.call('shifts.check', { shiftId: shift.id, itemId: 'nope', done: true }, v.as('reception')),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('a duty manager abandons a shift: everyone clocked out, no more changes, a new one may open', () => {
    const v = shiftDesk();
    const shift = shiftAtWork(v);
    clockIn(v, shift.id, 'consultant');
    expect(
      v.call('shifts.abandon', { shiftId: shift.id, reason: '无人交班' }, v.as('reception')),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    v.at(localTime(17, 0));
    const abandoned = v.ok(
      'shifts.abandon',
      { shiftId: shift.id, reason: '无人交班' },
      v.as('duty'),
    );
    expect(abandoned).toMatchObject({
      status: 'abandoned',
      closedAt: v.clock.ms,
      handoverReminder: false,
    });
    expect(abandoned.staff.every((s) => s.clockOutAt === v.clock.ms)).toBe(true);
    const row = v
      .db()
      .prepare('SELECT abandoned_by, abandon_reason FROM shifts WHERE id = ?')
      .get(shift.id);
    expect(row).toEqual({ abandoned_by: v.staffId('duty'), abandon_reason: '无人交班' });
    expect(
      v.call('shifts.abandon', { shiftId: shift.id, reason: '再次' }, v.as('duty')),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'shifts.notCurrent' } });
    expect(
      v.call(
        'shifts.check',
        { shiftId: shift.id, itemId: shift.checks[4]!.itemId, done: true },
        v.as('reception'),
      ),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'shifts.notCurrent' } });
    const current = v.ok('shifts.current', undefined, v.as('reception'));
    expect(current).toMatchObject({ shift: null, awaitingHandover: null, suggestedFloatCents: 0 });
    expect(openShift(v, 'reception', '晚班').status).toBe('opening');
  });

  it('suggests the template holding now, else the next one today, else the first', () => {
    const v = shiftDesk(localTime(7, 0));
    const early = v.templateId('早班');
    const late = v.templateId('晚班');
    expect(v.ok('shifts.current', undefined, v.as('reception')).suggestedTemplateId).toBe(early);
    v.at(localTime(12, 0));
    expect(v.ok('shifts.current', undefined, v.as('reception')).suggestedTemplateId).toBe(early);
    v.at(localTime(16, 0));
    expect(v.ok('shifts.current', undefined, v.as('reception')).suggestedTemplateId).toBe(late);
    v.at(localTime(23, 0));
    expect(v.ok('shifts.current', undefined, v.as('reception')).suggestedTemplateId).toBe(early);
    v.ok('settings.update', { cashFloatCents: 30_000 }, v.as('admin'));
    expect(v.ok('shifts.current', undefined, v.as('reception')).suggestedFloatCents).toBe(30_000);
  });

  it('an unknown shift is NOT_FOUND', () => {
    const v = shiftDesk();
    expect(v.call('shifts.get', { shiftId: 'nope' }, v.as('reception'))).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
