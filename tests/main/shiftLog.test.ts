import { describe, expect, it } from 'vitest';
import { STAFF } from '../helpers/clientFixtures';
import { localTime, shiftAtWork, shiftDesk } from '../helpers/shiftFixtures';

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
