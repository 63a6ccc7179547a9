import { describe, expect, it } from 'vitest';
import { ADMIN } from '../helpers/testVault';
import { STAFF } from '../helpers/clientFixtures';
import { vaultPc } from '../helpers/stationFixtures';

type V = Awaited<ReturnType<typeof vaultPc>>;

function detailsOf(v: V, action: string): Record<string, unknown>[] {
  return (
    v.core
      .db!.prepare('SELECT detail FROM audit_log WHERE action = ? ORDER BY seq')
      .pluck()
      .all(action) as (string | null)[]
  ).map((d) => (d ? JSON.parse(d) : {}));
}

/** A desk station with the receptionist signed in at its main window. */
async function withDesk() {
  const v = await vaultPc();
  const desk = v.pair('前台二号机 / Pool desk');
  const at = v.window(desk);
  v.login(STAFF.reception.username, STAFF.reception.pin, at);
  return { ...v, desk, at };
}

describe("a station's calls through Core's router", () => {
  it('a desk station signs in and works; its audit rows name the station', async () => {
    const v = await withDesk();
    v.ok('queue.take', {}, v.at);
    v.ok('queue.take', {}, v.as('reception'));
    expect(detailsOf(v, 'auth.login').at(-1)).toMatchObject({ station: '前台二号机 / Pool desk' });
    const takes = detailsOf(v, 'queue.take');
    expect(takes[0]).toMatchObject({ number: 1, station: '前台二号机 / Pool desk' });
    // The vault PC's own window names no station.
    expect(takes[1]).not.toHaveProperty('station');
    // A refusal by role is named too.
    expect(v.call('staff.list', undefined, v.at)).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(detailsOf(v, 'staff.list').at(-1)).toMatchObject({
      reason: 'role',
      station: '前台二号机 / Pool desk',
    });
  });

  it('a revoked station is refused at once, its sessions end and the listener is told', async () => {
    const v = await withDesk();
    const changes: unknown[] = [];
    v.auth.onStationChange((c) => changes.push(c));
    const other = v.pair('大厅叫号屏', 'display');
    v.ok('hall.board', undefined, v.window(other));
    const revoked = v.ok('stations.revoke', { stationId: v.desk.id }, v.admin);
    expect(revoked).toMatchObject({ id: v.desk.id, revokedByName: ADMIN.displayName });
    expect(revoked.revokedAt).toBe(v.clock.ms);
    expect(changes).toEqual([{ type: 'revoked', stationId: v.desk.id }]);
    expect(v.core.sessions.get(v.at)).toBeUndefined();
    for (const channel of ['queue.list', 'session.get', 'hall.board', 'vault.status'] as const)
      expect(v.call(channel, undefined, v.at)).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHENTICATED', reason: 'station.revoked' },
      });
    expect(v.call('auth.login', { username: 'wangfang', pin: '1357' }, v.at)).toMatchObject({
      error: { reason: 'station.revoked' },
    });
    expect(
      v.auth.stationByFingerprint(
        v.core
          .db!.prepare('SELECT cert_fingerprint FROM stations WHERE id = ?')
          .pluck()
          .get(v.desk.id) as string,
      ),
    ).toBeNull();
    // An unknown station is refused the same way; the other station carries on.
    expect(v.call('hall.board', undefined, 'station:nobody:main')).toMatchObject({
      error: { reason: 'station.revoked' },
    });
    expect(v.call('hall.board', undefined, v.window(other))).toMatchObject({ ok: true });
    // Revoked ones are listed last.
    expect(v.ok('stations.list', undefined, v.admin).map((s) => s.name)).toEqual([
      '大厅叫号屏',
      '前台二号机 / Pool desk',
    ]);
    expect(detailsOf(v, 'stations.revoke')).toEqual([
      { name: '前台二号机 / Pool desk', kind: 'desk' },
    ]);
  });

  it('a hall display may read only the display channels, the hall board among them', async () => {
    const v = await vaultPc();
    const hall = v.window(v.pair('大厅叫号屏', 'display'));
    const audited = v.core.db!.prepare('SELECT count(*) FROM audit_log').pluck();
    const before = audited.get();
    expect(v.call('auth.login', { username: ADMIN.username, pin: ADMIN.pin }, hall)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'station.display' },
    });
    expect(v.call('queue.list', undefined, hall)).toMatchObject({
      error: { code: 'FORBIDDEN', reason: 'station.display' },
    });
    expect(v.call('vault.setup', undefined, hall)).toMatchObject({
      error: { reason: 'station.display' },
    });
    expect(audited.get()).toBe(before);
    expect(v.call('hall.board', undefined, hall)).toMatchObject({ ok: true });
    expect(v.call('vault.status', undefined, hall)).toMatchObject({ ok: true });
    expect(v.call('station.status', undefined, hall)).toMatchObject({
      ok: true,
      data: { role: 'vault' },
    });
  });

  it('an export from a station window is refused: folders are chosen at the vault PC', async () => {
    const v = await vaultPc();
    const at = v.window(v.pair('前台二号机'));
    v.login(ADMIN.username, ADMIN.pin, at);
    const month = { kind: 'month', from: '2026-11-01' } as const;
    expect(v.call('reports.export', { period: month, format: 'csv' }, at)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'station.exportAtVault' },
    });
    expect(v.call('backups.configure', { folder: 'choose' }, at)).toMatchObject({
      error: { code: 'FORBIDDEN', reason: 'station.exportAtVault' },
    });
    expect(v.call('vault.backups', { pick: true }, at)).toMatchObject({
      error: { code: 'FORBIDDEN', reason: 'station.exportAtVault' },
    });
    expect(v.call('reports.export', { period: month, format: 'csv' }, v.admin)).toMatchObject({
      ok: true,
    });
  });

  it('the vault PC locking locks its own windows only; a station locking locks only its own', async () => {
    const v = await withDesk();
    const pool = v.pair('Pool desk');
    v.login(STAFF.duty.username, STAFF.duty.pin, v.window(pool));
    const locked = (id: string) => v.core.sessions.get(id)!.locked;
    v.core.lockAll();
    expect(locked(v.as('reception'))).toBe(true);
    expect(locked(v.admin)).toBe(true);
    expect(locked(v.at)).toBe(false);
    expect(locked(v.window(pool))).toBe(false);
    v.auth.lockStation(v.desk.id);
    expect(locked(v.at)).toBe(true);
    expect(locked(v.window(pool))).toBe(false);
    expect(detailsOf(v, 'auth.autoLock').at(-1)).toMatchObject({
      reason: 'os',
      station: '前台二号机 / Pool desk',
    });
    expect(v.call('queue.list', undefined, v.at)).toMatchObject({ error: { code: 'LOCKED' } });
    expect(v.call('queue.list', undefined, v.window(pool))).toMatchObject({ ok: true });
    v.auth.endClient(v.window(pool));
    expect(v.core.sessions.get(v.window(pool))).toBeUndefined();
  });
});

