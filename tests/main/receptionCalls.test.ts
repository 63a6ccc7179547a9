import { describe, expect, it } from 'vitest';
import { withPrcCheckDigit } from '../../shared/domain/idNumber';
import { receptionDesk } from '../helpers/receptionFixtures';

const CALL = {
  callerName: '何先生',
  callbackPhone: '13711112222',
  purpose: '咨询私教课程',
  appointment: false,
};

describe('phone intake (来电登记) and the message book (留言本)', () => {
  it('a call left as a message appears unread for its recipient, who marks it read', () => {
    const v = receptionDesk();
    const r = v.ok(
      'calls.record',
      { ...CALL, appointment: true, route: 'message', toStaffId: v.ids.liu },
      v.desk,
    );
    expect(r.call).toMatchObject({ route: 'message', consultantId: null, takenByName: '王芳' });
    expect(r.blockAlert).toBeNull();

    const inbox = v.ok('messages.list', undefined, v.as('consultant'));
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({
      id: r.call.messageId,
      fromName: '王芳',
      toName: '刘洋',
      body: '咨询私教课程',
      readAt: null,
      call: { callerName: '何先生', callbackPhone: '13711112222', appointment: true },
    });
    // Not for anyone else.
    expect(v.ok('messages.list', undefined, v.as('duty'))).toEqual([]);
    expect(v.call('messages.markRead', { id: r.call.messageId! }, v.as('duty'))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'messages.notRecipient' },
    });

    v.clock.advance(5000);
    const read = v.ok('messages.markRead', { id: r.call.messageId! }, v.as('consultant'));
    expect(read).toMatchObject({ readAt: v.clock.ms, readByName: '刘洋' });
    expect(v.ok('messages.list', undefined, v.as('consultant'))[0]!.readAt).toBe(v.clock.ms);
  });

  it('notes for the next shift reach everyone; unread ones come first', () => {
    const v = receptionDesk();
    const first = v.ok('messages.send', { toStaffId: null, body: '前台打印机缺纸' }, v.desk);
    v.clock.advance(1000);
    v.ok('messages.send', { toStaffId: v.staffId('duty'), body: '请回电张会员' }, v.desk);
    v.clock.advance(1000);
    const third = v.ok(
      'messages.send',
      { toStaffId: null, body: '周日团课取消' },
      v.as('supervisor'),
    );
    v.ok('messages.markRead', { id: third.id }, v.as('duty'));
    const duty = v.ok('messages.list', undefined, v.as('duty'));
    expect(duty.map((m) => [m.body, m.readAt !== null])).toEqual([
      ['请回电张会员', false],
      ['前台打印机缺纸', false],
      ['周日团课取消', true],
    ]);
    expect(v.ok('messages.list', undefined, v.as('consultant')).map((m) => m.id)).toEqual([
      first.id,
      third.id,
    ]);
  });

  it('a call routed by rotation goes to the next consultant, who moves to the end', () => {
    const v = receptionDesk();
    v.signIn('liu', 'chen');
    const r = v.ok('calls.record', { ...CALL, route: 'rotation' }, v.desk);
    expect(r.call).toMatchObject({ route: 'rotation', consultantName: '刘洋', messageId: null });
    expect(v.order()).toEqual(['陈静', '刘洋']);
    expect(v.count('messages')).toBe(0);
  });

  it('with no consultant free, a rotation call is kept as a message for the next shift', () => {
    const v = receptionDesk();
    const r = v.ok('calls.record', { ...CALL, route: 'rotation' }, v.desk);
    expect(r.call).toMatchObject({ route: 'message', consultantId: null });
    expect(v.ok('messages.list', undefined, v.as('duty'))[0]).toMatchObject({
      toStaffId: null,
      call: { callerName: '何先生' },
    });
  });
});

