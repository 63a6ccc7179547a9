import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { PERSON_DATA_KINDS } from '../../shared/contract/personDataViews';
import { MODULES } from '../../shared/domain/modules';
import { NEW_MEMBER_PLAN } from '../../shared/domain/followUpPlan';
import { withPrcCheckDigit } from '../../shared/domain/idNumber';
import { ERASED } from '../../shared/domain/redaction';
import { PassphraseKeyProvider } from '../../electron/vault/keyProvider';
import { unsealVaultKey } from '../../electron/vault/vaultKey';
import { DB_FILE } from '../../electron/vault/vaultFile';
import { STAFF } from '../helpers/clientFixtures';
import { handoverDesk, signOut } from '../helpers/handoverFixtures';
import { decryptPages } from '../helpers/rawPages';
import { localTime, shiftAtWork } from '../helpers/shiftFixtures';
import { exportDirOf, TEST_KDF, TEST_PASSPHRASE } from '../helpers/testVault';

const NAME = '欧阳娜娜';
const PHONE = '13698765432';
const ID_NUMBER = withPrcCheckDigit('11010519880512345');
const CARD = 'PD-0001';
const SIGNATURE = (() => {
  const body = Buffer.alloc(2_000, 0x5a);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(body);
  return `data:image/png;base64,${body.toString('base64')}`;
})();

/**
 * A desk where 欧阳娜娜 left a trace of every kind: her file, a visit with the tag still out
 * when the shift was signed over, a trial visit and a call under her phone, a message and a
 * log entry naming her, a complaint, a signed incident report, a waiver, a queue ticket, a
 * block-list entry by ID number and a follow-up plan.
 */
function personDesk() {
  const v = handoverDesk(localTime(9, 25));
  v.ok('settings.update', { modules: [...MODULES] }, v.as('admin'));
  const client = v.ok(
    'clients.create',
    {
      kind: 'person',
      name: NAME,
      gender: 'female',
      phones: [PHONE],
      idType: 'prcId',
      idNumber: ID_NUMBER,
      cardType: '年卡',
      cardNumber: CARD,
      membershipStart: '2026-01-01',
      membershipExpiry: '2027-12-31',
      membershipStatus: 'active',
    },
    v.as('reception'),
  );
  const shift = shiftAtWork(v);
  v.ok(
    'waivers.sign',
    { clientId: client.id, signerName: NAME, signatureDataUrl: SIGNATURE },
    v.as('reception'),
  );
  const checkIn = v.ok('desk.checkIn', { clientId: client.id }, v.as('reception')).checkIn;
  v.ok(
    'visitors.register',
    { name: NAME, phone: PHONE, scenario: 'A', trial: true },
    v.as('reception'),
  );
  v.ok(
    'calls.record',
    {
      callerName: NAME,
      callbackPhone: PHONE,
      purpose: '咨询私教课',
      appointment: false,
      route: 'message',
    },
    v.as('reception'),
  );
  v.ok('messages.send', { toStaffId: null, body: `${NAME}下午来取储物柜钥匙` }, v.as('reception'));
  v.ok('shiftLog.add', { category: 'vip', body: `${NAME}要求周六约私教` }, v.as('reception'));
  v.ok(
    'complaints.open',
    {
      channel: 'desk',
      clientId: client.id,
      category: 'service',
      severity: 'normal',
      summary: '淋浴间没有热水',
    },
    v.as('reception'),
  );
  const incident = v.ok(
    'incidents.record',
    {
      kind: 'injury',
      clientId: client.id,
      occurredAt: localTime(9, 20),
      place: '器械区',
      whatHappened: '跑步机上扭伤脚踝',
      injury: '脚踝扭伤',
      firstAid: '冰敷',
      hospitalEscort: false,
      costsCents: 0,
    },
    v.as('reception'),
  );
  v.ok(
    'incidents.sign',
    { incidentId: incident.id, signerName: NAME, signatureDataUrl: SIGNATURE },
    v.as('reception'),
  );
  v.ok('queue.take', { name: NAME, phone: PHONE, purpose: '办卡' }, v.as('reception'));
  v.ok(
    'blockList.add',
    { name: NAME, idNumber: ID_NUMBER, reason: '多次逃单' },
    v.as('supervisor'),
  );
  v.ok(
    'followUps.setPlan',
    { clientId: client.id, rule: NEW_MEMBER_PLAN, startsOn: '2026-11-22', assignedTo: null },
    v.as('reception'),
  );
  v.at(localTime(15, 50));
  const handover = signOut(v, shift.id);
  return { ...v, client, checkIn, handover };
}
type PersonDesk = ReturnType<typeof personDesk>;

