import { describe, expect, it } from 'vitest';
import type { Input } from '../../shared/contract';
import { listWhere, openListSql } from '../../electron/features/complaints/caseLists';
import { ZHANG_SAN, type Who } from '../helpers/clientFixtures';
import { localTime, shiftAtWork, shiftDesk, type ShiftDesk } from '../helpers/shiftFixtures';

type OpenInput = Input<'complaints.open'>;

const PHONE_CASE: OpenInput = {
  channel: 'phone',
  contactName: '李女士',
  callBackPhone: '13900001111',
  category: 'facility',
  severity: 'normal',
  summary: '女更衣室 3 号柜门坏了，一周没人修',
  clientWants: '尽快修好并道歉',
};

function desk() {
  const v = shiftDesk(localTime(10, 0));
  const open = (input: Partial<OpenInput> = {}, who: Who = 'reception') =>
    v.ok('complaints.open', { ...PHONE_CASE, ...input }, v.as(who));
  const row = (id: string) =>
    v.db().prepare('SELECT * FROM complaints WHERE id = ?').get(id) as Record<string, unknown>;
  const kinds = (id: string) =>
    v
      .db()
      .prepare('SELECT kind FROM complaint_events WHERE complaint_id = ? ORDER BY at, rowid')
      .pluck()
      .all(id) as string[];
  return { ...v, open, row, kinds };
}

function errorOf(v: ShiftDesk, ...args: Parameters<ShiftDesk['call']>) {
  const r = v.call(...args);
  if (r.ok) throw new Error(`${args[0]} succeeded`);
  return r.error;
}

describe('intake (投诉登记)', () => {
  it('numbers the day’s cases, makes the taker first receiver and owner, and starts the clock', () => {
    const v = desk();
    const client = v.ok('clients.create', ZHANG_SAN, v.as('reception'));
    const first = v.open({ channel: 'desk', clientId: client.id });
    const second = v.open({}, 'consultant');
    expect(first.number).toBe('TS-20261122-001');
    expect(second.number).toBe('TS-20261122-002');
    expect(first).toMatchObject({
      state: 'open',
      level: 0,
      ownerId: v.staffId('reception'),
      ownerName: '王芳',
      firstReceiverName: '王芳',
      clientName: '张三',
      receivedAt: localTime(10, 0),
    });
    expect(first.firstResponseDue).toBeGreaterThan(localTime(10, 0));
    expect(first.resolutionDue).toBeGreaterThanOrEqual(first.firstResponseDue!);
    expect(first.events.map((e) => [e.kind, e.state, e.byName])).toEqual([
      ['received', 'open', '王芳'],
    ]);
    expect(second.ownerId).toBe(v.staffId('consultant'));
    v.clock.ms = localTime(10, 0, 23);
    v.wake();
    expect(v.open().number).toBe('TS-20261123-001');
  });

  it('takes an anonymous complaint with a number to call back; an unreachable one names the field', () => {
    const v = desk();
    const anon = v.open({ contactName: undefined });
    expect(anon).toMatchObject({ clientId: null, callBackPhone: '13900001111', clientName: null });
    const missing = errorOf(
      v,
      'complaints.open',
      { ...PHONE_CASE, contactName: undefined, callBackPhone: undefined },
      v.as('reception'),
    );
    expect(missing.code).toBe('VALIDATION');
    expect(Object.keys(missing.fields ?? {})).toEqual(['callBackPhone']);
    // A letter may come without a sender.
    expect(
      v.open({ channel: 'letter', contactName: undefined, callBackPhone: undefined }).state,
    ).toBe('open');
  });

  it('accepts only a client file that exists, naming clientId otherwise', () => {
    const v = desk();
    const e = errorOf(
      v,
      'complaints.open',
      { ...PHONE_CASE, clientId: 'no-such-client' },
      v.as('reception'),
    );
    expect(e.code).toBe('VALIDATION');
    expect(Object.keys(e.fields ?? {})).toEqual(['clientId']);
    expect(v.db().prepare('SELECT count(*) FROM complaints').pluck().get()).toBe(0);
  });

  it('turns a shift-log complaint entry into a case once, linked both ways', () => {
    const v = desk();
    const shift = shiftAtWork(v, 'reception');
    const entry = v.ok(
      'shiftLog.add',
      { category: 'complaint', body: '会员投诉淋浴间没有热水' },
      v.as('reception'),
    );
    const other = v.ok(
      'shiftLog.add',
      { category: 'general', body: '前台打印机缺纸' },
      v.as('reception'),
    );
    const made = v.open({ logEntryId: entry.id, summary: entry.body });
    expect(made.logEntryId).toBe(entry.id);
    const log = v.ok('shiftLog.list', { shiftId: shift.id }, v.as('reception'));
    const shown = log.entries.find((e) => e.id === entry.id)!;
    expect([shown.complaintId, shown.complaintNumber]).toEqual([made.id, made.number]);
    expect(log.entries.find((e) => e.id === other.id)!.complaintId).toBeNull();

    const again = errorOf(
      v,
      'complaints.open',
      { ...PHONE_CASE, logEntryId: entry.id },
      v.as('reception'),
    );
    expect(again.code).toBe('CONFLICT');
    const general = errorOf(
      v,
      'complaints.open',
      { ...PHONE_CASE, logEntryId: other.id },
      v.as('reception'),
    );
    expect(general.code).toBe('VALIDATION');
    expect(Object.keys(general.fields ?? {})).toEqual(['logEntryId']);
  });
});

