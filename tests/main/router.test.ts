import { describe, expect, it } from 'vitest';
import { channelNames, contract } from '../../shared/contract';
import type { Db } from '../../electron/db/types';
import { ADMIN, createTestVault } from '../helpers/testVault';

function digest(db: Db): string {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
    .pluck()
    .all() as string[];
  return JSON.stringify(tables.map((t) => db.prepare(`SELECT * FROM "${t}"`).all()));
}

const MALFORMED: unknown[] = [
  42,
  'text',
  [],
  { unexpectedField: true },
  { id: 7, pin: null, username: {} },
];

describe('router', () => {
  it('every channel rejects malformed input with VALIDATION naming a field, and writes nothing', () => {
    const v = createTestVault();
    v.login(ADMIN.username, ADMIN.pin);
    const before = digest(v.core.db!);
    for (const name of channelNames) {
      for (const bad of MALFORMED) {
        const r = v.core.dispatch(name, bad, 'desk');
        expect(r.ok, `${name} accepted ${JSON.stringify(bad)}`).toBe(false);
        if (r.ok) continue;
        expect(r.error.code, name).toBe('VALIDATION');
        expect(Object.keys(r.error.fields ?? {}).length, name).toBeGreaterThan(0);
      }
    }
    expect(digest(v.core.db!)).toBe(before);
  });

  it('out-of-range values name their field', () => {
    const v = createTestVault();
    v.login(ADMIN.username, ADMIN.pin);
    expect(v.call('settings.update', { idleLockMinutes: 0 })).toMatchObject({
      error: { code: 'VALIDATION', fields: { idleLockMinutes: expect.any(String) } },
    });
    expect(
      v.call('staff.create', { username: 'a b', displayName: '', role: 'boss' as never, pin: '1' }),
    ).toMatchObject({
      error: {
        fields: {
          username: expect.any(String),
          displayName: expect.any(String),
          role: expect.any(String),
          pin: expect.any(String),
        },
      },
    });
    expect(v.call('audit.list', { from: 10, to: 5 })).toMatchObject({
      error: { fields: { from: expect.any(String) } },
    });
  });

  it('unknown channels are refused', () => {
    const v = createTestVault();
    expect(v.core.dispatch('staff.dropAll', {}, 'desk')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('without a session every non-public channel answers UNAUTHENTICATED', () => {
    const v = createTestVault();
    const publicOnes = channelNames.filter((n) => contract[n].roles === 'public');
    expect(publicOnes.sort()).toEqual([
      'auth.login',
      'hall.board',
      'session.get',
      'station.forget',
      'station.join',
      'station.status',
      'vault.backups',
      'vault.recover',
      'vault.restore',
      'vault.restorePreview',
      'vault.restorePreviewResult',
      'vault.setup',
      'vault.status',
    ]);
    expect(v.call('staff.list', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  it('a receptionist calling an admin channel gets FORBIDDEN, nothing changes, and the refusal is audited', () => {
    const v = createTestVault();
    v.login(ADMIN.username, ADMIN.pin, 'admin-pc');
    v.ok(
      'staff.create',
      { username: 'wangfang', displayName: '王芳', role: 'receptionist', pin: '1357' },
      'admin-pc',
    );
    v.login('wangfang', '1357');
    const staffBefore = JSON.stringify(v.core.db!.prepare('SELECT * FROM staff').all());
    const r = v.call('staff.create', {
      username: 'x1',
      displayName: 'X',
      role: 'admin',
      pin: '12345678',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'auth.role' } });
    expect(v.call('audit.verify')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(JSON.stringify(v.core.db!.prepare('SELECT * FROM staff').all())).toBe(staffBefore);
    const denied = v
      .ok('audit.list', {}, 'admin-pc')
      .rows.filter((row) => row.outcome === 'denied');
    expect(denied.map((d) => d.action)).toEqual(['audit.verify', 'staff.create']);
    expect(denied[0]!.actorName).toBe('王芳');
  });

  it('a module the site does not use is refused after the role gate, writing nothing; a used one works', () => {
    const v = createTestVault();
    v.login(ADMIN.username, ADMIN.pin);
    v.ok('settings.update', { siteProfile: 'office' });
    const before = digest(v.core.db!);
    expect(v.call('queue.take', { name: '李先生' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'module.off' },
    });
    expect(v.call('desk.tagsOut')).toMatchObject({ error: { reason: 'module.off' } });
    expect(digest(v.core.db!)).toBe(before);
    // Bad input is still VALIDATION and no session still UNAUTHENTICATED: the gates come first.
    expect(v.call('queue.take', { name: 7 } as never)).toMatchObject({
      error: { code: 'VALIDATION' },
    });
    expect(v.call('queue.list', undefined, 'nobody')).toMatchObject({
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(v.ok('visitors.waiting').visitors).toEqual([]);
    v.ok('settings.update', { modules: ['queue', 'visitors', 'clientFiles'] });
    expect(v.ok('queue.take', { name: '李先生' }).status).toBe('waiting');
  });

  it('a failing service rolls back its writes and its audit row', () => {
    const v = createTestVault();
    v.login(ADMIN.username, ADMIN.pin);
    const before = digest(v.core.db!);
    const r = v.call('staff.update', { id: v.ok('session.get')!.staffId, role: 'receptionist' });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(digest(v.core.db!)).toBe(before);
  });

  it('an unexpected error returns INTERNAL without details and is logged without input', () => {
    const v = createTestVault();
    v.login(ADMIN.username, ADMIN.pin);
    v.core.db!.exec('DROP TABLE settings');
    const r = v.call('settings.update', { siteName: '秘密的名字' });
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(r)).not.toContain('秘密的名字');
  });
});