const byFile = (v: PersonDesk) => ({ subject: { clientId: v.client.id }, reason: '本人书面申请' });

function counts(v: PersonDesk) {
  const view = v.ok('personData.find', byFile(v), v.as('supervisor'));
  return Object.fromEntries(view.groups.map((g) => [g.kind, g.count]));
}

/** What must stay after the person is gone: the handover's figures, signature and anchor. */
function kept(v: PersonDesk) {
  const h = v.ok('handover.get', { handoverId: v.handover.id }, v.as('supervisor'));
  return {
    figures: h.content.figures,
    cash: h.content.cash,
    outgoing: h.outgoing,
    auditHead: h.auditHead,
    tagsOut: h.content.openItems.tagsOut.length,
  };
}

function assertGoneFromPages(v: PersonDesk, also: string[] = []) {
  v.close();
  const key = unsealVaultKey(v.dir, new PassphraseKeyProvider(TEST_PASSPHRASE, TEST_KDF));
  const plain = decryptPages(join(v.dir, DB_FILE), key);
  expect(plain.includes(Buffer.from('CREATE TABLE handovers'))).toBe(true);
  for (const trace of [NAME, PHONE, ID_NUMBER, CARD, 'ouyangnana', '娜娜', ...also])
    expect(plain.includes(Buffer.from(trace)), trace).toBe(false);
}