describe('首问负责制: the first receiver owns the case until a transfer is accepted', () => {
  it('pending and declined offers change nothing; an accepted one moves the ownership', () => {
    const v = desk();
    const c = v.open();
    const reception = v.staffId('reception');
    const consultant = v.staffId('consultant');
    let view = v.ok(
      'complaints.offerTransfer',
      { complaintId: c.id, toStaffId: consultant, reason: '会籍问题由顾问跟进' },
      v.as('reception'),
    );
    expect(view.ownerId).toBe(reception);
    expect(view.transferToName).toBe('刘洋');
    const offer = view.transfers[0]!;
    expect(v.ok('complaints.mine', undefined, v.as('consultant')).offered.map((x) => x.id)).toEqual(
      [c.id],
    );
    expect(
      v.ok('complaints.get', { complaintId: c.id }, v.as('consultant')).may.answerTransfer,
    ).toBe(true);
    // Only the colleague it is offered to answers; one offer at a time.
    expect(
      errorOf(
        v,
        'complaints.answerTransfer',
        { transferId: offer.id, accept: true },
        v.as('reception'),
      ).code,
    ).toBe('FORBIDDEN');
    const second = errorOf(
      v,
      'complaints.offerTransfer',
      { complaintId: c.id, toStaffId: v.staffId('duty'), reason: '换人' },
      v.as('reception'),
    );
    expect(second.code).toBe('CONFLICT');

    view = v.ok(
      'complaints.answerTransfer',
      { transferId: offer.id, accept: false, note: '我这周休假' },
      v.as('consultant'),
    );
    expect(view.ownerId).toBe(reception);
    expect(v.row(c.id).owner_id).toBe(reception);

    view = v.ok(
      'complaints.offerTransfer',
      { complaintId: c.id, toStaffId: consultant, reason: '再请你跟进' },
      v.as('reception'),
    );
    const again = view.transfers.find((t) => t.acceptedAt === null && t.declinedAt === null)!;
    view = v.ok(
      'complaints.answerTransfer',
      { transferId: again.id, accept: true },
      v.as('consultant'),
    );
    expect(view).toMatchObject({
      ownerId: consultant,
      ownerName: '刘洋',
      firstReceiverName: '王芳',
    });
    expect(v.kinds(c.id)).toEqual([
      'received',
      'transferOffered',
      'transferDeclined',
      'transferOffered',
      'transferAccepted',
    ]);
    // Answered offers stay answered; the former owner now only watches.
    expect(
      errorOf(
        v,
        'complaints.answerTransfer',
        { transferId: again.id, accept: true },
        v.as('consultant'),
      ).code,
    ).toBe('CONFLICT');
    expect(
      errorOf(v, 'complaints.addAction', { complaintId: c.id, body: '打电话' }, v.as('reception'))
        .code,
    ).toBe('FORBIDDEN');
    expect(v.ok('complaints.mine', undefined, v.as('consultant')).owned.map((x) => x.id)).toEqual([
      c.id,
    ]);
    expect(v.ok('complaints.mine', undefined, v.as('reception')).owned).toEqual([]);
  });

  it('only the owner or a manager offers the case', () => {
    const v = desk();
    const c = v.open();
    const e = errorOf(
      v,
      'complaints.offerTransfer',
      { complaintId: c.id, toStaffId: v.staffId('consultant'), reason: '我来接' },
      v.as('consultant'),
    );
    expect(e).toMatchObject({ code: 'FORBIDDEN', reason: 'complaints.notOwner' });
    v.ok(
      'complaints.offerTransfer',
      { complaintId: c.id, toStaffId: v.staffId('consultant'), reason: '经理安排' },
      v.as('duty'),
    );
  });
});

