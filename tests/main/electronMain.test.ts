import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, posix, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName, Input } from '../../shared/contract';
import type { Result } from '../../shared/contract/result';
import { CONNECTION_CHANNEL, eventChannel, invokeChannel } from '../../shared/contract/transport';
import { electronStub, type ElectronStub, type FakeWindow } from './electronStub';

/**
 * Runs the BUILT main bundle (out/main/index.js) under Node with `electron` resolved to a
 * stub, so the real relay, the real worker file and its path resolution are what is tested.
 */

const ROOT = resolve(__dirname, '../..');
const OUT_MAIN = join(ROOT, 'out/main');
const STUB_ID = join(ROOT, 'tests/main/__electron-stub__.js');
const nodeRequire = createRequire(__filename);
type Resolve = (request: string, ...rest: unknown[]) => string;
const moduleInternals = Module as unknown as { _resolveFilename: Resolve };
const originalResolve = moduleInternals._resolveFilename;

const root = mkdtempSync(join(tmpdir(), 'deskbook-electron-'));
const userData = join(root, 'does-not-exist-yet', 'Deskbook');
const vaultDir = join(userData, 'vault');
const ADMIN = { username: 'admin', displayName: '张伟', pin: '246810' };

/** Starts the app as Electron would: a fresh load of the bundle with its own electron. */
function startApp(gotLock = true): ElectronStub {
  const stub = electronStub({ userData, appPath: root, gotLock });
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

async function windowOf(stub: ElectronStub): Promise<FakeWindow> {
  return waitFor(() => (stub.windows[0]?.loadedFile ? stub.windows[0] : undefined), 'the window');
}

/** A call as the renderer's preload makes it, from the app's own top frame by default. */
async function invoke<C extends ChannelName>(
  stub: ElectronStub,
  channel: C,
  input?: Input<C>,
  frameUrl?: string,
) {
  const win = await windowOf(stub);
  const url = frameUrl ?? new URL(`file://${win.loadedFile}`).href;
  const event = { senderFrame: { url, parent: null }, sender: win.webContents };
  const handler = stub.handlers.get(invokeChannel(channel));
  if (!handler) throw new Error(`no handler for ${channel}`);
  return (await handler(event, input)) as Result<unknown>;
}

async function quit(stub: ElectronStub): Promise<void> {
  const event = { prevented: false, preventDefault: () => (event.prevented = true) };
  stub.app.emit('will-quit', event);
  expect(event.prevented).toBe(true);
  await waitFor(() => stub.app.quitCalls > 0, 'the app to quit after closing the core');
}

let first: ElectronStub;

beforeAll(() => {
  if (!existsSync(join(OUT_MAIN, 'coreWorker.js')))
    execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  moduleInternals._resolveFilename = function (this: unknown, request, ...rest) {
    return request === 'electron' ? STUB_ID : originalResolve.call(this, request, ...rest);
  };
  // Electron sets this; the native binding lookup reads it.
  Object.assign(process, { resourcesPath: join(root, 'resources') });
}, 120_000);

afterAll(() => {
  moduleInternals._resolveFilename = originalResolve;
  delete nodeRequire.cache[STUB_ID];
  rmSync(root, { recursive: true, force: true });
});

/** Every module a built entry loads, following its own chunks (the bundler shares code). */
function requiredBy(entry: string, seen = new Set<string>()): string[] {
  if (seen.has(entry)) return [];
  seen.add(entry);
  const code = readFileSync(join(OUT_MAIN, entry), 'utf8');
  const names = [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!);
  return names.flatMap((name) =>
    name.startsWith('.')
      ? [name, ...requiredBy(posix.join(posix.dirname(entry), name), seen)]
      : [name],
  );
}

describe('Electron main on the db worker (stubbed electron, built bundle)', () => {
  it('first run into a userData folder that does not exist yet: setup, login, a desk call', async () => {
    expect(existsSync(userData)).toBe(false);
    first = startApp();
    expect(await invoke(first, 'vault.status')).toEqual({ ok: true, data: { state: 'absent' } });
    expect(statSync(vaultDir).mode & 0o777).toBe(0o700);
    const setup = await invoke(first, 'vault.setup', {
      siteName: '阳光健身',
      language: 'zh-CN',
      admin: ADMIN,
    });
    expect(setup.ok).toBe(true);
    expect(existsSync(join(vaultDir, 'vault.json'))).toBe(true);
    const login = await invoke(first, 'auth.login', { username: ADMIN.username, pin: ADMIN.pin });
    expect(login).toMatchObject({ ok: true, data: { username: ADMIN.username } });
    const item = await invoke(first, 'desk.setPriceItem', { name: '矿泉水', priceCents: 300 });
    expect(item).toMatchObject({ ok: true, data: { name: '矿泉水', priceCents: 300 } });
    const win = await windowOf(first);
    expect(win.webContents.sent).toContainEqual([CONNECTION_CHANNEL, true]);
    expect(win.options.icon).toBeUndefined(); // no resources/icon.png under this app path
  });

  it('the SQLite module loads only in the worker, and stays outside its bundle', () => {
    const worker = requiredBy('coreWorker.js');
    expect(worker).toContain('better-sqlite3-multiple-ciphers');
    expect(requiredBy('index.js')).not.toContain('better-sqlite3-multiple-ciphers');
  });

  it('a call from another frame is refused before it reaches the core', async () => {
    const r = await invoke(first, 'desk.priceList', undefined, 'https://example.com/');
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'ipc.sender' } });
  });

  it('the camera (video only) is granted to the app page the window loaded, nothing else', async () => {
    const win = await windowOf(first);
    const page = win.webContents;
    const ask = (permission: string, details: object) => {
      let granted: boolean | null = null;
      first.permissions.request!(page, permission, (g) => (granted = g), {
        isMainFrame: true,
        requestingUrl: page.getURL(),
        ...details,
      });
      return granted;
    };
    expect(ask('media', { mediaTypes: ['video'] })).toBe(true);
    expect(ask('media', { mediaTypes: ['audio'] })).toBe(false);
    expect(ask('media', { mediaTypes: ['video'], requestingUrl: 'https://example.com/' })).toBe(
      false,
    );
    expect(ask('notifications', {})).toBe(false);
    const own = { isMainFrame: true, requestingUrl: page.getURL(), mediaType: 'video' };
    expect(first.permissions.check!(page, 'media', 'file:///', own)).toBe(true);
    expect(first.permissions.check!(page, 'geolocation', 'file:///', own)).toBe(false);
  });

  it('print.savePdf prints a badge on a CR80 card without margins, a handover on A4', async () => {
    const page = (await windowOf(first)).webContents;
    const badge = await invoke(first, 'print.savePdf', { fileName: 'badge.pdf', paper: 'badge' });
    expect(badge).toEqual({ ok: true, data: { saved: false, fileName: null } });
    await invoke(first, 'print.savePdf', { fileName: 'handover.pdf' });
    const [card, a4] = page.pdfOptions.slice(-2);
    expect(card).toEqual({
      printBackground: true,
      pageSize: { width: 86 / 25.4, height: 54 / 25.4 },
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    });
    expect(a4).toEqual({ printBackground: true, pageSize: 'A4' });
  });

  it('an OS lock locks the session and session.changed reaches the window', async () => {
    const win = await windowOf(first);
    first.powerMonitor.emit('lock-screen');
    const changed = await waitFor(
      () => win.webContents.sent.find(([c]) => c === eventChannel('session.changed')),
      'session.changed',
    );
    expect(changed[1]).toMatchObject({ locked: true });
    const r = await invoke(first, 'desk.priceList');
    expect(r).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('a second start is refused by the single-instance lock and the first window comes forward', async () => {
    const second = startApp(false);
    expect(second.app.quitCalls).toBe(1);
    await new Promise((r) => setTimeout(r, 50));
    expect(second.handlers.size).toBe(0);
    expect(second.windows).toHaveLength(0);
    const win = await windowOf(first);
    win.minimized = true;
    first.app.emit('second-instance');
    expect(win.calls).toEqual(['restore', 'show', 'focus']);
  });

  it('after a restart the key is unsealed with safeStorage and the vault opens', async () => {
    const win = await windowOf(first);
    await quit(first);
    expect(win.webContents.sent).toContainEqual([CONNECTION_CHANNEL, false]);
    const down = await invoke(first, 'vault.status');
    expect(down).toMatchObject({ ok: false, error: { code: 'INTERNAL', reason: 'core.down' } });

    const again = startApp();
    const status = await invoke(again, 'vault.status');
    expect(status).toMatchObject({ ok: true, data: { state: 'open', siteName: '阳光健身' } });
    const login = await invoke(again, 'auth.login', { username: ADMIN.username, pin: ADMIN.pin });
    expect(login.ok).toBe(true);
    expect(await invoke(again, 'desk.priceList')).toMatchObject({
      ok: true,
      data: [{ name: '矿泉水' }],
    });
    await quit(again);
  });
});
