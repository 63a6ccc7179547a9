import { describe, expect, it } from 'vitest';
import { PAIRING_TTL_MS } from '../../electron/features/stations/pairingCodes';
import { displayFingerprint } from '../../shared/domain/fingerprint';
import { deskWithStaff } from '../helpers/clientFixtures';
import { createTestVault } from '../helpers/testVault';
import { clientFingerprint, testIdentity, vaultPc } from '../helpers/stationFixtures';

function auditRows(
  db: NonNullable<ReturnType<typeof deskWithStaff>['core']['db']>,
  action: string,
) {
  return (
    db
      .prepare('SELECT outcome, actor_name, detail FROM audit_log WHERE action = ? ORDER BY seq')
      .all(action) as { outcome: string; actor_name: string | null; detail: string | null }[]
  ).map((r) => ({ ...r, detail: r.detail ? JSON.parse(r.detail) : null }));
}

describe('the LAN listener settings (局域网前台)', () => {
  it('is off on port 47613 until the admin turns it on; a port out of range names the port', async () => {
    const v = deskWithStaff();
    expect(v.ok('lan.get', undefined, 'desk-admin')).toMatchObject({
      enabled: false,
      port: 47613,
      listening: false,
      problem: null,
      fingerprint: null,
    });
    for (const port of [80, 70000, 1.5])
      expect(v.call('lan.update', { enabled: true, port }, 'desk-admin')).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fields: { port: expect.any(String) } },
      });
    expect(v.ok('lan.get', undefined, 'desk-admin').enabled).toBe(false);
    expect(v.call('lan.get', undefined, v.as('reception'))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });

    const changes: string[] = [];
    v.core.stations.onStationChange((c) => changes.push(c.type));
    v.ok('lan.update', { enabled: true, port: 48000 }, 'desk-admin');
    expect(changes).toEqual(['lan']);
    expect(v.core.stations.lanConfig()).toEqual({ enabled: true, port: 48000 });
    const identity = await testIdentity();
    v.core.stations.storeLanIdentity(identity);
    v.core.stations.reportListening({ listening: false, problem: 'lan.portInUse' });
    expect(v.ok('lan.get', undefined, 'desk-admin')).toMatchObject({
      enabled: true,
      port: 48000,
      listening: false,
      problem: 'lan.portInUse',
      fingerprint: displayFingerprint(identity.fingerprint256),
    });
    v.core.stations.reportListening({ listening: true, problem: null });
    expect(v.ok('lan.get', undefined, 'desk-admin')).toMatchObject({ listening: true });
    expect(v.core.stations.lanIdentity()).toEqual(identity);
    expect(auditRows(v.core.db!, 'lan.update').map((r) => r.detail)).toEqual([
      { enabled: true, port: 48000 },
    ]);
    expect(auditRows(v.core.db!, 'lan.identityCreated')).toHaveLength(1);
  });

  it('refuses a pairing code while the LAN is off, and while it has no identity yet', async () => {
    const v = deskWithStaff();
    const start = () =>
      v.call('stations.pairingStart', { name: '前台二号机', kind: 'desk' }, 'desk-admin');
    expect(start()).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'lan.off' } });
    v.ok('lan.update', { enabled: true, port: 47613 }, 'desk-admin');
    expect(start()).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'lan.notReady' },
    });
    v.core.stations.storeLanIdentity(await testIdentity());
    expect(start()).toMatchObject({
      ok: true,
      data: { name: '前台二号机', kind: 'desk', port: 47613 },
    });
  });
});

