import { describe, expect, it } from 'vitest';
import { STAFF } from '../helpers/clientFixtures';
import { frontDesk } from '../helpers/deskFixtures';
import { ADMIN, createTestVault } from '../helpers/testVault';

const GUESSES = 12;

/** A manager's PIN typed at someone else's desk must count like a wrong PIN at login. */
describe('override PINs count toward the manager’s lockout', () => {
  function bannedMember() {
    const v = frontDesk();
    v.ok(
      'clients.update',
      { id: v.zhang.id, version: 1, membershipStatus: 'banned' },
      v.as('duty'),
    );
    const checkIn = (pin: string) =>
      v.call(
        'desk.checkIn',
        {
          clientId: v.zhang.id,
          overrideStaff: STAFF.duty.username,
          overridePin: pin,
          overrideReason: '已与店长确认',
        },
        v.as('reception'),
      );
    const failures = () =>
      v.rows('SELECT failed_attempts AS n FROM staff WHERE username = ?', STAFF.duty.username)[0];
    return { ...v, checkIn, failures };
  }

  it('desk.checkIn: 12 wrong guesses, then the right PIN is refused as LOCKED', () => {
    const v = bannedMember();
    for (let i = 0; i < GUESSES; i++) expect(v.checkIn(`99${i}0`).ok).toBe(false);
    expect(v.failures()).toEqual({ n: 5 });
    expect(v.checkIn(STAFF.duty.pin)).toMatchObject({
      ok: false,
      error: { code: 'LOCKED', reason: 'auth.tooManyAttempts' },
    });
    expect(v.count('check_ins')).toBe(0);
    // The same counter guards the manager's own sign-in.
    expect(
      v.call('auth.login', { username: STAFF.duty.username, pin: STAFF.duty.pin }, 'pc2'),
    ).toMatchObject({ error: { code: 'LOCKED' } });
  });

  it('a wrong guess keeps the old refusal, which does not say which part was wrong', () => {
    const v = bannedMember();
    expect(v.checkIn('0000')).toMatchObject({
      error: { code: 'UNAUTHENTICATED', reason: 'desk.overrideRefused' },
    });
    expect(v.checkIn('0000')).not.toHaveProperty('error.fields');
    expect(v.failures()).toEqual({ n: 2 });
    // The right PIN before the lockout clears the count.
    expect(v.checkIn(STAFF.duty.pin).ok).toBe(true);
    expect(v.failures()).toEqual({ n: 0 });
  });

  it('desk.voidCharge counts too', () => {
    const v = frontDesk();
    v.ok('desk.checkIn', { clientId: v.li.id }, v.as('reception'));
    const c = v.ok(
      'desk.addCharge',
      { tagNumber: '1', itemId: v.water.id, quantity: 1 },
      v.as('reception'),
    );
    const voidWith = (pin: string) =>
      v.call(
        'desk.voidCharge',
        {
          chargeId: c.id,
          managerUsername: STAFF.supervisor.username,
          managerPin: pin,
          reason: '点错了',
        },
        v.as('reception'),
      );
    for (let i = 0; i < GUESSES; i++) voidWith(`88${i}0`);
    expect(voidWith(STAFF.supervisor.pin)).toMatchObject({ error: { code: 'LOCKED' } });
    expect(v.rows('SELECT voided_at FROM tag_charges')).toEqual([{ voided_at: null }]);
  });
});

describe('a failed login’s audit row', () => {
  it('does not keep a user name that names no account (a PIN typed there)', () => {
    const v = createTestVault();
    expect(v.call('auth.login', { username: '135799', pin: '135799' }).ok).toBe(false);
    const rows = v.core.db!.prepare(`SELECT * FROM audit_log WHERE action = 'auth.login'`).all();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain('135799');
  });

  it('names the account when the user name is one', () => {
    const v = createTestVault();
    expect(v.call('auth.login', { username: ADMIN.username, pin: '000000' }).ok).toBe(false);
    const row = v.core
      .db!.prepare(`SELECT target_id, outcome FROM audit_log WHERE action = 'auth.login'`)
      .get() as { target_id: string; outcome: string };
    expect(row).toEqual({ target_id: expect.any(String), outcome: 'failed' });
    const admin = v.core.db!.prepare(`SELECT id FROM staff WHERE username = ?`).get(ADMIN.username);
    expect(row.target_id).toBe((admin as { id: string }).id);
  });
});

describe('an input carrying its own __proto__ key', () => {
  it('is VALIDATION naming __proto__, as a wire message would arrive', () => {
    const v = createTestVault();
    const input = JSON.parse('{"username":"admin","pin":"246810","__proto__":{"x":1}}');
    const r = v.call('auth.login', input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(Object.keys(r.error.fields ?? {})).toEqual(['__proto__']);
    expect(r.error.message).toContain('__proto__');
  });
});
