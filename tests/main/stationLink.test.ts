import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChannelName, Input } from '../../shared/contract';
import { displayFingerprint } from '../../shared/domain/fingerprint';
import { readStationFile, STATION_FILE } from '../../electron/station/stationFile';
import { StationLink } from '../../electron/station/stationLink';
import { PassphraseKeyProvider } from '../../electron/vault/keyProvider';
import { LineProxy } from '../helpers/lineProxy';
import { freePort, localCores, startVaultPc, stationFolder } from '../helpers/vaultPcFixture';
import { ADMIN, TEST_KDF } from '../helpers/testVault';

/**
 * A station PC's main (StationLink on a fresh userData folder) against a vault PC in this
 * process (Core with its LAN listener on 127.0.0.1), over real TLS with pinned certificates.
 */

const WINDOW = '7';
const fast = { minRetryMs: 50, maxRetryMs: 200, confirmWindowMs: 2_000 };
const silent = { error: () => {}, info: () => {} };

function station(dir: string, cores = localCores(dir), passphrase = 'this PC, this login') {
  const link = new StationLink({
    dir,
    keys: new PassphraseKeyProvider(passphrase, TEST_KDF),
    startCore: cores.start,
    deskLink: fast,
    log: silent,
  });
  const states: boolean[] = [];
  link.onState((up) => states.push(up));
  const call = <C extends ChannelName>(channel: C, input?: Input<C>, window = WINDOW) =>
    link.dispatch(channel, input, window);
  return { link, cores, states, call };
}

async function joined(dir: string, host: { port: number; code(): string }) {
  const s = station(dir);
  const r = await s.call('station.join', { host: '127.0.0.1', port: host.port, code: host.code() });
  expect(r.ok).toBe(true);
  return s;
}