describe('who may handle a case', () => {
  it('the owner and managers; a colleague is refused with a reason and sees may.handle false', () => {
    const v = desk();
    const c = v.open();
    const refused = errorOf(
      v,
      'complaints.respond',
      { complaintId: c.id, body: '您好' },
      v.as('consultant'),
    );
    expect(refused).toMatchObject({ code: 'FORBIDDEN', reason: 'complaints.mayNotHandle' });
    expect(v.ok('complaints.get', { complaintId: c.id }, v.as('consultant')).may).toMatchObject({
      handle: false,
      transfer: false,
      readInternal: false,
    });
    expect(v.ok('complaints.get', { complaintId: c.id }, v.as('reception')).may.handle).toBe(true);
    const byDuty = v.ok(
      'complaints.addAction',
      { complaintId: c.id, body: '已联系工程部' },
      v.as('duty'),
    );
    expect(byDuty.events.at(-1)).toMatchObject({ kind: 'action', byName: '赵磊' });
  });
});

describe('the state loop', () => {
  function resolvedCase(v: ReturnType<typeof desk>) {
    const client = v.ok('clients.create', ZHANG_SAN, v.as('reception'));
    const c = v.open({ clientId: client.id, contactName: undefined, callBackPhone: undefined });
    v.clock.ms = localTime(10, 30);
    v.ok(
      'complaints.respond',
      { complaintId: c.id, body: '已致歉，今天内安排维修' },
      v.as('reception'),
    );
    v.ok('complaints.setPlan', { complaintId: c.id, plan: '工程部下午修柜门' }, v.as('reception'));
    const resolved = v.ok(
      'complaints.resolve',
      {
        complaintId: c.id,
        result: '柜门已修好，当面致歉',
        remedy: { kind: 'freeSession', sessions: 1 },
      },
      v.as('reception'),
    );
    return { c, resolved };
  }

  it('respond, wait and resume, resolve with a remedy and a follow-up call for the next open day', () => {
    const v = desk();
    const c = v.open();
    v.clock.ms = localTime(10, 20);
    let view = v.ok(
      'complaints.respond',
      { complaintId: c.id, body: '已回电致歉' },
      v.as('reception'),
    );
    expect(view).toMatchObject({ state: 'responded', respondedAt: localTime(10, 20) });
    const twice = errorOf(
      v,
      'complaints.respond',
      { complaintId: c.id, body: '再回复' },
      v.as('reception'),
    );
    expect(twice).toMatchObject({ code: 'CONFLICT', reason: 'complaints.wrongState' });
    view = v.ok(
      'complaints.wait',
      { complaintId: c.id, waiting: true, body: '等会员发照片' },
      v.as('reception'),
    );
    expect(view.state).toBe('waitingForClient');
    v.clock.ms = localTime(11, 0);
    view = v.ok('complaints.wait', { complaintId: c.id, waiting: false }, v.as('reception'));
    expect(view).toMatchObject({ state: 'responded', respondedAt: localTime(10, 20) });
    view = v.ok(
      'complaints.resolve',
      { complaintId: c.id, result: '已修好', remedy: { kind: 'money', cents: 5000 } },
      v.as('reception'),
    );
    expect(view).toMatchObject({
      state: 'resolved',
      resolvedAt: localTime(11, 0),
      result: '已修好',
      remedy: { kind: 'money', cents: 5000, sessions: null, days: null },
      deadlineState: 'done',
    });
    const call = v
      .db()
      .prepare('SELECT * FROM follow_up_calls WHERE complaint_id = ?')
      .all(c.id) as Record<string, unknown>[];
    expect(call).toHaveLength(1);
    expect(call[0]).toMatchObject({
      phone: '13900001111',
      due_day: '2026-11-23',
      assigned_to: v.staffId('reception'),
      client_id: null,
    });
    expect(view.followUps).toMatchObject([{ dueDay: '2026-11-23', outcome: null }]);
  });

  it('the follow-up goes to the client’s first phone, on the day and to the colleague named', () => {
    const v = desk();
    const client = v.ok('clients.create', ZHANG_SAN, v.as('reception'));
    const c = v.open({ clientId: client.id });
    const bad = errorOf(
      v,
      'complaints.resolve',
      { complaintId: c.id, result: '已处理', followUpBy: 'nobody' },
      v.as('reception'),
    );
    expect(bad.code).toBe('VALIDATION');
    expect(Object.keys(bad.fields ?? {})).toEqual(['followUpBy']);
    expect(v.row(c.id).state).toBe('open');
    v.ok(
      'complaints.resolve',
      {
        complaintId: c.id,
        result: '已处理',
        followUpOn: '2026-11-25',
        followUpBy: v.staffId('consultant'),
      },
      v.as('reception'),
    );
    expect(v.db().prepare('SELECT phone, due_day, assigned_to FROM follow_up_calls').get()).toEqual(
      { phone: '13812345678', due_day: '2026-11-25', assigned_to: v.staffId('consultant') },
    );
  });

  it('a score below 3 reopens the case with a fresh clock; 3 or more closes it', () => {
    const v = desk();
    const { c, resolved } = resolvedCase(v);
    const callId = resolved.followUps[0]!.callId;
    v.clock.ms = localTime(11, 0, 23);
    v.wake();
    v.ok(
      'followUps.record',
      { callId, outcome: 'reached', score: 2, note: '还是不满意' },
      v.as('reception'),
    );
    let view = v.ok('complaints.get', { complaintId: c.id }, v.as('reception'));
    expect(view).toMatchObject({
      state: 'open',
      level: 0,
      reopenedCount: 1,
      respondedAt: null,
      resolvedAt: null,
    });
    expect(view.firstResponseDue).toBeGreaterThan(localTime(11, 0, 23));
    expect(view.events.slice(-2).map((e) => [e.kind, e.state, e.body])).toEqual([
      ['followUp', null, '2/5 · 还是不满意'],
      ['reopened', 'open', '2/5'],
    ]);
    const detail = v
      .db()
      .prepare("SELECT detail FROM complaint_events WHERE complaint_id = ? AND kind = 'reopened'")
      .pluck()
      .get(c.id) as string;
    expect(JSON.parse(detail)).toEqual({ callId, score: 2 });
    expect(
      v.ok('complaints.list', { deadline: 'reopened' }, v.as('reception')).items.map((x) => x.id),
    ).toEqual([c.id]);

    v.ok('complaints.respond', { complaintId: c.id, body: '再次致歉' }, v.as('reception'));
    view = v.ok('complaints.resolve', { complaintId: c.id, result: '更换柜子' }, v.as('reception'));
    const next = view.followUps.find((f) => f.outcome === null)!;
    v.ok(
      'followUps.record',
      { callId: next.callId, outcome: 'reached', score: 4 },
      v.as('reception'),
    );
    view = v.ok('complaints.get', { complaintId: c.id }, v.as('reception'));
    expect(view).toMatchObject({
      state: 'closed',
      closedAt: localTime(11, 0, 23),
      reopenedCount: 1,
    });
    expect(view.may.handle).toBe(false);
    expect(
      errorOf(v, 'complaints.addAction', { complaintId: c.id, body: '补记' }, v.as('reception'))
        .code,
    ).toBe('CONFLICT');
    expect(v.ok('complaints.list', {}, v.as('reception')).items).toEqual([]);
    expect(v.ok('complaints.list', { scope: 'all' }, v.as('reception')).total).toBe(1);
  });
});

