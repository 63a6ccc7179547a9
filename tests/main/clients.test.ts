import { describe, expect, it } from 'vitest';
import { withPrcCheckDigit } from '../../shared/domain/idNumber';
import { deskWithStaff, ZHANG_SAN } from '../helpers/clientFixtures';

describe('client files', () => {
  it('creates a file with masked phone and ID, review dates and a history-free start', () => {
    const v = deskWithStaff();
    const file = v.ok('clients.create', ZHANG_SAN, v.as('reception'));
    expect(file).toMatchObject({
      name: '张三',
      phonesMasked: ['138****5678'],
      idNumberMasked: '110105********' + ZHANG_SAN.idNumber!.slice(-4),
      status: 'active',
      creditGrade: 'A',
      fileReviewDue: '2027-02-22',
      creditReviewDue: '2027-05-22',
      version: 1,
    });
    expect(JSON.stringify(file)).not.toContain('13812345678');
    expect(JSON.stringify(file)).not.toContain(ZHANG_SAN.idNumber);
  });

  it('refuses a PRC ID with a wrong check digit, naming the field', () => {
    const v = deskWithStaff();
    const bad = v.call(
      'clients.create',
      { ...ZHANG_SAN, idNumber: '110105199003071230' },
      v.as('reception'),
    );
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { idNumber: 'checksum' } },
    });
  });

  it('card numbers are unique', () => {
    const v = deskWithStaff();
    v.ok('clients.create', ZHANG_SAN, v.as('reception'));
    const dup = v.call(
      'clients.create',
      { ...ZHANG_SAN, name: '李四', cardNumber: 'vip-0001' },
      v.as('reception'),
    );
    expect(dup).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fields: { cardNumber: 'duplicate' } },
    });
  });

  it('edits keep a history of who changed what, old → new, with phones still masked', () => {
    const v = deskWithStaff();
    const f = v.ok('clients.create', ZHANG_SAN, v.as('reception'));
    v.clock.advance(60_000);
    const g = v.ok(
      'clients.update',
      { id: f.id, version: 1, phones: ['13900001111'], membershipStatus: 'frozen' },
      v.as('consultant'),
    );
    expect(g).toMatchObject({ version: 2, status: 'frozen', phonesMasked: ['139****1111'] });
    const history = v.ok('clients.history', { id: f.id }, v.as('reception'));
    expect(history).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          staffName: '刘洋',
          field: 'phones',
          oldValue: '138****5678',
          newValue: '139****1111',
        }),
        expect.objectContaining({
          field: 'membershipStatus',
          oldValue: 'active',
          newValue: 'frozen',
        }),
      ]),
    );
    const stale = v.call('clients.update', { id: f.id, version: 1, notes: 'x' }, v.as('reception'));
    expect(stale).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'clients.stale' },
    });
  });

  it('shows check-in alerts: expired, frozen, birthday today, a colleague’s note', () => {
    const v = deskWithStaff();
    const f = v.ok(
      'clients.create',
      {
        ...ZHANG_SAN,
        membershipExpiry: '2026-11-01',
        birthday: '1990-11-22',
        alertNote: '请提醒续卡',
      },
      v.as('reception'),
    );
    const s = v.ok('clients.summary', { id: f.id }, v.as('reception'));
    expect(s.status).toBe('expired');
    expect(s.alerts.map((a) => a.kind)).toEqual(['expired', 'birthday', 'note']);
  });
});

