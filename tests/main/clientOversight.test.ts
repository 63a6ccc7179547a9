import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unsealVaultKey } from '../../electron/vault/vaultKey';
import { PassphraseKeyProvider } from '../../electron/vault/keyProvider';
import { DB_FILE } from '../../electron/vault/vaultFile';
import { deskWithStaff, ZHANG_SAN } from '../helpers/clientFixtures';
import { decryptPages } from '../helpers/rawPages';
import { exportDirOf, TEST_KDF, TEST_PASSPHRASE } from '../helpers/testVault';

describe('reviews', () => {
  it('lists due and overdue reviews and moves the next date by grade when done', () => {
    const v = deskWithStaff();
    const f = v.ok('clients.create', { ...ZHANG_SAN, creditGrade: 'C' }, v.as('reception'));
    expect(v.ok('reviews.due', {}, v.as('reception'))).toEqual([]);
    v.clock.advance(40 * 86_400_000);
    v.wake();
    const due = v.ok('reviews.due', {}, v.as('reception'));
    expect(due).toEqual([
      expect.objectContaining({ kind: 'credit', dueOn: '2026-12-22', overdue: true }),
    ]);
    expect(
      v.call('reviews.complete', { clientId: f.id, kind: 'credit', grade: 'B' }, v.as('reception')),
    ).toMatchObject({
      error: { code: 'FORBIDDEN', reason: 'reviews.creditRole' },
    });
    const next = v.ok(
      'reviews.complete',
      { clientId: f.id, kind: 'credit', grade: 'B', note: '按时缴费' },
      v.as('duty'),
    );
    expect(next).toMatchObject({
      kind: 'credit',
      dueOn: '2027-04-01',
      overdue: false,
      client: { creditGrade: 'B' },
    });
    const file = v.ok('reviews.complete', { clientId: f.id, kind: 'file' }, v.as('reception'));
    expect(file).toMatchObject({ kind: 'file', dueOn: '2027-04-01' });
    const history = v.ok('clients.history', { id: f.id }, v.as('duty'));
    expect(history[0]).toMatchObject({
      field: 'creditGrade',
      oldValue: 'C',
      newValue: 'B',
      staffName: '赵磊',
    });
  });
});

type Desk = ReturnType<typeof deskWithStaff>;

/** Runs the export job to its end and gives the request as it then reads. */
async function runExport(v: Desk, id: string, who: Parameters<Desk['as']>[0]) {
  const { jobId } = v.ok('exports.run', { id }, v.as(who));
  expect(await v.core.jobs.whenEnded(jobId)).toMatchObject({ state: 'done' });
  return v.ok('exports.list', {}, v.as(who)).find((r) => r.id === id)!;
}

