import { describe, expect, it } from 'vitest';
import type { Input } from '../../shared/contract';
import { ZHANG_SAN } from '../helpers/clientFixtures';
import { at, complaintDesk, HOUR } from '../helpers/complaintFixtures';
import { signOut, takeOver } from '../helpers/handoverFixtures';
import { shiftAtWork, shiftDesk } from '../helpers/shiftFixtures';

const DAY = '2026-11-23';

const PHONE_CASE: Input<'complaints.open'> = {
  channel: 'phone',
  contactName: '李女士',
  callBackPhone: '13900001111',
  category: 'hygiene',
  severity: 'normal',
  summary: '女更衣室淋浴间地漏堵塞，积水两天无人处理',
  clientWants: '今天内修好并回电',
};

function desk() {
  const v = complaintDesk(at(DAY, 10));
  const open = (who: Parameters<typeof v.as>[0], input: Input<'complaints.open'> = PHONE_CASE) =>
    v.ok('complaints.open', input, v.as(who));
  return { ...v, open };
}

function followUpCallOf(v: ReturnType<typeof desk>, complaintId: string) {
  return v
    .db()
    .prepare('SELECT * FROM follow_up_calls WHERE complaint_id = ? ORDER BY created_at DESC')
    .get(complaintId) as { id: string; assigned_to: string; due_day: string; phone: string };
}

describe('complaint intake (投诉登记)', () => {
  it('makes whoever takes it the first receiver and owner, numbered by the day', () => {
    const v = desk();
    const a = v.open('reception');
    const b = v.open('consultant', { ...PHONE_CASE, channel: 'desk' });
    expect(a.number).toBe('TS-20261123-001');
    expect(b.number).toBe('TS-20261123-002');
    expect(a).toMatchObject({
      state: 'open',
      level: 0,
      ownerId: v.staffId('reception'),
      ownerName: '王芳',
      firstReceiverName: '王芳',
      clientName: '李女士',
      deadlineState: 'onTime',
    });
    // Normal severity: first response within 24 opening hours, counted from 10:00.
    expect(a.firstResponseDue).not.toBeNull();
    expect(a.events.map((e) => e.kind)).toEqual(['received']);
    expect(a.may).toMatchObject({ handle: true, transfer: true, readInternal: false });
  });

  it('takes a client from the files, and refuses a phone case nobody can be called back on', () => {
    const v = desk();
    const client = v.ok('clients.create', ZHANG_SAN, v.as('reception'));
    const c = v.open('reception', {
      channel: 'desk',
      clientId: client.id,
      category: 'staff',
      severity: 'high',
      summary: '教练上课迟到二十分钟',
    });
    expect(c.clientName).toBe('张三');
    const anon = v.call(
      'complaints.open',
      { channel: 'phone', category: 'other', severity: 'low', summary: '匿名' },
      v.as('reception'),
    );
    expect(anon).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(anon.ok === false && anon.error.fields).toHaveProperty('callBackPhone');
    const unknown = v.call(
      'complaints.open',
      { ...PHONE_CASE, clientId: 'no-such-client' },
      v.as('reception'),
    );
    expect(unknown.ok === false && unknown.error.fields).toHaveProperty('clientId');
    expect(v.db().prepare('SELECT count(*) FROM complaints').pluck().get()).toBe(1);
  });
});

