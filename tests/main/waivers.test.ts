import { describe, expect, it } from 'vitest';
import { MAX_SIGNATURE_BYTES } from '../../shared/domain/waivers';
import { frontDesk } from '../helpers/deskFixtures';

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** A PNG-looking payload of the given size; main checks the type, the magic and the size. */
function png(bytes: number, mime = 'image/png'): string {
  const body = Buffer.alloc(bytes, 0x5a);
  Buffer.from(PNG_MAGIC).copy(body);
  return `data:${mime};base64,${body.toString('base64')}`;
}
const SIGNATURE = png(2_000);

function desk() {
  const v = frontDesk();
  const sign = (who: Parameters<typeof v.as>[0] = 'reception', dataUrl = SIGNATURE) =>
    v.call(
      'waivers.sign',
      { clientId: v.zhang.id, signerName: '张三', signatureDataUrl: dataUrl },
      v.as(who),
    );
  const audit = (action: string) =>
    v.rows(
      'SELECT actor_id, action, target_type, target_id, outcome, detail FROM audit_log WHERE action = ?',
      action,
    ) as {
      actor_id: string;
      target_type: string;
      target_id: string;
      outcome: string;
      detail: string;
    }[];
  return { ...v, sign, audit };
}

describe('waiver and health declaration (免责协议、健康声明)', () => {
  it('offers a built-in Chinese default as version 0 until the site writes its own', () => {
    const v = desk();
    const text = v.ok('waivers.text', undefined, v.as('reception'));
    expect(text).toMatchObject({ version: 0, title: '免责协议及健康声明', builtIn: true });
    expect(text.body).toContain('如实申报健康状况');
    expect(text.body).toContain('高血压');
    expect(text.body).toContain('后果');
    expect(v.count('waiver_texts')).toBe(0);
  });

  it('setText makes a new active version; a receptionist is FORBIDDEN and writes nothing', () => {
    const v = desk();
    expect(
      v.call('waivers.setText', { title: '协议', body: '条款' }, v.as('reception')),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'auth.role' } });
    expect(v.count('waiver_texts')).toBe(0);
    const first = v.ok('waivers.setText', { title: '协议', body: '第一版' }, v.as('supervisor'));
    expect(first).toMatchObject({ version: 1, builtIn: false });
    const second = v.ok('waivers.setText', { title: '协议', body: '第二版' }, 'desk-admin');
    expect(second.version).toBe(2);
    expect(v.ok('waivers.text', undefined, v.as('consultant'))).toMatchObject({
      version: 2,
      body: '第二版',
    });
    expect(v.rows('SELECT version FROM waiver_texts WHERE active = 1')).toEqual([{ version: 2 }]);
    const rows = v.audit('waivers.setText').filter((r) => r.outcome === 'ok');
    expect(rows.map((r) => JSON.parse(r.detail) as unknown)).toEqual([
      { version: 1 },
      { version: 2 },
    ]);
  });

  it('signing records the active text; a new version makes the signature no longer current', () => {
    const v = desk();
    expect(v.ok('waivers.status', { clientId: v.zhang.id }, v.as('reception'))).toEqual({
      signed: false,
      waiverId: null,
      signedAt: null,
      textVersion: null,
      current: false,
    });
    const r = v.sign();
    expect(r).toMatchObject({ ok: true, data: { textVersion: 0 } });
    const status = v.ok('waivers.status', { clientId: v.zhang.id }, v.as('reception'));
    expect(status).toMatchObject({ signed: true, textVersion: 0, current: true });
    // The default text signed is stored, so the record says exactly what was signed.
    expect(v.rows('SELECT version, created_by FROM waiver_texts')).toEqual([
      { version: 0, created_by: null },
    ]);
    expect(v.rows('SELECT signature_mime, length(signature) AS n FROM waivers')).toEqual([
      { signature_mime: 'image/png', n: 2_000 },
    ]);
    const [row] = v.audit('waivers.sign');
    expect(row).toMatchObject({ target_type: 'client', target_id: v.zhang.id, outcome: 'ok' });
    expect(row!.detail).not.toContain('张三');

    v.ok('waivers.setText', { title: '新协议', body: '新条款' }, v.as('supervisor'));
    expect(v.ok('waivers.status', { clientId: v.zhang.id }, v.as('reception'))).toMatchObject({
      signed: true,
      textVersion: 0,
      current: false,
    });
    expect(v.sign('consultant')).toMatchObject({ ok: true, data: { textVersion: 1 } });
    expect(v.ok('waivers.status', { clientId: v.zhang.id }, v.as('reception'))).toMatchObject({
      textVersion: 1,
      current: true,
    });
  });

  it('refuses a signature too large, not a PNG or blank, and writes nothing', () => {
    const v = desk();
    const refused = (dataUrl: string, code: string) =>
      expect(v.sign('reception', dataUrl)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fields: { signatureDataUrl: code } },
      });
    refused(png(MAX_SIGNATURE_BYTES + 1), 'tooLarge');
    refused(png(2_000, 'image/jpeg'), 'type');
    refused(`data:image/png;base64,${Buffer.alloc(2_000, 1).toString('base64')}`, 'type');
    refused('not a data url', 'type');
    refused(png(120), 'blank');
    expect(
      v.call(
        'waivers.sign',
        { clientId: v.zhang.id, signerName: ' ', signatureDataUrl: SIGNATURE },
        v.as('reception'),
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { signerName: expect.any(String) } },
    });
    expect(
      v.call(
        'waivers.sign',
        { clientId: 'nobody', signerName: '张三', signatureDataUrl: SIGNATURE },
        v.as('reception'),
      ),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(
      v.call(
        'waivers.sign',
        {
          clientId: v.zhang.id,
          signerName: '张三',
          signatureDataUrl: SIGNATURE,
          extra: 1,
        } as never,
        v.as('reception'),
      ),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(v.count('waivers')).toBe(0);
    expect(v.count('waiver_texts')).toBe(0);
    expect(v.audit('waivers.sign').filter((r) => r.outcome === 'ok')).toEqual([]);
  });

  it('the signature itself is read by a supervisor only, and the reading is audited', () => {
    const v = desk();
    const { id } = v.ok(
      'waivers.sign',
      { clientId: v.zhang.id, signerName: '张三', signatureDataUrl: SIGNATURE },
      v.as('reception'),
    );
    for (const who of ['reception', 'consultant', 'duty'] as const)
      expect(v.call('waivers.signature', { waiverId: id }, v.as(who))).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    const sig = v.ok('waivers.signature', { waiverId: id }, v.as('supervisor'));
    expect(sig).toMatchObject({
      waiverId: id,
      clientId: v.zhang.id,
      signerName: '张三',
      textVersion: 0,
      dataUrl: SIGNATURE,
    });
    const reads = v.audit('waivers.signature');
    expect(reads.map((r) => r.outcome).sort()).toEqual(['denied', 'denied', 'denied', 'ok']);
    const ok = reads.find((r) => r.outcome === 'ok')!;
    expect(ok).toMatchObject({
      actor_id: v.staffId('supervisor'),
      target_type: 'waiver',
      target_id: id,
    });
    expect(v.call('waivers.signature', { waiverId: 'nope' }, v.as('supervisor'))).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('desk.lookup says the waiver is missing until the member signs the active text', () => {
    const v = desk();
    const missing = () =>
      Object.fromEntries(
        v
          .ok('desk.lookup', { q: 'VIP' }, v.as('reception'))
          .map((e) => [e.summary.name, e.waiverMissing]),
      );
    expect(missing()).toEqual({ 张三: true, 李四: true });
    v.sign();
    expect(missing()).toEqual({ 张三: false, 李四: true });
    v.ok('waivers.setText', { title: '新协议', body: '新条款' }, v.as('supervisor'));
    expect(missing()).toEqual({ 张三: true, 李四: true });
  });

  it('a destroyed file takes its waivers with it', () => {
    const v = desk();
    v.sign();
    v.core.db!.prepare('DELETE FROM clients WHERE id = ?').run(v.zhang.id);
    expect(v.count('waivers')).toBe(0);
  });
});
