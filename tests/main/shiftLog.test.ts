import { describe, expect, it } from 'vitest';
import { STAFF } from '../helpers/clientFixtures';
import {
  clockIn,
  localTime,
  shiftAtWork,
  shiftDesk,
  type ShiftDesk,
} from '../helpers/shiftFixtures';

describe('shift log entries', () => {
  it('go into the current shift with author, category and an optional follow-up', () => {
    const v = shiftDesk();
    const shift = shiftAtWork(v);
    const ownerId = v.staffId('duty');
    const entry = v.ok(
      'shiftLog.add',
      {
        category: 'maintenance',
        body: '男更衣室 3 号淋浴漏水',
        followUp: { ownerId, dueAt: localTime(12, 0) },
      },
      v.as('reception'),
    );
    expect(entry).toMatchObject({
      shiftId: shift.id,
      shiftName: '早班',
      businessDate: '2026-11-22',
      byName: STAFF.reception.displayName,
      category: 'maintenance',
      locked: false,
      correctsId: null,
      correctedBy: [],
      carriedShifts: 0,
      followUp: {
        ownerId,
        ownerName: STAFF.duty.displayName,
        dueAt: localTime(12, 0),
        overdue: false,
        doneAt: null,
      },
    });
    v.at(localTime(12, 1));
    const list = v.ok('shiftLog.list', undefined, v.as('consultant'));
    expect(list.entries.map((e) => e.id)).toEqual([entry.id]);
    expect(list.entries[0]!.followUp!.overdue).toBe(true);
  });

  it('needs a shift at work', () => {
    const v = shiftDesk();
    expect(
      v.call('shiftLog.add', { category: 'general', body: '无班次' }, v.as('reception')),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'shifts.none' } });
  });
});

/** Ends the shift at work the way a manager can without a handover, then opens the next. */
function nextShift(v: ShiftDesk, shiftId: string, at: number, template = '晚班') {
  v.at(at);
  v.ok('shifts.abandon', { shiftId, reason: '测试换班' }, v.as('duty'));
  return shiftAtWork(v, 'reception', template);
}

describe('follow-ups', () => {
  it('travel into every new shift until done, and the history lists each shift', () => {
    const v = shiftDesk();
    const first = shiftAtWork(v);
    const item = v.ok(
      'shiftLog.add',
      { category: 'vip', body: '李总下午来取存包', followUp: { ownerId: v.staffId('reception') } },
      v.as('reception'),
    );
    const plain = v.ok(
      'shiftLog.add',
      { category: 'general', body: '一切正常' },
      v.as('reception'),
    );
    const second = nextShift(v, first.id, localTime(16, 0));
    expect(v.ok('shiftLog.list', undefined, v.as('reception'))).toMatchObject({
      shiftId: second.id,
      entries: [],
      carriedOver: [expect.objectContaining({ id: item.id, carriedShifts: 1, shiftName: '早班' })],
    });
    // A handover begun but never signed: the history shows where it stopped.
    const by = v.staffId('reception');
    v.db()
      .prepare(
        `INSERT INTO handovers (id, shift_id, business_date, created_at, created_by, updated_at,
           updated_by) VALUES ('h2', ?, '2026-11-22', 0, ?, 0, ?)`,
      )
      .run(second.id, by, by);
    const third = nextShift(v, second.id, localTime(9, 30, 23), '早班');
    const carried = v.ok('shiftLog.list', { shiftId: third.id }, v.as('consultant')).carriedOver;
    expect(carried.map((e) => [e.id, e.carriedShifts])).toEqual([[item.id, 2]]);
    v.at(localTime(11, 0, 23));
    const done = v.ok(
      'shiftLog.completeFollowUp',
      { entryId: item.id, note: '已取走' },
      v.as('duty'),
    );
    expect(done.followUp).toMatchObject({
      doneAt: localTime(11, 0, 23),
      doneBy: v.staffId('duty'),
      doneByName: STAFF.duty.displayName,
      doneNote: '已取走',
      overdue: false,
    });
    expect(done.locked).toBe(true);
    const fourth = nextShift(v, third.id, localTime(16, 0, 23));
    expect(v.ok('shiftLog.list', { shiftId: fourth.id }, v.as('reception')).carriedOver).toEqual(
      [],
    );
    const carries = v
      .db()
      .prepare('SELECT shift_id FROM follow_up_carries WHERE entry_id = ? ORDER BY at')
      .pluck()
      .all(item.id);
    expect(carries).toEqual([second.id, third.id]);
    expect(v.count('follow_up_carries')).toBe(2);
    const history = v.ok('shiftLog.followUpHistory', { entryId: item.id }, v.as('supervisor'));
    expect(history.entry).toMatchObject({ id: item.id, shiftId: first.id, carriedShifts: 2 });
    expect(history.carries).toEqual([
      {
        shiftId: second.id,
        shiftName: '晚班',
        businessDate: '2026-11-22',
        at: localTime(16, 0),
        handoverId: 'h2',
        handoverStatus: 'draft',
      },
      {
        shiftId: third.id,
        shiftName: '早班',
        businessDate: '2026-11-23',
        at: localTime(9, 30, 23),
        handoverId: null,
        handoverStatus: null,
      },
    ]);
    expect(
      v.call('shiftLog.completeFollowUp', { entryId: item.id, note: '再次' }, v.as('reception')),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'shiftLog.alreadyDone' } });
    expect(
      v.call('shiftLog.completeFollowUp', { entryId: plain.id, note: '无' }, v.as('reception')),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'shiftLog.noFollowUp' } });
  });

  it('the owner must be an active staff member', () => {
    const v = shiftDesk();
    shiftAtWork(v);
    const gone = v.staffId('consultant');
    v.ok('staff.setActive', { id: gone, active: false }, v.as('admin'));
    for (const ownerId of [gone, 'nobody'])
      expect(
        v.call(
          'shiftLog.add',
          { category: 'general', body: '跟进', followUp: { ownerId } },
          v.as('reception'),
        ),
      ).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fields: { 'followUp.ownerId': expect.any(String) } },
      });
    expect(v.count('log_entries')).toBe(0);
  });
});