describe('首问负责制: ownership', () => {
  it('stays with the first receiver until the offered colleague accepts', () => {
    const v = desk();
    const c = v.open('reception');
    const offered = v.ok(
      'complaints.offerTransfer',
      { complaintId: c.id, toStaffId: v.staffId('consultant'), reason: '会员的顾问跟进' },
      v.as('reception'),
    );
    expect(offered.ownerId).toBe(v.staffId('reception'));
    expect(offered.transferToName).toBe('刘洋');
    // A second offer while one waits, or an answer from someone else, is refused.
    expect(
      v.call(
        'complaints.offerTransfer',
        { complaintId: c.id, toStaffId: v.staffId('duty'), reason: '换人处理' },
        v.as('reception'),
      ),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const transferId = offered.transfers[0]!.id;
    expect(
      v.call('complaints.answerTransfer', { transferId, accept: true }, v.as('duty')),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const declined = v.ok(
      'complaints.answerTransfer',
      { transferId, accept: false, note: '今天不在店' },
      v.as('consultant'),
    );
    expect(declined.ownerId).toBe(v.staffId('reception'));
    const again = v.ok(
      'complaints.offerTransfer',
      { complaintId: c.id, toStaffId: v.staffId('consultant'), reason: '明天再跟进' },
      v.as('reception'),
    );
    const accepted = v.ok(
      'complaints.answerTransfer',
      { transferId: again.transfers[1]!.id, accept: true },
      v.as('consultant'),
    );
    expect(accepted.ownerId).toBe(v.staffId('consultant'));
    expect(accepted.firstReceiverName).toBe('王芳');
    expect(accepted.events.map((e) => e.kind)).toEqual([
      'received',
      'transferOffered',
      'transferDeclined',
      'transferOffered',
      'transferAccepted',
    ]);
    // The former owner no longer handles it; the new owner does.
    expect(
      v.call('complaints.addAction', { complaintId: c.id, body: '已致电' }, v.as('reception')),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    v.ok('complaints.addAction', { complaintId: c.id, body: '已致电' }, v.as('consultant'));
  });

  it('tells the offered colleague and, on the answer, the one who offered', () => {
    const v = desk();
    const c = v.open('reception');
    v.events.length = 0;
    const offered = v.ok(
      'complaints.offerTransfer',
      { complaintId: c.id, toStaffId: v.staffId('consultant'), reason: '会员的顾问跟进' },
      v.as('reception'),
    );
    const notices = () =>
      v.events.filter((e) => e.event === 'notice.raised').map((e) => [e.clientId, e.payload]);
    expect(notices()).toEqual([
      ['desk-consultant', expect.objectContaining({ kind: 'complaintOffered', number: c.number })],
    ]);
    v.events.length = 0;
    v.ok(
      'complaints.answerTransfer',
      { transferId: offered.transfers[0]!.id, accept: true },
      v.as('consultant'),
    );
    expect(notices()).toEqual([
      [
        'desk-reception',
        expect.objectContaining({ kind: 'complaintTransferAnswered', accepted: true }),
      ],
    ]);
  });
});

describe('handling, resolving and the follow-up score', () => {
  it('runs respond → wait → resume → resolve, refusing steps out of order', () => {
    const v = desk();
    const c = v.open('reception');
    const as = v.as('reception');
    expect(v.call('complaints.wait', { complaintId: c.id, waiting: false }, as)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    v.clock.advance(HOUR);
    const r = v.ok('complaints.respond', { complaintId: c.id, body: '已道歉，工程部下午处理' }, as);
    expect(r).toMatchObject({ state: 'responded', respondedAt: at(DAY, 11) });
    v.ok('complaints.setPlan', { complaintId: c.id, plan: '工程部疏通地漏，前台回电确认' }, as);
    const waiting = v.ok('complaints.wait', { complaintId: c.id, waiting: true }, as);
    expect(waiting.state).toBe('waitingForClient');
    // Normal level pauses while waiting: no deadline runs.
    expect(waiting.deadlineState).toBe('paused');
    expect(v.ok('complaints.wait', { complaintId: c.id, waiting: false }, as).state).toBe(
      'responded',
    );
    const resolved = v.ok(
      'complaints.resolve',
      {
        complaintId: c.id,
        result: '地漏已疏通',
        remedy: { kind: 'freeSession', sessions: 1 },
      },
      as,
    );
    expect(resolved).toMatchObject({
      state: 'resolved',
      result: '地漏已疏通',
      remedy: { kind: 'freeSession', sessions: 1, cents: null },
      deadlineState: 'done',
    });
    // The follow-up call (回访) is on the owner's list for the next open day, to the number given.
    const call = followUpCallOf(v, c.id);
    expect(call).toMatchObject({
      assigned_to: v.staffId('reception'),
      due_day: '2026-11-24',
      phone: '13900001111',
    });
    expect(resolved.followUps).toHaveLength(1);
  });

  it('closes on a satisfied score and reopens (clock restarted, level 0) below it', () => {
    const v = desk();
    const as = v.as('reception');
    const c = v.open('reception');
    v.ok('complaints.escalate', { complaintId: c.id, reason: '客户要求经理处理' }, as);
    v.ok('complaints.resolve', { complaintId: c.id, result: '已修好' }, as);
    v.clock.ms = at('2026-11-24', 10);
    v.wake();
    const first = followUpCallOf(v, c.id);
    v.ok('followUps.record', { callId: first.id, outcome: 'reached', score: 2 }, as);
    const reopened = v.ok('complaints.get', { complaintId: c.id }, as);
    expect(reopened).toMatchObject({
      state: 'open',
      level: 0,
      reopenedCount: 1,
      respondedAt: null,
    });
    expect(reopened.events.at(-1)).toMatchObject({ kind: 'reopened', state: 'open' });
    // The clock runs again from the reopening, not from the first intake.
    expect(reopened.firstResponseDue!).toBeGreaterThan(c.firstResponseDue!);
    expect(reopened.clockFrom).toBe(at('2026-11-24', 10));
    expect(c.clockFrom).toBe(c.receivedAt);
    v.ok('complaints.resolve', { complaintId: c.id, result: '更换地漏盖板' }, as);
    v.clock.ms = at('2026-11-25', 10);
    v.wake();
    const second = followUpCallOf(v, c.id);
    v.ok('followUps.record', { callId: second.id, outcome: 'reached', score: 4 }, as);
    const closed = v.ok('complaints.get', { complaintId: c.id }, as);
    expect(closed.state).toBe('closed');
    expect(closed.may.handle).toBe(false);
  });

  it('keeps money remedies in cents and asks for the amount', () => {
    const v = desk();
    const c = v.open('reception');
    const bad = v.call(
      'complaints.resolve',
      { complaintId: c.id, result: '退款', remedy: { kind: 'money' } },
      v.as('reception'),
    );
    expect(bad.ok === false && bad.error.fields).toHaveProperty(['remedy.cents']);
    const ok = v.ok(
      'complaints.resolve',
      { complaintId: c.id, result: '退款', remedy: { kind: 'money', cents: 5000 } },
      v.as('reception'),
    );
    expect(ok.remedy).toMatchObject({ kind: 'money', cents: 5000 });
  });
});

describe('内部备注: the internal note never leaves main for the desk', () => {
  it('is absent from a receptionist’s view and search, present for a supervisor', () => {
    const v = desk();
    const c = v.open('reception');
    v.ok(
      'complaints.addInternalNote',
      { complaintId: c.id, body: '保洁班组长漏排班，责任在孙某' },
      v.as('supervisor'),
    );
    expect(
      v.call('complaints.addInternalNote', { complaintId: c.id, body: 'x' }, v.as('reception')),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const desk_ = v.ok('complaints.get', { complaintId: c.id }, v.as('reception'));
    expect(desk_.internalNotes).toBeNull();
    expect(JSON.stringify(desk_)).not.toContain('漏排班');
    const boss = v.ok('complaints.get', { complaintId: c.id }, v.as('supervisor'));
    expect(boss.internalNotes).toEqual([
      expect.objectContaining({ body: '保洁班组长漏排班，责任在孙某' }),
    ]);
    const search = (who: 'reception' | 'duty' | 'supervisor') =>
      v.ok('complaints.list', { scope: 'all', query: '漏排班' }, v.as(who)).total;
    expect(search('reception')).toBe(0);
    expect(search('duty')).toBe(0);
    expect(search('supervisor')).toBe(1);
    // Ordinary text is found by everyone.
    expect(v.ok('complaints.list', { query: '地漏' }, v.as('reception')).total).toBe(1);
  });
});

describe('lists and my cases', () => {
  it('lists open cases by the deadline that matters, filters, and pages', () => {
    const v = desk();
    const low = v.open('reception', { ...PHONE_CASE, severity: 'low' });
    const critical = v.open('reception', {
      ...PHONE_CASE,
      severity: 'critical',
      category: 'safety',
    });
    const list = v.ok('complaints.list', {}, v.as('duty'));
    expect(list.items.map((i) => i.id)).toEqual([critical.id, low.id]);
    expect(v.ok('complaints.list', { category: 'safety' }, v.as('duty')).total).toBe(1);
    expect(v.ok('complaints.list', { limit: 1, offset: 1 }, v.as('duty')).items[0]!.id).toBe(
      low.id,
    );
    // Critical: first response within 60 minutes by the clock.
    v.clock.advance(90 * 60_000);
    expect(
      v.ok('complaints.list', { deadline: 'overdue' }, v.as('duty')).items.map((i) => i.id),
    ).toEqual([critical.id]);
  });

  it('shows mine, offered to me and escalated to my level', () => {
    const v = desk();
    const c = v.open('reception');
    v.ok(
      'complaints.offerTransfer',
      { complaintId: c.id, toStaffId: v.staffId('consultant'), reason: '顾问跟进' },
      v.as('reception'),
    );
    v.ok('complaints.escalate', { complaintId: c.id, reason: '客户情绪激动' }, v.as('reception'));
    expect(v.ok('complaints.mine', undefined, v.as('reception')).owned).toHaveLength(1);
    expect(v.ok('complaints.mine', undefined, v.as('consultant')).offered).toHaveLength(1);
    expect(v.ok('complaints.mine', undefined, v.as('duty')).escalatedToMe).toHaveLength(1);
    expect(v.ok('complaints.mine', undefined, v.as('supervisor')).escalatedToMe).toHaveLength(0);
  });
});

describe('attachments', () => {
  it('keeps a photo in the vault and refuses other types', () => {
    const v = desk();
    const c = v.open('reception');
    const png = Buffer.from('89504e470d0a1a0a', 'hex').toString('base64');
    const meta = v.ok(
      'complaints.attach',
      { complaintId: c.id, fileName: '地漏.png', mimeType: 'image/png', contentBase64: png },
      v.as('reception'),
    );
    expect(
      v.ok('complaints.attachment', { complaintId: c.id, attachmentId: meta.id }, v.as('duty')),
    ).toEqual({ fileName: '地漏.png', mimeType: 'image/png', contentBase64: png });
    const bad = v.call(
      'complaints.attach',
      {
        complaintId: c.id,
        fileName: 'x.exe',
        mimeType: 'application/x-msdownload',
        contentBase64: png,
      },
      v.as('reception'),
    );
    expect(bad.ok === false && bad.error.fields).toHaveProperty('mimeType');
  });
});

describe('the shift log and the handover', () => {
  it('turns a complaint entry into a case, linked both ways, once', () => {
    const v = shiftDesk();
    shiftAtWork(v);
    const entry = v.ok(
      'shiftLog.add',
      { category: 'complaint', body: '会员投诉空调太冷', followUp: {} },
      v.as('reception'),
    );
    const c = v.ok(
      'complaints.open',
      { ...PHONE_CASE, summary: entry.body, logEntryId: entry.id },
      v.as('reception'),
    );
    expect(c.logEntryId).toBe(entry.id);
    const log = v.ok('shiftLog.list', undefined, v.as('reception'));
    expect(log.entries.find((e) => e.id === entry.id)).toMatchObject({
      complaintId: c.id,
      complaintNumber: c.number,
    });
    // The case travels from now on; the entry's own follow-up is done, naming the case.
    expect(log.entries.find((e) => e.id === entry.id)!.followUp).toMatchObject({
      doneNote: c.number,
    });
    expect(
      v.call('complaints.open', { ...PHONE_CASE, logEntryId: entry.id }, v.as('reception')),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const general = v.ok(
      'shiftLog.add',
      { category: 'general', body: '一切正常' },
      v.as('reception'),
    );
    const wrong = v.call(
      'complaints.open',
      { ...PHONE_CASE, logEntryId: general.id },
      v.as('reception'),
    );
    expect(wrong.ok === false && wrong.error.fields).toHaveProperty('logEntryId');
  });

  it('carries an open case into every handover until it is closed', () => {
    const v = shiftDesk();
    const morning = shiftAtWork(v);
    const c = v.ok('complaints.open', PHONE_CASE, v.as('reception'));
    const first = signOut(v, morning.id);
    expect(first.content.openItems.complaints).toEqual([
      expect.objectContaining({ id: c.id, number: c.number, state: 'open', ownerName: '王芳' }),
    ]);
    const evening = takeOver(v, first, 'duty', '晚班');
    v.ok('complaints.resolve', { complaintId: c.id, result: '已修好' }, v.as('reception'));
    const second = signOut(v, evening.id, 'duty');
    // Resolved but not yet closed by its follow-up call: still carried.
    expect(second.content.openItems.complaints).toEqual([
      expect.objectContaining({ id: c.id, state: 'resolved', deadlineState: 'done' }),
    ]);
    const call = v
      .db()
      .prepare('SELECT id FROM follow_up_calls WHERE complaint_id = ?')
      .pluck()
      .get(c.id) as string;
    const next = takeOver(v, second, 'reception', '早班');
    v.ok('followUps.record', { callId: call, outcome: 'reached', score: 5 }, v.as('reception'));
    const third = signOut(v, next.id);
    expect(third.content.openItems.complaints).toEqual([]);
  });
});
