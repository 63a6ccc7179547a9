import { describe, expect, it } from 'vitest';
import { ADMIN, createTestVault } from '../helpers/testVault';

const RECEPTIONIST = {
  username: 'wangfang',
  displayName: '王芳',
  role: 'receptionist' as const,
  pin: '1357',
};

function withReceptionist() {
  const v = createTestVault();
  v.login(ADMIN.username, ADMIN.pin, 'admin-pc');
  v.ok('staff.create', RECEPTIONIST, 'admin-pc');
  return v;
}

describe('login and sessions', () => {
  it('logs in, shows who is on duty, and logs out', () => {
    const v = withReceptionist();
    const s = v.ok('auth.login', { username: 'WangFang', pin: '1357' });
    expect(s).toMatchObject({
      displayName: '王芳',
      role: 'receptionist',
      locked: false,
      idleLockMinutes: 5,
    });
    expect(v.ok('session.get')).toMatchObject({ staffId: s.staffId });
    v.ok('auth.logout');
    expect(v.ok('session.get')).toBeNull();
    expect(v.call('settings.get')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('a wrong PIN says so without telling which part was wrong', () => {
    const v = withReceptionist();
    const unknown = v.call('auth.login', { username: 'nobody', pin: '1357' });
    const wrong = v.call('auth.login', { username: 'wangfang', pin: '0000' });
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', reason: 'auth.badCredentials' },
    });
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', reason: 'auth.badCredentials' },
    });
  });

  it('after 5 wrong PINs the account waits, longer after each further failure', () => {
    const v = withReceptionist();
    for (let i = 0; i < 4; i += 1) {
      expect(v.call('auth.login', { username: 'wangfang', pin: '0000' })).toMatchObject({
        error: { code: 'UNAUTHENTICATED' },
      });
    }
    const fifth = v.call('auth.login', { username: 'wangfang', pin: '0000' });
    expect(fifth).toMatchObject({
      ok: false,
      error: { code: 'LOCKED', reason: 'auth.tooManyAttempts', retryAfterMs: 30_000 },
    });
    // Even the right PIN waits, and the wait is not extended by trying.
    const right = v.call('auth.login', { username: 'wangfang', pin: '1357' });
    expect(right).toMatchObject({ ok: false, error: { code: 'LOCKED', retryAfterMs: 30_000 } });
    v.clock.advance(30_000);
    const sixth = v.call('auth.login', { username: 'wangfang', pin: '0000' });
    expect(sixth).toMatchObject({ error: { code: 'LOCKED', retryAfterMs: 60_000 } });
    v.clock.advance(60_000);
    expect(v.call('auth.login', { username: 'wangfang', pin: '1357' }).ok).toBe(true);
    const staff = v.ok('staff.list', {}, 'admin-pc').find((s) => s.username === 'wangfang')!;
    expect(staff.lockedUntil).toBeNull();
    const failures = v
      .ok('audit.list', { action: 'auth.login' }, 'admin-pc')
      .rows.filter((r) => r.outcome !== 'ok');
    expect(failures.length).toBe(7);
  });

  it('locks and unlocks; a locked screen answers LOCKED to everything else', () => {
    const v = withReceptionist();
    v.login('wangfang', '1357');
    expect(v.ok('auth.lock')).toMatchObject({ locked: true });
    expect(v.call('settings.get')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(v.call('auth.unlock', { pin: '9999' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(v.ok('auth.unlock', { pin: '1357' })).toMatchObject({ locked: false });
    expect(v.call('settings.get').ok).toBe(true);
  });

  it('locks itself after the idle time and tells the window', () => {
    const v = withReceptionist();
    v.login('wangfang', '1357');
    v.clock.advance(4 * 60_000);
    v.ok('auth.activity');
    v.clock.advance(4 * 60_000);
    v.core.tick();
    expect(v.ok('session.get')).toMatchObject({ locked: false });
    v.clock.advance(60_000);
    v.core.tick();
    expect(v.ok('session.get')).toMatchObject({ locked: true });
    expect(v.events.at(-1)).toMatchObject({
      clientId: 'desk',
      event: 'session.changed',
      payload: { locked: true },
    });
    // The admin's idle window locked as well.
    v.ok('auth.unlock', { pin: ADMIN.pin }, 'admin-pc');
    expect(v.ok('audit.list', { action: 'auth.autoLock' }, 'admin-pc').rows).toHaveLength(2);
  });

  it('the idle limit is a setting', () => {
    const v = withReceptionist();
    v.ok('settings.update', { idleLockMinutes: 1 }, 'admin-pc');
    v.login('wangfang', '1357');
    v.clock.advance(61_000);
    // The check also runs on the next call, not only on the timer.
    expect(v.call('settings.get')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('quick switch: another person logs in at the same PC, from the lock screen too', () => {
    const v = withReceptionist();
    v.login('wangfang', '1357');
    v.ok('auth.lock');
    const admin = v.ok('auth.login', { username: ADMIN.username, pin: ADMIN.pin });
    expect(admin).toMatchObject({ role: 'admin', locked: false });
    const row = v.ok('audit.list', { action: 'auth.login', limit: 1 }).rows[0]!;
    expect(row.detail).toMatchObject({ switchedFrom: expect.any(String) });
  });

  it('a deactivated account cannot log in, and an open session of it ends', () => {
    const v = withReceptionist();
    v.login('wangfang', '1357');
    const id = v.ok('session.get')!.staffId;
    v.ok('staff.setActive', { id, active: false }, 'admin-pc');
    expect(v.events.at(-1)).toMatchObject({
      clientId: 'desk',
      event: 'session.changed',
      payload: null,
    });
    expect(v.call('settings.get')).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    expect(v.call('auth.login', { username: 'wangfang', pin: '1357' })).toMatchObject({
      ok: false,
      error: { reason: 'auth.deactivated' },
    });
  });

  it('after an admin reset, the new PIN works once and must be replaced', () => {
    const v = withReceptionist();
    const id = v.ok('staff.list', {}, 'admin-pc').find((s) => s.username === 'wangfang')!.id;
    v.ok('staff.resetPin', { id, newPin: '8080' }, 'admin-pc');
    expect(v.call('auth.login', { username: 'wangfang', pin: '1357' }).ok).toBe(false);
    expect(v.ok('auth.login', { username: 'wangfang', pin: '8080' })).toMatchObject({
      mustChangePin: true,
    });
    expect(v.call('settings.get')).toMatchObject({
      error: { code: 'FORBIDDEN', reason: 'auth.mustChangePin' },
    });
    expect(v.call('auth.changePin', { currentPin: '8080', newPin: '8080' })).toMatchObject({
      error: { code: 'VALIDATION' },
    });
    expect(v.ok('auth.changePin', { currentPin: '8080', newPin: '2468' })).toMatchObject({
      mustChangePin: false,
    });
    expect(v.call('settings.get').ok).toBe(true);
  });

  it('remembers each person’s language and colour scheme', () => {
    const v = withReceptionist();
    v.login('wangfang', '1357');
    v.ok('auth.setPreferences', { language: 'en', colorScheme: 'dark' });
    v.ok('auth.logout');
    expect(v.ok('auth.login', { username: 'wangfang', pin: '1357' })).toMatchObject({
      language: 'en',
      colorScheme: 'dark',
    });
  });
});

describe('OS lock', () => {
  it('locks every open session when the PC locks or sleeps', () => {
    const v = withReceptionist();
    v.login('wangfang', '1357');
    v.core.lockAll();
    expect(v.ok('session.get')).toMatchObject({ locked: true });
    expect(v.ok('session.get', undefined, 'admin-pc')).toMatchObject({ locked: true });
    v.ok('auth.unlock', { pin: ADMIN.pin }, 'admin-pc');
    const rows = v.ok('audit.list', { action: 'auth.autoLock' }, 'admin-pc').rows;
    expect(rows.map((r) => r.detail?.reason)).toEqual(['os', 'os']);
  });
});
