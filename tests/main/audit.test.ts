import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAudit } from '../../electron/audit/chain';
import { openEncrypted } from '../../electron/db/open';
import { DB_FILE } from '../../electron/vault/vaultFile';
import { unsealVaultKey } from '../../electron/vault/vaultKey';
import { PassphraseKeyProvider } from '../../electron/vault/keyProvider';
import { ADMIN, createTestVault, TEST_KDF, TEST_PASSPHRASE } from '../helpers/testVault';

function openRaw(dir: string) {
  const key = unsealVaultKey(dir, new PassphraseKeyProvider(TEST_PASSPHRASE, TEST_KDF));
  return openEncrypted(join(dir, DB_FILE), key);
}

function busyVault() {
  const v = createTestVault();
  v.login(ADMIN.username, ADMIN.pin);
  v.ok('staff.create', {
    username: 'wangfang',
    displayName: '王芳',
    role: 'receptionist',
    pin: '1357',
  });
  v.ok('settings.update', { idleLockMinutes: 10 });
  v.ok('auth.lock');
  v.ok('auth.unlock', { pin: ADMIN.pin });
  return v;
}

describe('audit log', () => {
  it('records every mutation with actor and links each row to the one before', () => {
    const v = busyVault();
    const page = v.ok('audit.list', {});
    expect(page.rows.map((r) => r.action)).toEqual([
      'auth.unlock',
      'auth.lock',
      'settings.update',
      'staff.create',
      'auth.login',
      'staff.create',
      'vault.setup',
    ]);
    expect(page.rows.every((r) => r.actorName === ADMIN.displayName)).toBe(true);
    const report = v.ok('audit.verify');
    expect(report).toMatchObject({ intact: true, checked: 7, firstBreak: null });
    expect(report.fingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
  });

  it('never stores a PIN', () => {
    const v = busyVault();
    const all = JSON.stringify(v.core.db!.prepare('SELECT * FROM audit_log').all());
    expect(all).not.toContain(ADMIN.pin);
    expect(all).not.toContain('1357');
  });

  it('finds a row edited directly in the file', () => {
    const v = busyVault();
    v.close();
    const db = openRaw(v.dir);
    db.exec('DROP TRIGGER audit_no_update');
    db.prepare("UPDATE audit_log SET actor_name = '李四' WHERE seq = 4").run();
    db.close();
    const core = v.reopen();
    expect(core.status().state).toBe('open');
    const report = verifyAudit(core.db!);
    expect(report).toMatchObject({
      intact: false,
      checked: 3,
      firstBreak: { seq: 4, problem: 'hash' },
    });
  });

  it('finds a row deleted from the middle', () => {
    const v = busyVault();
    v.close();
    const db = openRaw(v.dir);
    db.exec('DROP TRIGGER audit_no_delete');
    db.prepare('DELETE FROM audit_log WHERE seq = 3').run();
    db.close();
    expect(verifyAudit(v.reopen().db!)).toMatchObject({
      intact: false,
      firstBreak: { seq: 4, problem: 'gap' },
    });
  });

  it('finds an edited row whose own hash was recomputed, at the next link', () => {
    const v = busyVault();
    const db = v.core.db!;
    db.exec('DROP TRIGGER audit_no_update');
    db.prepare("UPDATE audit_log SET hash = 'f00d' WHERE seq = 2").run();
    expect(verifyAudit(db).firstBreak).toEqual({ seq: 2, problem: 'hash' });
  });

  it('the viewer filters by who, what and when, and pages', () => {
    const v = busyVault();
    const admin = v.ok('session.get')!;
    expect(v.ok('audit.list', { action: 'staff.create' }).rows).toHaveLength(2);
    expect(v.ok('audit.list', { actorId: admin.staffId }).rows).toHaveLength(7);
    expect(v.ok('audit.list', { from: v.clock.ms + 1 }).rows).toHaveLength(0);
    const first = v.ok('audit.list', { limit: 3 });
    expect(first.rows).toHaveLength(3);
    const second = v.ok('audit.list', { limit: 3, beforeSeq: first.nextBeforeSeq! });
    expect(second.rows[0]!.seq).toBe(first.rows[2]!.seq - 1);
    const facets = v.ok('audit.facets');
    expect(facets.actions).toContain('settings.update');
    expect(facets.actors).toEqual([{ id: admin.staffId, name: ADMIN.displayName }]);
    expect(Object.values(facets.staffNames).sort()).toEqual([ADMIN.displayName, '王芳'].sort());
    const created = v.ok('audit.list', { action: 'staff.create', limit: 1 }).rows[0]!;
    expect(created.targetName).toBe('王芳');
  });

  it('the action filter uses its index', () => {
    const v = busyVault();
    const plan = v.core
      .db!.prepare(
        "EXPLAIN QUERY PLAN SELECT * FROM audit_log WHERE action = 'x' ORDER BY seq DESC LIMIT 10",
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/audit_action_seq/);
  });
});