describe('editing and correcting', () => {
  it('only the author edits, and only until the entry is locked', () => {
    const v = shiftDesk();
    const shift = shiftAtWork(v);
    clockIn(v, shift.id, 'duty');
    const entry = v.ok(
      'shiftLog.add',
      { category: 'general', body: '空调遥控器不见了' },
      v.as('reception'),
    );
    expect(
      v.call(
        'shiftLog.edit',
        { entryId: entry.id, category: 'maintenance', body: '改' },
        v.as('duty'),
      ),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'shiftLog.notAuthor' } });
    v.at(localTime(10, 0));
    const edited = v.ok(
      'shiftLog.edit',
      { entryId: entry.id, category: 'maintenance', body: '空调遥控器失灵' },
      v.as('reception'),
    );
    expect(edited).toMatchObject({
      category: 'maintenance',
      body: '空调遥控器失灵',
      editedAt: localTime(10, 0),
      at: entry.at,
    });
    v.db().prepare('UPDATE log_entries SET locked = 1 WHERE id = ?').run(entry.id);
    expect(
      v.call(
        'shiftLog.edit',
        { entryId: entry.id, category: 'general', body: '再改' },
        v.as('reception'),
      ),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'shiftLog.locked' } });
    expect(() =>
      v.db().prepare("UPDATE log_entries SET body = '偷改' WHERE id = ?").run(entry.id),
    ).toThrow(/handed over/);
    expect(() =>
      v.db().prepare('UPDATE log_entries SET locked = 0 WHERE id = ?').run(entry.id),
    ).toThrow(/handed over/);
    expect(() => v.db().prepare('DELETE FROM log_entries WHERE id = ?').run(entry.id)).toThrow(
      /handed over/,
    );
    expect(v.ok('shiftLog.list', undefined, v.as('reception')).entries[0]).toMatchObject({
      body: '空调遥控器失灵',
      locked: true,
    });
  });

  it('abandoning a shift locks its entries too', () => {
    const v = shiftDesk();
    const shift = shiftAtWork(v);
    const entry = v.ok('shiftLog.add', { category: 'cash', body: '找零不足' }, v.as('reception'));
    nextShift(v, shift.id, localTime(16, 0));
    expect(
      v.call(
        'shiftLog.edit',
        { entryId: entry.id, category: 'cash', body: '改' },
        v.as('reception'),
      ),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'shiftLog.locked' } });
  });

  it('a correction is a new entry in the current shift, linked both ways', () => {
    const v = shiftDesk();
    const first = shiftAtWork(v);
    const entry = v.ok(
      'shiftLog.add',
      { category: 'incident', body: '会员在跑步机区摔倒，左膝擦伤', followUp: {} },
      v.as('reception'),
    );
    const second = nextShift(v, first.id, localTime(16, 0));
    const fix = v.ok('shiftLog.correct', { entryId: entry.id, body: '更正：是右膝' }, v.as('duty'));
    expect(fix).toMatchObject({
      shiftId: second.id,
      category: 'incident',
      correctsId: entry.id,
      byName: STAFF.duty.displayName,
      followUp: null,
      locked: false,
    });
    const original = v.ok('shiftLog.list', { shiftId: first.id }, v.as('reception')).entries[0]!;
    expect(original).toMatchObject({
      id: entry.id,
      body: '会员在跑步机区摔倒，左膝擦伤',
      correctedBy: [fix.id],
      locked: true,
    });
    const history = v.ok('shiftLog.followUpHistory', { entryId: entry.id }, v.as('reception'));
    expect(history.corrections.map((c) => c.id)).toEqual([fix.id]);
    expect(v.ok('shiftLog.list', undefined, v.as('reception')).entries.map((e) => e.id)).toEqual([
      fix.id,
    ]);
    v.ok('shifts.abandon', { shiftId: second.id, reason: '测试' }, v.as('duty'));
    expect(
      v.call('shiftLog.correct', { entryId: entry.id, body: '再更正' }, v.as('duty')),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'shifts.none' } });
    expect(v.call('shiftLog.correct', { entryId: 'nope', body: 'x' }, v.as('duty'))).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('a consultant reads the log but does not write it', () => {
    const v = shiftDesk();
    shiftAtWork(v);
    expect(
      v.call('shiftLog.add', { category: 'general', body: '顾问' }, v.as('consultant')),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(v.ok('shiftLog.list', undefined, v.as('consultant')).entries).toEqual([]);
  });
});