describe('secrecy and access, decided in main', () => {
  function topSecretFile() {
    const v = deskWithStaff();
    const f = v.ok('clients.create', { ...ZHANG_SAN, secrecy: 'topSecret' }, v.as('supervisor'));
    return { v, f };
  }

  it('a receptionist opening a 绝密 file gets FORBIDDEN, and the refusal is on the access record', () => {
    const { v, f } = topSecretFile();
    const r = v.call('clients.get', { id: f.id, reason: '想看看' }, v.as('reception'));
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'clients.restricted' },
    });
    expect(
      v.call('clients.reveal', { id: f.id, field: 'phones', reason: 'x1' }, v.as('consultant')),
    ).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    expect(v.call('clients.history', { id: f.id }, v.as('duty'))).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    const records = v.ok('access.list', {}, v.as('supervisor')).rows;
    expect(records.filter((a) => a.kind === 'refused').map((a) => a.staffName)).toEqual([
      '刘洋',
      '王芳',
    ]);
  });

  it('but the receptionist still gets the check-in card of that member', () => {
    const { v, f } = topSecretFile();
    const s = v.ok('clients.summary', { id: f.id }, v.as('reception'));
    expect(s).toMatchObject({
      name: '张三',
      cardNumber: 'VIP-0001',
      restricted: true,
      phoneMasked: '138****5678',
    });
    expect(JSON.stringify(s)).not.toContain('膝盖');
    const found = v.ok('clients.search', { q: 'zs' }, v.as('reception'));
    expect(found[0]).toMatchObject({ id: f.id, restricted: true });
    expect(found[0]).not.toHaveProperty('notes');
  });

  it('a supervisor must give a reason, and the opening is recorded with it', () => {
    const { v, f } = topSecretFile();
    expect(v.call('clients.get', { id: f.id }, v.as('supervisor'))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { reason: 'required' } },
    });
    v.clock.advance(1000);
    const file = v.ok('clients.get', { id: f.id, reason: '会员投诉核查' }, v.as('supervisor'));
    expect(file.notes).toBe('膝盖旧伤,避免深蹲');
    const row = v.ok('access.list', { clientId: f.id }, v.as('admin')).rows[0]!;
    expect(row).toMatchObject({
      staffName: '孙丽',
      kind: 'open',
      reason: '会员投诉核查',
      secrecy: 'topSecret',
      clientName: '张三',
    });
  });

  it('a reveal shows the clear number and is recorded, even for an unclassified file', () => {
    const v = deskWithStaff();
    const f = v.ok('clients.create', ZHANG_SAN, v.as('reception'));
    expect(v.ok('clients.reveal', { id: f.id, field: 'phones' }, v.as('reception')).phones).toEqual(
      ['13812345678'],
    );
    expect(
      v.ok('clients.reveal', { id: f.id, field: 'idNumber' }, v.as('reception')).idNumber,
    ).toBe(ZHANG_SAN.idNumber);
    const reveals = v.ok('access.list', { clientId: f.id }, v.as('supervisor')).rows;
    expect(reveals.map((r) => [r.kind, r.field, r.staffName])).toEqual([
      ['reveal', 'idNumber', '王芳'],
      ['reveal', 'phones', '王芳'],
    ]);
  });

  it('only supervisors and admins set or lower a secrecy level', () => {
    const v = deskWithStaff();
    const f = v.ok('clients.create', ZHANG_SAN, v.as('reception'));
    const until = v.clock.ms + 86_400_000;
    expect(
      v.call(
        'clients.setSecrecy',
        { id: f.id, level: 'confidential', until, reason: '投诉处理' },
        v.as('duty'),
      ),
    ).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    expect(
      v.call(
        'clients.create',
        { ...ZHANG_SAN, cardNumber: 'X2', secrecy: 'secret' },
        v.as('reception'),
      ),
    ).toMatchObject({
      error: { code: 'FORBIDDEN', reason: 'clients.secrecyRole' },
    });
    const g = v.ok(
      'clients.setSecrecy',
      { id: f.id, level: 'confidential', until, reason: '投诉处理' },
      v.as('supervisor'),
    );
    expect(g).toMatchObject({ secrecy: 'confidential', secrecyUntil: until });
  });

  it('declassifies a file automatically when its period ends, and the audit log says so', () => {
    const v = deskWithStaff();
    const f = v.ok('clients.create', ZHANG_SAN, v.as('reception'));
    v.ok(
      'clients.setSecrecy',
      { id: f.id, level: 'topSecret', until: v.clock.ms + 3_600_000, reason: '调查期间' },
      v.as('admin'),
    );
    expect(v.call('clients.get', { id: f.id }, v.as('reception'))).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    v.clock.advance(3_600_000);
    v.core.tick();
    const file = v.ok('clients.get', { id: f.id }, v.as('reception'));
    expect(file).toMatchObject({ secrecy: 'none', secrecyUntil: null });
    const audit = v.ok('audit.list', { action: 'clients.declassify' }, v.as('admin')).rows;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: null,
      targetId: f.id,
      detail: { from: 'topSecret' },
    });
  });

  it('flags one person opening many restricted files within an hour', () => {
    const v = deskWithStaff();
    const ids = [0, 1, 2, 3, 4].map(
      (i) =>
        v.ok(
          'clients.create',
          { ...ZHANG_SAN, name: `会员${i}`, cardNumber: `C-${i}`, secrecy: 'confidential' },
          v.as('supervisor'),
        ).id,
    );
    for (const id of ids.slice(0, 4)) {
      v.clock.advance(5 * 60_000);
      v.ok('clients.get', { id, reason: '例行检查' }, v.as('admin'));
    }
    expect(v.ok('access.list', {}, v.as('supervisor')).unusual).toEqual([]);
    v.clock.advance(5 * 60_000);
    v.ok('clients.get', { id: ids[4]!, reason: '例行检查' }, v.as('admin'));
    const unusual = v.ok('access.list', {}, v.as('supervisor')).unusual;
    expect(unusual).toEqual([expect.objectContaining({ staffName: '张伟', count: 5 })]);
  });
});

describe('photos and scanned documents', () => {
  it('stores images and PDFs inside the vault and refuses oversize files clearly', () => {
    const v = deskWithStaff();
    const f = v.ok('clients.create', ZHANG_SAN, v.as('reception'));
    const pdf = Buffer.from('%PDF-1.4 合同扫描件').toString('base64');
    const doc = v.ok(
      'clients.addDocument',
      { id: f.id, fileName: '合同.pdf', mimeType: 'application/pdf', contentBase64: pdf },
      v.as('reception'),
    );
    expect(
      v.ok('clients.document', { id: f.id, documentId: doc.id }, v.as('reception')).contentBase64,
    ).toBe(pdf);
    const big = Buffer.alloc(5 * 1024 * 1024 + 1).toString('base64');
    expect(
      v.call(
        'clients.addDocument',
        { id: f.id, fileName: 'x.pdf', mimeType: 'application/pdf', contentBase64: big },
        v.as('reception'),
      ),
    ).toMatchObject({
      error: { code: 'VALIDATION', fields: { contentBase64: 'tooLarge' } },
    });
    expect(
      v.call(
        'clients.addDocument',
        { id: f.id, fileName: 'x.exe', mimeType: 'application/x-msdownload', contentBase64: pdf },
        v.as('reception'),
      ),
    ).toMatchObject({
      error: { fields: { mimeType: 'type' } },
    });
    const png = `data:image/png;base64,${Buffer.from('png-bytes').toString('base64')}`;
    v.ok('clients.setPhoto', { id: f.id, dataUrl: png }, v.as('reception'));
    expect(v.ok('clients.photo', { id: f.id }, v.as('consultant')).dataUrl).toBe(png);
    expect(v.ok('clients.summary', { id: f.id }, v.as('consultant')).hasPhoto).toBe(true);
  });
});

describe('valid ID helper', () => {
  it('builds valid numbers for fixtures', () => {
    expect(withPrcCheckDigit('11010519491231002')).toBe('11010519491231002X');
  });
});