describe('a person’s data on request (个人信息查阅、复制、删除)', () => {
  it('finds every kind of record held about the person, audited as a sensitive read', () => {
    const v = personDesk();
    const found = counts(v);
    for (const kind of PERSON_DATA_KINDS) expect(found[kind], kind).toBeGreaterThan(0);
    expect(found).toMatchObject({
      clientFile: 1,
      checkIns: 1,
      visitors: 1,
      calls: 1,
      handovers: 1,
    });
    // The same person without a file: by name and phone.
    const typed = v.ok(
      'personData.find',
      { subject: { name: NAME, phone: PHONE }, reason: '来电要求查询' },
      v.as('admin'),
    );
    const typedCounts = Object.fromEntries(typed.groups.map((g) => [g.kind, g.count]));
    expect(typedCounts).toMatchObject({ clientFile: 1, visitors: 1, calls: 1, queueTickets: 1 });
    expect(typed.groups.find((g) => g.kind === 'clientFile')!.items[0]).toMatchObject({
      label: 'clientFile.match',
      ref: CARD,
    });
    expect(JSON.stringify(typed.subject)).not.toContain(PHONE);
    const audit = v
      .ok('audit.list', {}, v.as('admin'))
      .rows.filter((r) => r.action === 'personData.find');
    expect(audit).toHaveLength(2);
    const stored = v
      .db()
      .prepare("SELECT detail FROM audit_log WHERE action LIKE 'personData.%'")
      .pluck()
      .all();
    expect(JSON.stringify(stored)).not.toContain(NAME);
    const access = v.ok('access.list', { clientId: v.client.id }, v.as('admin'));
    expect(access.rows.some((r) => r.kind === 'open' && r.reason === '本人书面申请')).toBe(true);
    // Who may: supervisor and admin only; a missing phone names the field.
    expect(v.call('personData.find', byFile(v), v.as('duty'))).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    expect(
      v.call('personData.find', { subject: { name: NAME }, reason: '来电要求查询' }, v.as('admin')),
    ).toMatchObject({
      error: { code: 'VALIDATION', fields: { 'subject.phone': expect.any(String) } },
    });
  });

  it('exports it for them with a supervisor’s approval, never the requester’s, read back as Excel', async () => {
    const v = personDesk();
    const req = v.ok('personData.request', { kind: 'export', ...byFile(v) }, v.as('supervisor'));
    expect(req).toMatchObject({ status: 'pending', needsAdmin: false, subjectName: NAME });
    expect(v.call('personData.export', { id: req.id }, v.as('supervisor'))).toMatchObject({
      error: { reason: 'exports.notApproved' },
    });
    expect(v.call('personData.approve', { id: req.id }, v.as('supervisor'))).toMatchObject({
      error: { reason: 'approval.ownRequest' },
    });
    expect(v.ok('personData.approve', { id: req.id }, v.as('admin')).status).toBe('approved');
    const { jobId } = v.ok('personData.export', { id: req.id }, v.as('supervisor'));
    expect(await v.core.jobs.whenEnded(jobId)).toMatchObject({ state: 'done' });
    const done = v
      .ok('personData.requests', undefined, v.as('admin'))
      .find((r) => r.id === req.id)!;
    expect(done).toMatchObject({ status: 'exported', subjectName: null });
    const file = join(exportDirOf(v.dir), done.fileName!);
    const sheets = await readXlsxFile(readFileSync(file));
    const summary = sheets.find((s) => s.sheet === '概要')!.data;
    expect(summary[0]).toEqual(['类别', '数量']);
    expect(summary).toContainEqual(['到店记录', 1]);
    expect(summary).toContainEqual(['投诉', 1]);
    const fileSheet = sheets.find((s) => s.sheet === '客户档案')!.data;
    expect(fileSheet).toContainEqual(['姓名', NAME]);
    expect(fileSheet).toContainEqual(['证件号码', ID_NUMBER]);
    expect(sheets.find((s) => s.sheet === '来电登记')!.data[1]).toContain('call');
    const end = v
      .ok('audit.list', {}, v.as('admin'))
      .rows.find((r) => r.action === 'personData.export.end');
    expect(JSON.stringify(end)).not.toContain(NAME);
  });

  it('an export of a 绝密 file also needs an admin', () => {
    const v = personDesk();
    v.ok(
      'clients.setSecrecy',
      { id: v.client.id, level: 'topSecret', until: null, reason: '诉讼' },
      v.as('admin'),
    );
    const req = v.ok('personData.request', { kind: 'export', ...byFile(v) }, v.as('supervisor'));
    expect(req.needsAdmin).toBe(true);
    v.ok(
      'staff.create',
      { username: 'zhoujie', displayName: '周杰', role: 'supervisor', pin: '135792' },
      v.as('admin'),
    );
    v.login('zhoujie', '135792', 'desk-sup2');
    expect(v.ok('personData.approve', { id: req.id }, 'desk-sup2').status).toBe('pending');
    expect(v.ok('personData.approve', { id: req.id }, v.as('admin')).status).toBe('approved');
  });

  it('erases with a supervisor and an admin, neither the requester; figures, signature and anchors stay', () => {
    const v = personDesk();
    const before = kept(v);
    expect(
      v.ok('handover.get', { handoverId: v.handover.id }, v.as('admin')).content.openItems
        .tagsOut[0]!.name,
    ).toBe(NAME);
    // The duty manager takes the member's written request; supervisor and admin decide.
    const req = v.ok('personData.request', { kind: 'erase', ...byFile(v) }, v.as('duty'));
    expect(v.call('personData.approve', { id: req.id }, v.as('duty'))).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    expect(req.needsAdmin).toBe(true);
    expect(
      v.call('personData.request', { kind: 'erase', ...byFile(v) }, v.as('supervisor')),
    ).toMatchObject({
      error: { reason: 'personData.pending' },
    });
    expect(v.ok('personData.approve', { id: req.id }, v.as('supervisor')).status).toBe('pending');
    // A second supervisor is not the admin the erasure needs.
    expect(v.call('personData.approve', { id: req.id }, v.as('supervisor'))).toMatchObject({
      error: { reason: 'approval.already' },
    });
    const done = v.ok('personData.approve', { id: req.id }, v.as('admin'));
    expect(done).toMatchObject({ status: 'erased', subjectName: null });
    expect(done.erasedCounts).toMatchObject({ clientFile: 1, visitors: 1, calls: 1, handovers: 1 });
    expect(v.call('clients.summary', { id: v.client.id }, v.as('admin'))).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
    const after = v.ok('handover.get', { handoverId: v.handover.id }, v.as('supervisor'));
    expect(after.content.openItems.tagsOut[0]!.name).toBe(ERASED);
    expect(after.redactions).toEqual([
      { at: v.clock.ms, source: 'erasure', fields: expect.any(Number) },
    ]);
    expect(kept(v)).toEqual(before);
    expect(v.ok('audit.verify', undefined, v.as('admin'))).toMatchObject({
      intact: true,
      firstBreak: null,
      anchorsChecked: 1,
    });
    expect(v.ok('destruction.tombstones', undefined, v.as('admin'))[0]).toMatchObject({
      clientId: v.client.id,
      approverNames: ['孙丽', '张伟'],
    });
    const typed = v.ok(
      'personData.find',
      { subject: { name: NAME, phone: PHONE }, reason: '核对删除结果' },
      v.as('admin'),
    );
    expect(typed.total).toBe(0);
    assertGoneFromPages(v);
  });

  it('a client-file destruction also redacts the person from signed handovers and every record', () => {
    const v = personDesk();
    const before = kept(v);
    const req = v.ok(
      'destruction.request',
      { clientId: v.client.id, reason: '会员注销满三年' },
      v.as('duty'),
    );
    v.ok('destruction.approve', { id: req.id }, v.as('supervisor'));
    v.ok('destruction.approve', { id: req.id }, v.as('admin'));
    const after = v.ok('handover.get', { handoverId: v.handover.id }, v.as('supervisor'));
    expect(after.content.openItems.tagsOut[0]!.name).toBe(ERASED);
    expect(after.redactions![0]).toMatchObject({ source: 'destruction' });
    expect(kept(v)).toEqual(before);
    expect(v.ok('audit.verify', undefined, v.as('admin'))).toMatchObject({
      intact: true,
      firstBreak: null,
      anchorsChecked: 1,
    });
    const redact = v
      .ok('audit.list', {}, v.as('admin'))
      .rows.find((r) => r.action === 'handover.redact')!;
    expect(redact).toMatchObject({ targetType: 'handover', targetId: v.handover.id });
    assertGoneFromPages(v);
  });

  it('a file renamed after the handover was signed: the former name goes too', () => {
    const v = personDesk();
    const version = v
      .db()
      .prepare('SELECT version FROM clients WHERE id = ?')
      .pluck()
      .get(v.client.id) as number;
    v.ok('clients.update', { id: v.client.id, version, name: '欧阳玲' }, v.as('reception'));
    const found = counts(v);
    // The incident's own log entry names the person as well as the VIP note.
    expect(found).toMatchObject({ messages: 1, handovers: 1, logEntries: 2 });
    const req = v.ok(
      'destruction.request',
      { clientId: v.client.id, reason: '会员注销满三年' },
      v.as('duty'),
    );
    v.ok('destruction.approve', { id: req.id }, v.as('supervisor'));
    v.ok('destruction.approve', { id: req.id }, v.as('admin'));
    expect(v.ok('audit.verify', undefined, v.as('admin'))).toMatchObject({ intact: true });
    assertGoneFromPages(v, ['欧阳玲']);
  });

  it('a rejected request keeps who, when and why, not whom', () => {
    const v = personDesk();
    const req = v.ok(
      'personData.request',
      { kind: 'erase', subject: { name: NAME, phone: PHONE }, reason: '本人电话申请' },
      v.as('supervisor'),
    );
    expect(req).toMatchObject({ clientId: null, subjectName: NAME });
    const rejected = v.ok('personData.reject', { id: req.id, note: '身份未核实' }, v.as('admin'));
    expect(rejected).toMatchObject({
      status: 'rejected',
      subjectName: null,
      rejectNote: '身份未核实',
    });
    const stored = v
      .db()
      .prepare('SELECT subject FROM person_requests WHERE id = ?')
      .pluck()
      .get(req.id);
    expect(stored).toBeNull();
    expect(v.call('personData.approve', { id: req.id }, v.as('admin2'))).toMatchObject({
      error: { reason: 'approval.decided' },
    });
    expect(STAFF.supervisor.displayName).toBe('孙丽');
    // A duty manager files requests and sees their own, never the others' or a find.
    const mine = v.ok('personData.request', { kind: 'export', ...byFile(v) }, v.as('duty'));
    expect(v.ok('personData.requests', undefined, v.as('duty')).map((r) => r.id)).toEqual([
      mine.id,
    ]);
    expect(v.ok('personData.requests', undefined, v.as('admin'))).toHaveLength(2);
    expect(v.call('personData.find', byFile(v), v.as('duty'))).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
  });
});
