import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { CoreHost, type HostServices } from '../../electron/app/coreHost';
import type { CoreSettings } from '../../electron/app/coreProtocol';
import { ADMIN, TEST_KDF } from '../helpers/testVault';

const ROOT = resolve(__dirname, '../..');
const WORKER = join(ROOT, 'out/main/coreWorker.js');

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'deskbook-host-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function startHost(dataDir: string, services?: HostServices, extra: Partial<CoreSettings> = {}) {
  const host = new CoreHost({
    workerFile: WORKER,
    ...(services ? { services } : {}),
    settings: {
      dataDir,
      key: { kind: 'host' },
      exportFolder: { kind: 'host' },
      pinKdf: TEST_KDF,
      recoveryKdf: TEST_KDF,
      ...extra,
    },
  });
  onTestFinished(() => host.close());
  return host;
}

const keychain: HostServices = {
  seal: (secret) => `sealed:${secret.toString('hex')}`,
  unseal: (sealed) => Buffer.from(sealed.slice(7), 'hex'),
  chooseFolder: () => Promise.resolve(null),
};

beforeAll(() => {
  if (!existsSync(WORKER)) execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT });
}, 120_000);

describe('CoreHost and the db worker', () => {
  it('seals through the main thread at setup and unseals through it after a restart', async () => {
    const dir = tempDir();
    const first = startHost(dir, keychain);
    const setup = await first.dispatch(
      'vault.setup',
      { siteName: 'S', language: 'en', admin: ADMIN },
      'w',
    );
    expect(setup.ok).toBe(true);
    await first.close();
    const again = startHost(dir, keychain);
    expect(await again.dispatch('vault.status', undefined, 'w')).toMatchObject({
      ok: true,
      data: { state: 'open', siteName: 'S' },
    });
  });

  it('a failing unseal on the main thread is a clean vault problem, not a hang', async () => {
    const dir = tempDir();
    const first = startHost(dir, keychain);
    await first.dispatch('vault.setup', { siteName: 'S', language: 'en', admin: ADMIN }, 'w');
    await first.close();
    const refusing = startHost(dir, {
      ...keychain,
      unseal: () => Promise.reject(new Error('keyring locked')),
    });
    expect(await refusing.dispatch('vault.status', undefined, 'w')).toMatchObject({
      ok: true,
      data: { state: 'error', problem: 'KEY_UNAVAILABLE' },
    });
  });

  it('debug messages are refused unless the worker was started with debug', async () => {
    const host = startHost(tempDir(), keychain);
    await expect(host.queryValue('SELECT 1')).rejects.toThrow(/debug/);
    await expect(host.travel(1000)).rejects.toThrow(/debug/);
  });

  it('when the worker dies, pending and later calls answer core.down and the state goes down', async () => {
    const dir = tempDir();
    const dying = join(dir, 'dying-worker.js');
    writeFileSync(
      dying,
      `const { parentPort } = require('node:worker_threads');
       parentPort.postMessage({ type: 'ready' });
       parentPort.on('message', (m) => { if (m.type === 'dispatch') process.exit(3); });`,
    );
    const host = new CoreHost({
      workerFile: dying,
      settings: { dataDir: dir, key: { kind: 'host' }, exportFolder: { kind: 'host' } },
    });
    const states: boolean[] = [];
    host.onState((up) => states.push(up));
    expect(await host.ready()).toBe(true);
    const down = { ok: false, error: { code: 'INTERNAL', reason: 'core.down' } };
    expect(await host.dispatch('vault.status', undefined, 'w')).toMatchObject(down);
    expect(await host.dispatch('vault.status', undefined, 'w')).toMatchObject(down);
    expect(states).toEqual([true, false]);
    await host.close();
  });
});