describe('export with approval', () => {
  it('a supervisor approves, never the requester; the file is written once', async () => {
    const v = deskWithStaff();
    const f = v.ok('clients.create', ZHANG_SAN, v.as('reception'));
    const req = v.ok(
      'exports.request',
      { clientIds: [f.id], format: 'csv', reason: '年度会员对账' },
      v.as('supervisor'),
    );
    expect(req).toMatchObject({ status: 'pending', needsAdmin: false, clientCount: 1 });
    expect(v.call('exports.run', { id: req.id }, v.as('supervisor'))).toMatchObject({
      error: { reason: 'exports.notApproved' },
    });
    expect(v.call('exports.approve', { id: req.id }, v.as('supervisor'))).toMatchObject({
      error: { reason: 'approval.ownRequest' },
    });
    expect(v.call('exports.approve', { id: req.id }, v.as('duty'))).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    expect(v.ok('exports.approve', { id: req.id }, v.as('admin'))).toMatchObject({
      status: 'approved',
      supervisorApprovedByName: '张伟',
    });
    const done = await runExport(v, req.id, 'supervisor');
    expect(done.status).toBe('exported');
    const csv = readFileSync(join(exportDirOf(v.dir), done.fileName!), 'utf8');
    expect(csv).toContain('张三');
    expect(csv).toContain('13812345678');
    expect(v.call('exports.run', { id: req.id }, v.as('supervisor'))).toMatchObject({
      error: { reason: 'exports.done' },
    });
    const steps = v
      .ok('audit.list', {}, v.as('admin'))
      .rows.filter((r) => r.outcome === 'ok' && r.action.startsWith('exports.'))
      .map((r) => r.action);
    expect(steps).toEqual([
      'exports.write.end',
      'exports.run',
      'exports.approve',
      'exports.request',
    ]);
  });

  it('绝密 content also needs an admin, and two different people', async () => {
    const v = deskWithStaff();
    const f = v.ok('clients.create', { ...ZHANG_SAN, secrecy: 'topSecret' }, v.as('admin'));
    const req = v.ok(
      'exports.request',
      { clientIds: [f.id], format: 'xlsx', reason: '法院调取' },
      v.as('duty'),
    );
    expect(req.needsAdmin).toBe(true);
    expect(v.ok('exports.approve', { id: req.id }, v.as('supervisor')).status).toBe('pending');
    expect(v.call('exports.approve', { id: req.id }, v.as('supervisor'))).toMatchObject({
      error: { reason: 'approval.already' },
    });
    expect(v.ok('exports.approve', { id: req.id }, v.as('admin'))).toMatchObject({
      status: 'approved',
      adminApprovedByName: '张伟',
    });
    const done = await runExport(v, req.id, 'duty');
    expect(
      readFileSync(join(exportDirOf(v.dir), done.fileName!))
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });
});

describe('destruction', () => {
  it('needs a supervisor and an admin, neither the requester, then leaves only a tombstone', () => {
    const v = deskWithStaff();
    const f = v.ok(
      'clients.create',
      { ...ZHANG_SAN, name: '欧阳娜娜', phones: ['13698765432'], notes: '独特的备注内容XYZZY' },
      v.as('reception'),
    );
    v.ok(
      'clients.update',
      { id: f.id, version: 1, address: '朝阳区建国路88号' },
      v.as('reception'),
    );
    v.ok(
      'clients.addDocument',
      {
        id: f.id,
        fileName: 'scan.pdf',
        mimeType: 'application/pdf',
        contentBase64: Buffer.from('%PDF 扫描件QWERTY').toString('base64'),
      },
      v.as('reception'),
    );
    const req = v.ok(
      'destruction.request',
      { clientId: f.id, reason: '会员注销满三年' },
      v.as('duty'),
    );
    expect(
      v.call('destruction.request', { clientId: f.id, reason: '重复申请' }, v.as('duty')),
    ).toMatchObject({ error: { reason: 'destruction.pending' } });
    expect(v.call('destruction.approve', { id: req.id }, v.as('duty'))).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    expect(v.ok('destruction.approve', { id: req.id }, v.as('supervisor')).status).toBe('pending');
    expect(v.call('destruction.approve', { id: req.id }, v.as('supervisor'))).toMatchObject({
      error: { reason: 'approval.already' },
    });
    const done = v.ok('destruction.approve', { id: req.id }, v.as('admin'));
    expect(done).toMatchObject({ status: 'destroyed', clientName: null });
    expect(v.call('clients.summary', { id: f.id }, v.as('admin'))).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
    expect(v.ok('clients.search', { q: 'oynn' }, v.as('admin'))).toEqual([]);
    expect(v.ok('destruction.tombstones', undefined, v.as('admin'))).toEqual([
      expect.objectContaining({
        clientId: f.id,
        reason: '会员注销满三年',
        requestedByName: '赵磊',
        approverNames: ['孙丽', '张伟'],
      }),
    ]);

    // Search the decrypted pages of the whole file, free pages included.
    v.close();
    const key = unsealVaultKey(v.dir, new PassphraseKeyProvider(TEST_PASSPHRASE, TEST_KDF));
    const plain = decryptPages(join(v.dir, DB_FILE), key);
    expect(plain.includes(Buffer.from('CREATE TABLE clients'))).toBe(true);
    for (const trace of [
      '欧阳娜娜',
      '13698765432',
      '独特的备注内容XYZZY',
      '朝阳区建国路88号',
      '扫描件QWERTY',
      'ouyangnana',
      '5432',
    ]) {
      expect(plain.includes(Buffer.from(trace)), trace).toBe(false);
    }
    expect(
      existsSync(join(v.dir, `${DB_FILE}-wal`))
        ? readFileSync(join(v.dir, `${DB_FILE}-wal`)).length
        : 0,
    ).toBe(0);
  });
});

describe('import', () => {
  const sheet = [
    ['姓名', '手机', '证件号码', '卡号', '会籍状态', '到期日期', '备注栏'],
    ['李雷', '13911112222', '11010519491231002X', 'IMP-1', '正常', '2027/3/1', 'x'],
    ['韩梅梅', '13933334444', '110105194912310021', 'IMP-2', '正常', '2027-03-01', ''],
    ['王五', '13955556666', '', 'IMP-1', '冻结', '', ''],
    ['赵六', '13977778888', '', 'VIP-0001', '正常', '', ''],
    ['', '', '', '', '', '', ''],
  ];

  it('previews per-row errors (a job) and imports every valid row at once', async () => {
    const v = deskWithStaff();
    v.ok('clients.create', ZHANG_SAN, v.as('reception'));
    const started = v.ok(
      'clients.importPreview',
      { fileName: 'members.csv', rows: sheet },
      v.as('duty'),
    );
    expect(await v.core.jobs.whenEnded(started.jobId)).toMatchObject({
      state: 'done',
      result: { valid: 1, invalid: 3 },
    });
    // The report is the starter's only.
    expect(
      v.call('clients.importPreviewResult', { jobId: started.jobId }, v.as('supervisor')),
    ).toMatchObject({ error: { code: 'NOT_FOUND' } });
    const preview = v.ok('clients.importPreviewResult', { jobId: started.jobId }, v.as('duty'));
    expect(preview).toMatchObject({ valid: 1, unknownColumns: ['备注栏'] });
    expect(preview.invalid.map((r) => [r.line, r.errors])).toEqual([
      [3, { idNumber: 'checksum' }],
      [4, { cardNumber: 'duplicate' }],
      [5, { cardNumber: 'duplicate' }],
    ]);
    expect(
      v.call('clients.importPreview', { fileName: 'm.csv', rows: sheet }, v.as('reception')),
    ).toMatchObject({ error: { code: 'FORBIDDEN' } });
    const { jobId } = v.ok(
      'clients.importCommit',
      { fileName: 'members.csv', rows: sheet },
      v.as('duty'),
    );
    expect(await v.core.jobs.whenEnded(jobId)).toMatchObject({
      state: 'done',
      result: { imported: 1, invalid: 3 },
    });
    expect(v.ok('clients.search', { q: '2222' }, v.as('reception'))[0]).toMatchObject({
      name: '李雷',
      expiresOn: '2027-03-01',
      status: 'active',
    });
  });
});

describe('desk search', () => {
  it('finds by card, full phone, last four digits, name, pinyin and initials', () => {
    const v = deskWithStaff();
    const a = v.ok('clients.create', ZHANG_SAN, v.as('reception')).id;
    const b = v.ok(
      'clients.create',
      { kind: 'person', name: '欧阳娜娜', phones: ['13600005678'], cardNumber: 'M-2002' },
      v.as('reception'),
    ).id;
    const c = v.ok(
      'clients.create',
      {
        kind: 'organisation',
        name: '阳光科技有限公司',
        contacts: [{ name: '周敏', phone: '13700009999' }],
      },
      v.as('reception'),
    ).id;
    const ids = (q: string) => v.ok('clients.search', { q }, v.as('reception')).map((s) => s.id);
    expect(ids('VIP-0001')).toEqual([a]);
    expect(ids('vip')).toEqual([a]);
    expect(ids('5678')).toEqual([a, b]);
    expect(ids('13812345678')).toEqual([a]);
    expect(ids('138')).toEqual([a]);
    expect(ids('张三')).toEqual([a]);
    expect(ids('zhangsan')).toEqual([a]);
    expect(ids('zs')).toEqual([a]);
    expect(ids('oynn')).toEqual([b]);
    expect(ids('nana')).toEqual([b]);
    expect(ids('科技')).toEqual([c]);
    expect(ids('zm')).toEqual([c]);
    expect(ids('9999')).toEqual([c]);
    expect(ids('nobody')).toEqual([]);
  });

  it('every probe is a range scan of the search index', () => {
    const v = deskWithStaff();
    const plan = (sql: string) =>
      (v.core.db!.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('a', 'b', 1) as { detail: string }[])
        .map((p) => p.detail)
        .join(' ');
    expect(
      plan('SELECT client_id FROM client_search WHERE term >= ? AND term < ? LIMIT ?'),
    ).toMatch(/SEARCH client_search USING PRIMARY KEY \(term>\? AND term<\?\)/);
    expect(readdirSync(v.dir)).toContain(DB_FILE);
  });
});