describe('the hall board (叫号屏)', () => {
  it('shows called numbers with counters, the last served and how many wait, never a name or phone', async () => {
    const v = await vaultPc();
    const desk = v.as('reception');
    const t1 = v.ok('queue.take', { name: '王女士', phone: '13900001111' }, desk);
    v.ok('queue.take', { name: '李先生', phone: '13900002222' }, desk);
    v.ok('queue.take', {}, desk);
    v.ok('queue.take', {}, desk);
    v.ok('queue.call', { ticketId: t1.id, counter: '1号窗口' }, desk);
    v.clock.advance(60_000);
    v.ok('queue.serve', { ticketId: t1.id }, desk);
    v.ok('queue.call', { counter: '2号窗口' }, desk);
    v.clock.advance(1_000);
    v.ok('queue.call', {}, desk);
    const board = v.ok('hall.board', undefined, 'hall-screen');
    expect(board).toEqual({
      now: v.clock.ms,
      called: [
        { number: 3, counter: null, calledAt: v.clock.ms },
        { number: 2, counter: '2号窗口', calledAt: v.clock.ms - 1_000 },
      ],
      recent: [{ number: 1, counter: '1号窗口' }],
      waiting: 1,
      siteName: '阳光健身 · 朝阳店',
    });
    expect(JSON.stringify(board)).not.toMatch(/王|李|1390000/);
  });

  it('is pushed after queue.call to every window that has read it, signed in or not, until it closes', async () => {
    const v = await vaultPc();
    const hall = v.window(v.pair('大厅叫号屏', 'display'));
    v.ok('hall.board', undefined, hall);
    v.ok('hall.board', undefined, 'second-monitor');
    v.ok('queue.take', {}, v.as('reception'));
    const from = v.events.length;
    v.ok('queue.call', { counter: '3号' }, v.as('reception'));
    const pushed = v.events.slice(from).filter((e) => e.event === 'view:hall.board');
    expect(pushed.map((e) => e.clientId).sort()).toEqual([hall, 'second-monitor'].sort());
    expect(pushed[0]!.payload).toMatchObject({
      called: [{ number: 1, counter: '3号' }],
      waiting: 0,
    });
    // Windows that never read it get nothing; closed windows get nothing more.
    v.core.endClient('second-monitor');
    const next = v.events.length;
    v.ok('queue.take', {}, v.as('reception'));
    expect(
      v.events
        .slice(next)
        .filter((e) => e.event === 'view:hall.board')
        .map((e) => e.clientId),
    ).toEqual([hall]);
  });
});