describe('block list (禁入名单): an alert, never a refusal', () => {
  function withEntry() {
    const v = receptionDesk();
    v.signIn('liu');
    const idNumber = withPrcCheckDigit('11010519900307123');
    const entry = v.ok(
      'blockList.add',
      { name: '张三', phone: '138-1234-5678', idNumber, reason: '多次骚扰会员' },
      v.as('supervisor'),
    );
    return { v, entry, idNumber };
  }

  it('only supervisors and admins keep the list; phones and IDs leave main masked', () => {
    const { v, entry, idNumber } = withEntry();
    expect(entry).toMatchObject({
      name: '张三',
      phoneMasked: '138****5678',
      idNumberMasked: `110105********${idNumber.slice(-4)}`,
      active: true,
      addedByName: '孙丽',
    });
    expect(v.call('blockList.add', { name: '李四', reason: '欠费' }, v.as('duty'))).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    expect(v.call('blockList.list', undefined, v.desk)).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    const list = v.ok('blockList.list', undefined, v.as('admin2'));
    expect(list.map((e) => e.id)).toEqual([entry.id]);
    expect(JSON.stringify(list)).not.toContain('12345678');
  });

  it('a visitor whose name sounds the same (pinyin) is flagged, and still registered', () => {
    const { v, entry } = withEntry();
    const r = v.ok('visitors.register', { name: '章三', scenario: 'A' }, v.desk);
    expect(r.blockAlert).toEqual({
      entryId: entry.id,
      name: '张三',
      reason: '多次骚扰会员',
      matchedOn: ['pinyin'],
    });
    expect(r.visitor.status).toBe('waiting');
    expect(
      v.ok('visitors.register', { name: 'Zhang San', scenario: 'A' }, v.desk).blockAlert,
    ).toMatchObject({ matchedOn: ['pinyin'] });
    expect(
      v.ok('visitors.register', { name: '张 三', scenario: 'A' }, v.desk).blockAlert,
    ).toMatchObject({ matchedOn: ['name'] });
    expect(
      v.ok('visitors.register', { name: '张山峰', scenario: 'A' }, v.desk).blockAlert,
    ).toBeNull();
    const audit = v.ok('audit.list', { action: 'visitors.register' }, 'desk-admin').rows;
    expect(audit.at(-1)!.detail).toMatchObject({ blockEntry: entry.id });
    expect(JSON.stringify(audit)).not.toContain('章三');
  });

  it('a caller is flagged by phone, whatever the name', () => {
    const { v, entry } = withEntry();
    const r = v.ok(
      'calls.record',
      { ...CALL, callerName: '某先生', callbackPhone: '13812345678', route: 'message' },
      v.desk,
    );
    expect(r.blockAlert).toMatchObject({ entryId: entry.id, matchedOn: ['phone'] });
    const both = v.ok(
      'visitors.register',
      { name: '张三', phone: '13812345678', scenario: 'A' },
      v.desk,
    );
    expect(both.blockAlert?.matchedOn).toEqual(['name', 'phone']);
  });

  it('a removed entry no longer alerts but stays on record', () => {
    const { v, entry } = withEntry();
    v.ok('blockList.remove', { id: entry.id }, v.as('supervisor'));
    expect(
      v.ok('visitors.register', { name: '张三', scenario: 'A' }, v.desk).blockAlert,
    ).toBeNull();
    expect(v.ok('blockList.list', undefined, v.as('supervisor'))).toEqual([]);
    expect(v.ok('blockList.list', { includeRemoved: true }, v.as('supervisor'))[0]).toMatchObject({
      id: entry.id,
      active: false,
      removedAt: v.clock.ms,
    });
    expect(v.call('blockList.remove', { id: entry.id }, v.as('supervisor'))).toMatchObject({
      error: { code: 'CONFLICT', reason: 'blockList.alreadyRemoved' },
    });
  });
});

describe('day counts for the handover (交接本)', () => {
  it('visitors and trials by gender, and phone inquiries, per business day', () => {
    const v = receptionDesk();
    v.signIn('liu', 'chen', 'zhou');
    const reg = (name: string, gender?: 'female' | 'male', trial?: boolean) =>
      v.ok(
        'visitors.register',
        { name, scenario: 'A', ...(gender ? { gender } : {}), ...(trial ? { trial } : {}) },
        v.desk,
      );
    v.ok('calls.record', { ...CALL, route: 'rotation' }, v.desk);
    v.ok('calls.record', { ...CALL, route: 'message' }, v.desk);
    reg('王女士', 'female', true);
    reg('李女士', 'female');
    reg('赵先生', 'male', true);
    reg('某人');

    const day = v.ok('rotation.today', undefined, v.desk).businessDate;
    expect(v.ok('reception.dayCounts', undefined, v.desk)).toEqual({
      businessDate: day,
      visitors: { total: 4, female: 2, male: 1, unspecified: 1 },
      trials: { total: 2, female: 1, male: 1, unspecified: 0 },
      phoneInquiries: 2,
    });
    expect(v.ok('reception.dayCounts', { businessDate: '2020-01-01' }, v.desk)).toMatchObject({
      visitors: { total: 0 },
      phoneInquiries: 0,
    });
    const fairness = v.ok('fairness.today', { businessDate: day }, v.as('supervisor'));
    expect(fairness.consultants.reduce((n, f) => n + f.calls, 0)).toBe(1);
  });

  it('alerts at check-in too: the reception lookup of a matching member carries the alert', () => {
    const v = receptionDesk();
    v.ok(
      'blockList.add',
      { name: '张三', phone: '138-1234-5678', reason: '多次骚扰会员' },
      v.as('supervisor'),
    );
    const member = v.ok(
      'clients.create',
      { kind: 'person', name: '章三', phones: ['13812345678'], cardNumber: 'BL-1' },
      v.as('reception'),
    );
    const other = v.ok(
      'clients.create',
      { kind: 'person', name: '李雷', cardNumber: 'BL-2' },
      v.as('reception'),
    );
    const [hit] = v.ok('desk.lookup', { q: 'BL-1' }, v.as('reception'));
    expect(hit).toMatchObject({
      summary: { id: member.id },
      blockAlert: expect.objectContaining({ reason: '多次骚扰会员' }),
    });
    const [clean] = v.ok('desk.lookup', { q: 'BL-2' }, v.as('reception'));
    expect(clean).toMatchObject({ summary: { id: other.id }, blockAlert: null });
  });
});
