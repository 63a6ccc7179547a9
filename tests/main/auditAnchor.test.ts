import { describe, expect, it } from 'vitest';
import { verifyAudit } from '../../electron/audit/chain';
import { openRaw, rewriteFrom } from '../helpers/auditRewrite';
import { STAFF } from '../helpers/clientFixtures';
import { handoverDesk, signOut } from '../helpers/handoverFixtures';
import { localTime, shiftAtWork } from '../helpers/shiftFixtures';

function signedShift() {
  const v = handoverDesk();
  const shift = shiftAtWork(v, 'reception', '早班');
  v.at(localTime(15, 50));
  const signed = signOut(v, shift.id, 'reception');
  // Work goes on after the handover: the anchor sits in the middle of the chain.
  v.at(localTime(16, 0));
  v.ok('desk.recordCardSale', { cardType: '月卡', count: 1 }, v.as('duty'));
  return { v, signed };
}

describe('audit anchors recorded by signed handovers', () => {
  it('an intact chain checks every anchor; the printed fingerprint finds the anchored row', () => {
    const { v, signed } = signedShift();
    const report = v.ok('audit.verify', undefined, v.as('supervisor'));
    expect(report).toMatchObject({ intact: true, anchorsChecked: 1, brokenAnchor: null });
    expect(signed.auditFingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    const row = v
      .db()
      .prepare('SELECT seq, at, hash FROM audit_log WHERE seq = ?')
      .get(signed.auditSeq) as { seq: number; at: number; hash: string };
    expect(row.hash).toBe(signed.auditHead);
    const check = (fingerprint: string) =>
      v.ok('audit.checkFingerprint', { fingerprint }, v.as('supervisor'));
    expect(check(signed.auditFingerprint!)).toEqual({
      found: true,
      seq: signed.auditSeq,
      at: row.at,
      anchored: true,
    });
    expect(check(signed.auditFingerprint!.replace(/-/g, '').toLowerCase())).toMatchObject({
      found: true,
      anchored: true,
    });
    // The head printed on a day's page is found too, but no handover anchored it.
    expect(check(report.fingerprint!)).toMatchObject({ found: true, anchored: false });
    expect(check('0000-0000-0000-0000')).toEqual({
      found: false,
      seq: null,
      at: null,
      anchored: false,
    });
    expect(
      v.call('audit.checkFingerprint', { fingerprint: 'ZZZZ' }, v.as('supervisor')),
    ).toMatchObject({ error: { code: 'VALIDATION' } });
    expect(
      v.call('audit.checkFingerprint', { fingerprint: '0000-0000-0000-0000' }, v.as('reception')),
    ).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  it('an old row rewritten with every later hash recomputed is caught at the handover’s head', () => {
    const { v, signed } = signedShift();
    const db0 = v.db();
    const total = db0.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
    const old = db0
      .prepare("SELECT seq FROM audit_log WHERE action = 'staff.create' ORDER BY seq LIMIT 1")
      .pluck()
      .get() as number;
    expect(old).toBeLessThan(signed.auditSeq!);
    v.close();

    const raw = openRaw(v.dir);
    rewriteFrom(raw, old, { actor_name: '李四', detail: '{"role":"admin"}' });
    raw.close();
    const core = v.reopen();

    const report = verifyAudit(core.db!);
    // The walk itself passes every row: only the recorded head shows the rewrite.
    expect(report.checked).toBe(total);
    expect(report).toMatchObject({
      intact: false,
      firstBreak: { seq: signed.auditSeq, problem: 'anchor' },
      anchorsChecked: 1,
      brokenAnchor: { seq: signed.auditSeq, sourceId: signed.id, at: localTime(15, 50) },
      headHash: null,
      fingerprint: null,
    });
    v.login(STAFF.supervisor.username, STAFF.supervisor.pin, v.as('supervisor'));
    expect(v.ok('audit.verify', undefined, v.as('supervisor'))).toMatchObject({
      intact: false,
      brokenAnchor: { sourceId: signed.id },
    });
    expect(
      v.ok('audit.checkFingerprint', { fingerprint: signed.auditFingerprint! }, v.as('supervisor')),
    ).toMatchObject({ found: false, anchored: false });
  });

  it('a log cut back to before the head loses the anchored row and is caught', () => {
    const { v, signed } = signedShift();
    v.close();
    const raw = openRaw(v.dir);
    raw.exec('DROP TRIGGER audit_no_delete');
    raw.prepare('DELETE FROM audit_log WHERE seq >= ?').run(signed.auditSeq);
    raw.close();
    const report = verifyAudit(v.reopen().db!);
    expect(report).toMatchObject({
      intact: false,
      checked: signed.auditSeq! - 1,
      firstBreak: { seq: signed.auditSeq, problem: 'anchor' },
      brokenAnchor: { sourceId: signed.id },
    });
  });

  it('a plain edit before the head is still reported where it is, as before', () => {
    const { v, signed } = signedShift();
    v.close();
    const raw = openRaw(v.dir);
    raw.exec('DROP TRIGGER audit_no_update');
    raw.prepare("UPDATE audit_log SET actor_name = '李四' WHERE seq = 3").run();
    raw.close();
    expect(verifyAudit(v.reopen().db!)).toMatchObject({
      intact: false,
      checked: 2,
      firstBreak: { seq: 3, problem: 'hash' },
      anchorsChecked: 1,
      brokenAnchor: null,
    });
    expect(signed.auditSeq).toBeGreaterThan(3);
  });
});