describe('a station PC joins a vault PC (StationLink)', () => {
  it('joins with the right code: the local Core closes, calls reach the vault PC, the desk is named', async () => {
    const pc = await startVaultPc();
    const dir = stationFolder();
    const s = station(dir);
    expect(s.cores.counts.started).toBe(1);
    expect(await s.call('vault.status')).toEqual({ ok: true, data: { state: 'absent' } });

    const code = pc.code('二号前台');
    const join = await s.call('station.join', {
      host: '127.0.0.1',
      port: pc.port,
      code: `${code.slice(0, 4)}-${code.slice(4)}`,
    });
    const fingerprint = pc.lan().fingerprint;
    expect(fingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){7}$/);
    expect(join).toEqual({
      ok: true,
      data: { name: '二号前台', kind: 'desk', fingerprint, vaultAddress: `127.0.0.1:${pc.port}` },
    });
    expect(s.cores.counts.closed).toBe(1);
    expect(s.states.at(-1)).toBe(true);

    expect(await s.call('station.status')).toEqual({
      ok: true,
      data: {
        role: 'desk',
        name: '二号前台',
        vaultAddress: `127.0.0.1:${pc.port}`,
        fingerprint,
        revoked: false,
      },
    });
    expect(await s.call('vault.status')).toMatchObject({ ok: true, data: { state: 'open' } });
    const login = await s.call('auth.login', { username: ADMIN.username, pin: ADMIN.pin });
    expect(login).toMatchObject({ ok: true, data: { username: ADMIN.username } });
    const item = await s.call('desk.setPriceItem', { name: '矿泉水', priceCents: 300 });
    expect(item).toMatchObject({ ok: true, data: { name: '矿泉水' } });
    // The vault PC has it, and its audit row names the desk.
    expect(pc.vault.ok('desk.priceList', undefined, 'admin')).toMatchObject([{ name: '矿泉水' }]);
    const rows = pc.vault.core
      .db!.prepare("SELECT detail FROM audit_log WHERE action = 'desk.setPriceItem'")
      .all() as { detail: string }[];
    expect(rows.map((r) => JSON.parse(r.detail) as { station?: string })).toEqual([
      expect.objectContaining({ station: '二号前台' }),
    ]);
    await s.link.close();
  });

  it('station.json holds the pinned certificate and names, the client key sealed, owner only', async () => {
    const pc = await startVaultPc();
    const dir = stationFolder();
    const s = await joined(dir, pc);
    const path = join(dir, STATION_FILE);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain('PRIVATE KEY');
    const read = readStationFile(dir);
    if (read.state !== 'present') throw new Error(read.state);
    expect(read.file).toMatchObject({
      vault: { host: '127.0.0.1', port: pc.port },
      station: { name: '二号前台', kind: 'desk' },
      revoked: false,
      client: { sealedKey: { provider: 'passphrase' } },
    });
    expect(displayFingerprint(read.file.vault.fingerprint256)).toBe(pc.lan().fingerprint);
    expect(Object.keys(read.file).sort()).toEqual(
      ['client', 'format', 'pairedAt', 'revoked', 'station', 'vault'].sort(),
    );
    await s.link.close();
  });

  it('a restart connects from station.json with the key unsealed, without starting a local Core', async () => {
    const pc = await startVaultPc();
    const dir = stationFolder();
    const first = await joined(dir, pc);
    await first.link.close();

    const again = station(dir);
    expect(again.cores.counts.started).toBe(0);
    // Called at once, while the first connection is still being made: it waits for it.
    const login = await again.call('auth.login', { username: ADMIN.username, pin: ADMIN.pin });
    expect(login).toMatchObject({ ok: true, data: { username: ADMIN.username } });
    expect(await again.link.ready()).toBe(true);
    expect(await again.call('station.status')).toMatchObject({ ok: true, data: { role: 'desk' } });
    expect((await again.call('desk.priceList')).ok).toBe(true);
    await again.link.close();
  });

  it('another OS login cannot unseal the key: nothing is sent, it must be paired again', async () => {
    const pc = await startVaultPc();
    const dir = stationFolder();
    await (await joined(dir, pc)).link.close();
    const other = station(dir, localCores(dir), 'another login');
    expect(await other.link.ready()).toBe(false);
    expect(await other.call('station.status')).toMatchObject({ ok: true, data: { revoked: true } });
    expect(await other.call('vault.status')).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', reason: 'station.keyUnavailable' },
    });
    await other.link.close();
  });

  it('a wrong code is CONFLICT pairing.wrongCode; nothing is written and the local Core stays', async () => {
    const pc = await startVaultPc();
    const dir = stationFolder();
    const s = station(dir);
    const code = pc.code();
    const wrong = code.endsWith('0') ? `${code.slice(0, 7)}1` : `${code.slice(0, 7)}0`;
    const r = await s.call('station.join', { host: '127.0.0.1', port: pc.port, code: wrong });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'pairing.wrongCode' },
    });
    expect(existsSync(join(dir, STATION_FILE))).toBe(false);
    expect(s.cores.counts.closed).toBe(0);
    expect(await s.call('vault.status')).toEqual({ ok: true, data: { state: 'absent' } });
    await s.link.close();
  });

  it('nobody listening is CONFLICT pairing.unreachable; bad input is VALIDATION naming the fields', async () => {
    const dir = stationFolder();
    const s = station(dir);
    const port = await freePort();
    const r = await s.call('station.join', { host: '127.0.0.1', port, code: '12345678' });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'pairing.unreachable' },
    });
    const bad = await s.link.dispatch(
      'station.join',
      { host: 'http://x/', port: 80, code: '12' },
      WINDOW,
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (bad.ok) throw new Error('accepted');
    expect(Object.keys(bad.error.fields ?? {}).sort()).toEqual(['code', 'host', 'port']);
    expect(existsSync(join(dir, STATION_FILE))).toBe(false);
    await s.link.close();
  });

  it('a PC that holds a vault is refused: CONFLICT station.holdsVault, nothing is paired', async () => {
    const pc = await startVaultPc();
    const dir = stationFolder();
    const s = station(dir);
    const setup = await s.call('vault.setup', {
      siteName: '泳池',
      language: 'zh-CN',
      admin: ADMIN,
    });
    expect(setup.ok).toBe(true);
    const r = await s.call('station.join', { host: '127.0.0.1', port: pc.port, code: pc.code() });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'station.holdsVault' },
    });
    expect(existsSync(join(dir, STATION_FILE))).toBe(false);
    expect(pc.vault.ok('stations.list', undefined, 'admin')).toEqual([]);
    await s.link.close();
  });

  it('forget: the line closes, station.json goes, the local Core starts again with no vault', async () => {
    const pc = await startVaultPc();
    const dir = stationFolder();
    const s = await joined(dir, pc);
    const r = await s.call('station.forget');
    expect(r).toEqual({
      ok: true,
      data: { role: 'unset', name: null, vaultAddress: null, fingerprint: null, revoked: false },
    });
    expect(existsSync(join(dir, STATION_FILE))).toBe(false);
    expect(s.cores.counts.started).toBe(2);
    expect(await s.call('vault.status')).toEqual({ ok: true, data: { state: 'absent' } });
    await s.link.close();
  });

  it('revoked by the admin: calls refused, status revoked, kept in station.json across a restart', async () => {
    const pc = await startVaultPc();
    const dir = stationFolder();
    const s = await joined(dir, pc);
    expect((await s.call('auth.login', { username: ADMIN.username, pin: ADMIN.pin })).ok).toBe(
      true,
    );
    const [paired] = pc.vault.ok('stations.list', undefined, 'admin');
    pc.vault.ok('stations.revoke', { stationId: paired!.id }, 'admin');

    await expect
      .poll(async () => (await s.call('station.status')).ok && (await s.call('station.status')))
      .toMatchObject({
        data: { revoked: true },
      });
    expect(await s.call('desk.priceList')).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', reason: 'station.revoked' },
    });
    const read = readStationFile(dir);
    expect(read.state === 'present' && read.file.revoked).toBe(true);
    await s.link.close();

    const again = station(dir);
    expect(await again.call('station.status')).toMatchObject({
      ok: true,
      data: { role: 'desk', revoked: true },
    });
    expect(await again.call('vault.status')).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', reason: 'station.revoked' },
    });
    // Starting over: forget, then the first-run choice again.
    expect(await again.call('station.forget')).toMatchObject({ ok: true, data: { role: 'unset' } });
    expect(again.cores.counts.started).toBe(1);
    await again.link.close();
  });

  it('the line drops and comes back: the windows are told both, calls pass again', async () => {
    const pc = await startVaultPc();
    const proxy = new LineProxy(pc.port);
    const port = await proxy.start();
    const dir = stationFolder();
    const s = station(dir);
    const code = pc.code();
    expect((await s.call('station.join', { host: '127.0.0.1', port, code })).ok).toBe(true);
    expect(s.states).toEqual([true]);
    proxy.cut();
    await expect.poll(() => s.states.at(-1)).toBe(false);
    expect(await s.call('desk.priceList')).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', reason: 'transport.offline' },
    });
    proxy.restore();
    await expect.poll(() => s.states.at(-1), { timeout: 5_000 }).toBe(true);
    expect(await s.call('vault.status')).toMatchObject({ ok: true, data: { state: 'open' } });
    await s.link.close();
    await proxy.close();
  });

  it('a hall display joins as a display: its status says so and data channels are refused', async () => {
    const pc = await startVaultPc();
    const dir = stationFolder();
    const s = station(dir);
    const code = pc.code('大厅叫号屏', 'display');
    const join = await s.call('station.join', { host: '127.0.0.1', port: pc.port, code });
    expect(join).toMatchObject({ ok: true, data: { name: '大厅叫号屏', kind: 'display' } });
    expect(await s.call('station.status')).toMatchObject({ ok: true, data: { role: 'display' } });
    expect(await s.call('hall.board')).toMatchObject({ ok: true, data: { waiting: 0 } });
    expect(await s.call('auth.login', { username: ADMIN.username, pin: ADMIN.pin })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'station.display' },
    });
    await s.link.close();
  });

  it('a damaged station.json is set aside: this PC starts as not paired', async () => {
    const dir = stationFolder();
    writeFileSync(join(dir, STATION_FILE), '{"format":1,"vault":');
    const errors: string[] = [];
    const link = new StationLink({
      dir,
      keys: new PassphraseKeyProvider('x', TEST_KDF),
      startCore: localCores(dir).start,
      log: { error: (m, meta) => errors.push(`${m} ${JSON.stringify(meta)}`), info: () => {} },
    });
    expect(errors).toEqual([expect.stringContaining('"problem":"json"')]);
    expect(existsSync(join(dir, `${STATION_FILE}.damaged`))).toBe(true);
    expect(await link.dispatch('vault.status', undefined, WINDOW)).toEqual({
      ok: true,
      data: { state: 'absent' },
    });
    await link.close();
  });
});
