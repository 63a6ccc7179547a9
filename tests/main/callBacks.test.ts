/** 回电 (issue 11, the consultant's home): calls passed on stay open until called back. */
import { describe, expect, it } from 'vitest';
import { CONSULTANTS, receptionDesk } from '../helpers/receptionFixtures';

const CALL = {
  callerName: '何先生',
  callbackPhone: '13711112222',
  purpose: '咨询私教课程',
  appointment: false,
};

describe('call-backs (回电)', () => {
  it('a call passed by rotation is the consultant’s to call back, oldest first, until done', () => {
    const v = receptionDesk();
    v.signIn('liu');
    const first = v.ok('calls.record', { ...CALL, route: 'rotation' }, v.desk).call;
    v.clock.advance(60_000);
    const second = v.ok(
      'calls.record',
      { ...CALL, callerName: '孙女士', route: 'message', toStaffId: v.ids.liu },
      v.desk,
    ).call;
    const liu = v.as('consultant');
    const mine = v.ok('calls.mine', undefined, liu);
    expect(mine.open.map((c) => [c.callerName, c.via])).toEqual([
      ['何先生', 'rotation'],
      ['孙女士', 'message'],
    ]);
    expect(mine.open[0]).toMatchObject({ callbackPhone: '13711112222', calledBackAt: null });
    expect(mine.doneToday).toEqual([]);

    v.clock.advance(5_000);
    const done = v.ok('calls.calledBack', { callId: second.id, note: '已约周六体验' }, liu);
    expect(done).toMatchObject({
      calledBackAt: v.clock.ms,
      calledBackByName: '刘洋',
      calledBackNote: '已约周六体验',
    });
    // Calling back answers the message: it is no longer unread in the message book.
    expect(
      v.ok('messages.list', undefined, liu).find((m) => m.id === second.messageId),
    ).toMatchObject({ readByName: '刘洋' });
    const after = v.ok('calls.mine', undefined, liu);
    expect(after.open.map((c) => c.id)).toEqual([first.id]);
    expect(after.doneToday.map((c) => c.id)).toEqual([second.id]);
  });

  it('is refused for someone the call was not for, and twice; oversight may close it', () => {
    const v = receptionDesk();
    v.signIn('liu');
    const call = v.ok('calls.record', { ...CALL, route: 'rotation' }, v.desk).call;
    const chen = 'desk-chen';
    v.login('chenjing', '2468', chen);
    expect(v.ok('calls.mine', undefined, chen).open).toEqual([]);
    expect(v.call('calls.calledBack', { callId: call.id }, chen)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'calls.notYours' },
    });
    expect(v.call('calls.calledBack', { callId: 'nope' }, chen)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    v.ok('calls.calledBack', { callId: call.id }, v.as('duty'));
    expect(v.call('calls.calledBack', { callId: call.id }, v.as('consultant'))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'calls.alreadyCalledBack' },
    });
    const closed = v.core.db!.prepare('SELECT called_back_by, called_back_note FROM calls').get();
    expect(closed).toEqual({ called_back_by: v.staffId('duty'), called_back_note: null });
  });

  it('a call left for the next shift is the desk’s call-back, not a consultant’s', () => {
    const v = receptionDesk();
    v.ok('calls.record', { ...CALL, route: 'message', toStaffId: null }, v.desk);
    expect(v.ok('calls.mine', undefined, v.desk).open.map((c) => c.via)).toEqual(['nextShift']);
    expect(v.ok('calls.mine', undefined, v.as('consultant')).open).toEqual([]);
  });

  it('refuses a note longer than 500 characters, naming the field, and writes nothing', () => {
    const v = receptionDesk();
    v.signIn('liu');
    const call = v.ok('calls.record', { ...CALL, route: 'rotation' }, v.desk).call;
    const r = v.call(
      'calls.calledBack',
      { callId: call.id, note: 'x'.repeat(501) },
      v.as('consultant'),
    );
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { note: expect.any(String) } },
    });
    expect(v.ok('calls.mine', undefined, v.as('consultant')).open).toHaveLength(1);
  });

  it('done today is today’s: yesterday’s call-backs drop off the list', () => {
    const v = receptionDesk();
    v.signIn('liu');
    const call = v.ok('calls.record', { ...CALL, route: 'rotation' }, v.desk).call;
    v.ok('calls.calledBack', { callId: call.id }, v.as('consultant'));
    expect(v.ok('calls.mine', undefined, v.as('consultant')).doneToday).toHaveLength(1);
    v.clock.advance(24 * 3_600_000);
    v.login(CONSULTANTS.liu.username, CONSULTANTS.liu.pin, 'desk-liu-tomorrow');
    expect(v.ok('calls.mine', undefined, 'desk-liu-tomorrow')).toEqual({ open: [], doneToday: [] });
  });

  it('the open lists read through their indexes', () => {
    const v = receptionDesk();
    const plan = (sql: string) =>
      (v.core.db!.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
        .map((r) => r.detail)
        .join(' | ');
    expect(
      plan("SELECT * FROM calls c WHERE c.consultant_id = 'x' AND c.called_back_at IS NULL"),
    ).toMatch(/USING INDEX calls_open_consultant/);
    expect(plan("SELECT * FROM calls c WHERE c.called_back_day = '2026-01-01'")).toMatch(
      /USING INDEX calls_done_day/,
    );
  });
});