describe('list queries', () => {
  it('read open cases through the partial indexes of cases not closed', () => {
    const v = desk();
    const c = v.open();
    const plan = (f: Partial<Input<'complaints.list'>>, args: Record<string, unknown>) => {
      const filter = { scope: 'open', limit: 50, offset: 0, ...f } as Parameters<
        typeof openListSql
      >[0];
      const { sql } = listWhere(filter, 'receptionist');
      return (
        v
          .db()
          .prepare(`EXPLAIN QUERY PLAN ${openListSql(filter, sql)}`)
          .all(args) as { detail: string }[]
      )
        .map((r) => r.detail)
        .join(' | ');
    };
    expect(plan({}, {})).toMatch(/complaints_open_due/);
    expect(plan({ ownerId: 'x' }, { ownerId: 'x' })).toMatch(/complaints_open_owner/);
    expect(plan({ clientId: 'x' }, { clientId: 'x' })).toMatch(/complaints_client/);
    // And the list still answers through them.
    expect(
      v.ok('complaints.list', { ownerId: c.ownerId }, v.as('reception')).items.map((x) => x.id),
    ).toEqual([c.id]);
  });
});

describe('attachments in the vault', () => {
  it('reading one is audited; a file over 5 MB names its content', () => {
    const v = desk();
    const c = v.open();
    const png = Buffer.from('89504e470d0a1a0a0000', 'hex').toString('base64');
    const meta = v.ok(
      'complaints.attach',
      { complaintId: c.id, fileName: '柜门.png', mimeType: 'image/png', contentBase64: png },
      v.as('reception'),
    );
    expect(
      v.db().prepare('SELECT size, content FROM complaint_attachments WHERE id = ?').get(meta.id),
    ).toEqual({ size: 10, content: Buffer.from(png, 'base64') });
    v.ok('complaints.attachment', { complaintId: c.id, attachmentId: meta.id }, v.as('duty'));
    const audit = v
      .db()
      .prepare(
        "SELECT actor_name, target_type, target_id, detail FROM audit_log WHERE action = 'complaints.attachment'",
      )
      .all() as { actor_name: string; target_type: string; target_id: string; detail: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor_name: '赵磊',
      target_type: 'complaint',
      target_id: c.id,
    });
    expect(JSON.parse(audit[0]!.detail)).toMatchObject({ attachmentId: meta.id });

    const big = Buffer.alloc(5 * 1024 * 1024 + 1).toString('base64');
    const e = errorOf(
      v,
      'complaints.attach',
      { complaintId: c.id, fileName: '大图.jpg', mimeType: 'image/jpeg', contentBase64: big },
      v.as('reception'),
    );
    expect(e).toMatchObject({ code: 'VALIDATION', reason: 'complaints.attachmentTooLarge' });
    expect(Object.keys(e.fields ?? {})).toEqual(['contentBase64']);
  });
});