describe('pairing a station', () => {
  it('pairs with the right code once: the station is found by its certificate and listed', async () => {
    const v = await vaultPc();
    const made = v.ok('stations.pairingStart', { name: '前台二号机', kind: 'desk' }, v.admin);
    expect(made.code).toMatch(/^\d{8}$/);
    expect(made.expiresAt).toBe(v.clock.ms + PAIRING_TTL_MS);
    expect(made.fingerprint).toBe(displayFingerprint((await testIdentity()).fingerprint256));
    const fp = clientFingerprint('desk two');
    const out = v.auth.pairStation({
      code: made.code,
      certFingerprint256: fp,
      address: '10.0.0.7',
    });
    expect(out).toEqual({
      ok: true,
      station: { id: expect.any(String), name: '前台二号机', kind: 'desk' },
    });
    const again = v.auth.pairStation({
      code: made.code,
      certFingerprint256: clientFingerprint('intruder'),
      address: '10.0.0.9',
    });
    expect(again).toEqual({ ok: false, reason: 'pairing.none' });
    expect(v.auth.stationByFingerprint(fp)).toEqual(out.ok && out.station);
    expect(v.auth.stationByFingerprint(clientFingerprint('intruder'))).toBeNull();
    expect(v.ok('stations.list', undefined, v.admin)).toEqual([
      expect.objectContaining({
        name: '前台二号机',
        kind: 'desk',
        pairedByName: '张伟',
        lastAddress: '10.0.0.7',
        connected: false,
        revokedAt: null,
      }),
    ]);
    // The code never reaches the log; the pairing names the station and who made the code.
    expect(JSON.stringify(v.core.db!.prepare('SELECT * FROM audit_log').all())).not.toContain(
      made.code,
    );
    expect(auditRows(v.core.db!, 'stations.pair').at(-2)).toMatchObject({
      outcome: 'ok',
      actor_name: '张伟',
      detail: { station: '前台二号机', kind: 'desk', address: '10.0.0.7' },
    });
  });

  it('counts wrong codes: five tries, then the code is dead even for the right one', async () => {
    const v = await vaultPc();
    const { code } = v.ok('stations.pairingStart', { name: 'Pool desk', kind: 'desk' }, v.admin);
    const wrong = String((Number(code) + 1) % 100_000_000).padStart(8, '0');
    const attempt = (c: string) =>
      v.auth.pairStation({
        code: c,
        certFingerprint256: clientFingerprint('x'),
        address: '10.0.0.8',
      });
    for (let i = 0; i < 5; i++)
      expect(attempt(wrong)).toEqual({ ok: false, reason: 'pairing.wrongCode' });
    expect(attempt(code)).toEqual({ ok: false, reason: 'pairing.tooManyTries' });
    expect(v.auth.stationByFingerprint(clientFingerprint('x'))).toBeNull();
    expect(auditRows(v.core.db!, 'stations.pair').map((r) => r.detail.reason)).toEqual([
      ...Array(5).fill('pairing.wrongCode'),
      'pairing.tooManyTries',
    ]);
    // A new code starts afresh.
    const next = v.ok('stations.pairingStart', { name: 'Pool desk', kind: 'desk' }, v.admin);
    expect(attempt(next.code)).toMatchObject({ ok: true });
  });

  it('a code expires after ten minutes, and a cancelled or replaced code pairs nobody', async () => {
    const v = await vaultPc();
    const attempt = (c: string, who = 'late') =>
      v.auth.pairStation({
        code: c,
        certFingerprint256: clientFingerprint(who),
        address: '10.0.0.8',
      });
    const first = v.ok('stations.pairingStart', { name: '大厅叫号屏', kind: 'display' }, v.admin);
    v.clock.advance(PAIRING_TTL_MS + 1);
    expect(attempt(first.code)).toEqual({ ok: false, reason: 'pairing.expired' });
    const second = v.ok('stations.pairingStart', { name: '大厅叫号屏', kind: 'display' }, v.admin);
    const third = v.ok('stations.pairingStart', { name: '大厅叫号屏', kind: 'display' }, v.admin);
    if (second.code !== third.code)
      expect(attempt(second.code)).toEqual({ ok: false, reason: 'pairing.wrongCode' });
    expect(v.ok('stations.pairingCancel', undefined, v.admin)).toEqual({ cancelled: true });
    expect(v.ok('stations.pairingCancel', undefined, v.admin)).toEqual({ cancelled: false });
    expect(attempt(third.code)).toEqual({ ok: false, reason: 'pairing.none' });
    // Turning the LAN off ends a code too.
    const fourth = v.ok('stations.pairingStart', { name: '大厅叫号屏', kind: 'display' }, v.admin);
    v.ok('lan.update', { enabled: false, port: 47613 }, v.admin);
    expect(attempt(fourth.code)).toEqual({ ok: false, reason: 'pairing.none' });
  });

  it('keeps connected and last seen in memory, writing last_seen_at once a minute and on disconnect', async () => {
    const v = await vaultPc();
    const desk = v.pair('前台二号机');
    const written = () =>
      v.core
        .db!.prepare('SELECT last_seen_at, last_address FROM stations WHERE id = ?')
        .get(desk.id);
    const t0 = v.clock.ms;
    v.auth.stationSeen(desk.id, '192.168.1.21', true);
    expect(written()).toEqual({ last_seen_at: t0, last_address: '192.168.1.21' });
    v.clock.advance(20_000);
    v.auth.stationSeen(desk.id, '192.168.1.21', true);
    expect(written()).toEqual({ last_seen_at: t0, last_address: '192.168.1.21' });
    expect(v.ok('stations.list', undefined, v.admin)[0]).toMatchObject({
      connected: true,
      lastSeenAt: t0 + 20_000,
    });
    v.clock.advance(40_000);
    v.auth.stationSeen(desk.id, '192.168.1.21', true);
    expect(written()).toEqual({ last_seen_at: t0 + 60_000, last_address: '192.168.1.21' });
    v.clock.advance(5_000);
    v.auth.stationSeen(desk.id, '192.168.1.21', false);
    expect(written()).toEqual({ last_seen_at: t0 + 65_000, last_address: '192.168.1.21' });
    expect(v.ok('stations.list', undefined, v.admin)[0]).toMatchObject({ connected: false });
  });
});

describe('station.* reaching Core', () => {
  it('says this PC is the vault PC, and refuses to join or forget (a station main answers those)', () => {
    const fresh = createTestVault({ setup: false });
    expect(fresh.ok('station.status')).toEqual({
      role: 'unset',
      name: null,
      vaultAddress: null,
      fingerprint: null,
      revoked: false,
    });
    const v = deskWithStaff();
    expect(v.ok('station.status')).toMatchObject({ role: 'vault' });
    expect(
      v.call('station.join', { host: '192.168.1.5', port: 47613, code: '1234-5678' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'station.holdsVault' },
    });
    expect(v.call('station.forget')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'station.holdsVault' },
    });
    expect(v.call('station.join', { host: 'x y', port: 47613, code: '12' })).toMatchObject({
      error: { code: 'VALIDATION', fields: { host: expect.any(String), code: expect.any(String) } },
    });
  });
});
