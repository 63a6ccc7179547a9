import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName, Input } from '../../shared/contract';
import type { Result } from '../../shared/contract/result';
import { CONNECTION_CHANNEL, eventChannel, invokeChannel } from '../../shared/contract/transport';
import { readStationFile } from '../../electron/station/stationFile';
import { electronStub, type ElectronStub, type FakeWindow } from './electronStub';
import { startVaultPc } from '../helpers/vaultPcFixture';
import { ADMIN } from '../helpers/testVault';

/**
 * A desk PC's Electron main (the BUILT bundle, electron stubbed) joining a vault PC that runs
 * in this test (Core with its LAN listener on 127.0.0.1): the same relay carries the calls.
 */

const ROOT = resolve(__dirname, '../..');
const OUT_MAIN = join(ROOT, 'out/main');
const STUB_ID = join(ROOT, 'tests/main/__electron-stub__.js');
const nodeRequire = createRequire(__filename);
type Resolve = (request: string, ...rest: unknown[]) => string;
const moduleInternals = Module as unknown as { _resolveFilename: Resolve };
const originalResolve = moduleInternals._resolveFilename;

const root = mkdtempSync(join(tmpdir(), 'deskbook-station-electron-'));
const userData = join(root, 'does-not-exist-yet', 'Deskbook');

function startApp(): ElectronStub {
  const stub = electronStub({ userData, appPath: root, gotLock: true });
  const cached = new Module(STUB_ID);
  Object.assign(cached, { filename: STUB_ID, loaded: true, exports: stub.module });
  nodeRequire.cache[STUB_ID] = cached;
  for (const id of Object.keys(nodeRequire.cache))
    if (id.startsWith(OUT_MAIN)) delete nodeRequire.cache[id];
  nodeRequire(join(OUT_MAIN, 'index.js'));
  return stub;
}

async function waitFor<T>(read: () => T | undefined | false, what: string): Promise<T> {
  const until = Date.now() + 15_000;
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function windowOf(stub: ElectronStub): Promise<FakeWindow> {
  return waitFor(() => (stub.windows[0]?.loadedFile ? stub.windows[0] : undefined), 'the window');
}

async function invoke<C extends ChannelName>(stub: ElectronStub, channel: C, input?: Input<C>) {
  const win = await windowOf(stub);
  const url = new URL(`file://${win.loadedFile}`).href;
  const event = { senderFrame: { url, parent: null }, sender: win.webContents };
  const handler = stub.handlers.get(invokeChannel(channel));
  if (!handler) throw new Error(`no handler for ${channel}`);
  return (await handler(event, input)) as Result<unknown>;
}

async function quit(stub: ElectronStub): Promise<void> {
  const event = { prevented: false, preventDefault: () => (event.prevented = true) };
  stub.app.emit('will-quit', event);
  expect(event.prevented).toBe(true);
  await waitFor(() => stub.app.quitCalls > 0, 'the app to quit after closing its line');
}

beforeAll(() => {
  if (!existsSync(join(OUT_MAIN, 'coreWorker.js')))
    execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  moduleInternals._resolveFilename = function (this: unknown, request, ...rest) {
    return request === 'electron' ? STUB_ID : originalResolve.call(this, request, ...rest);
  };
  Object.assign(process, { resourcesPath: join(root, 'resources') });
}, 120_000);

afterAll(() => {
  moduleInternals._resolveFilename = originalResolve;
  delete nodeRequire.cache[STUB_ID];
  rmSync(root, { recursive: true, force: true });
});

describe('Electron main of a desk PC (stubbed electron, built bundle)', () => {
  it('first run joins the vault PC; PIN login and a desk call pass the relay; its OS lock locks only its own sessions', async () => {
    const pc = await startVaultPc();
    expect(existsSync(userData)).toBe(false);
    const desk = startApp();
    expect(await invoke(desk, 'vault.status')).toEqual({ ok: true, data: { state: 'absent' } });

    const joined = await invoke(desk, 'station.join', {
      host: '127.0.0.1',
      port: pc.port,
      code: pc.code('水吧前台'),
    });
    expect(joined).toEqual({
      ok: true,
      data: {
        name: '水吧前台',
        kind: 'desk',
        fingerprint: pc.lan().fingerprint,
        vaultAddress: `127.0.0.1:${pc.port}`,
      },
    });
    const win = await windowOf(desk);
    expect(win.webContents.sent.at(-1)).toEqual([CONNECTION_CHANNEL, true]);
    const file = readStationFile(userData);
    expect(file.state).toBe('present');
    // The stub's safeStorage sealed the key (its output is the reversed "sealed:" text).
    if (file.state === 'present') expect(file.file.client.sealedKey.provider).toBe('safeStorage');

    expect(await invoke(desk, 'station.status')).toMatchObject({
      ok: true,
      data: { role: 'desk', name: '水吧前台', revoked: false },
    });
    expect(await invoke(desk, 'vault.status')).toMatchObject({
      ok: true,
      data: { state: 'open', siteName: '阳光健身 · 朝阳店' },
    });
    const login = await invoke(desk, 'auth.login', { username: ADMIN.username, pin: ADMIN.pin });
    expect(login).toMatchObject({ ok: true, data: { username: ADMIN.username } });
    const item = await invoke(desk, 'desk.setPriceItem', { name: '运动饮料', priceCents: 600 });
    expect(item).toMatchObject({ ok: true, data: { name: '运动饮料', priceCents: 600 } });
    expect(pc.vault.ok('desk.priceList', undefined, 'admin')).toMatchObject([{ name: '运动饮料' }]);

    desk.powerMonitor.emit('lock-screen');
    const changed = await waitFor(
      () => win.webContents.sent.find(([c]) => c === eventChannel('session.changed')),
      'session.changed from the vault PC',
    );
    expect(changed[1]).toMatchObject({ locked: true });
    expect(await invoke(desk, 'desk.priceList')).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
    // The vault PC's own desk is still signed in and unlocked.
    expect(pc.vault.call('desk.priceList', undefined, 'admin').ok).toBe(true);

    await quit(desk);
    expect(await invoke(desk, 'vault.status')).toMatchObject({
      ok: false,
      error: { reason: 'core.down' },
    });

    // A restart reads station.json, unseals the key with safeStorage and reaches the vault PC.
    const again = startApp();
    expect(await invoke(again, 'station.status')).toMatchObject({
      ok: true,
      data: { role: 'desk', name: '水吧前台' },
    });
    const relogin = await invoke(again, 'auth.login', { username: ADMIN.username, pin: ADMIN.pin });
    expect(relogin.ok).toBe(true);
    expect(await invoke(again, 'desk.priceList')).toMatchObject({
      ok: true,
      data: [{ name: '运动饮料' }],
    });
    // Closing its window ends that window's session on the vault PC.
    const win2 = await windowOf(again);
    // station:<station id>:<this run of its main>.<window id>
    const mine = (x: { clientId: string }) =>
      x.clientId.startsWith('station:') && x.clientId.endsWith(`.${win2.webContents.id}`);
    const sessions = () => pc.vault.core.sessions.all().filter(mine);
    expect(sessions()).toHaveLength(1);
    win2.emit('closed');
    await waitFor(() => sessions().length === 0, 'the station session to end');
    await quit(again);
  });
});
