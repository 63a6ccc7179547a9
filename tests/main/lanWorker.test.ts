import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { PairingCodeView } from '../../shared/contract/stationViews';
import { displayFingerprint } from '../../shared/domain/fingerprint';
import { CoreHost } from '../../electron/app/coreHost';
import { createIdentity } from '../../electron/lan/certificates';
import { DeskLink, pairStation } from '../../electron/lan/deskLink';
import { freePort, LOOPBACK, until } from '../helpers/lanFixtures';
import { ADMIN, TEST_KDF, TEST_PASSPHRASE } from '../helpers/testVault';

const ROOT = resolve(__dirname, '../..');
const WORKER = join(ROOT, 'out/main/coreWorker.js');

beforeAll(() => {
  if (!existsSync(WORKER)) execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT });
}, 120_000);

async function ok<T>(result: Promise<{ ok: boolean }>): Promise<T> {
  const r = (await result) as { ok: true; data: T } | { ok: false; error: unknown };
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.data;
}

describe('the LAN listener in the real db worker', () => {
  it('starts on lan.update, pairs a desk, and carries its calls and events', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deskbook-lan-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const host = new CoreHost({
      workerFile: WORKER,
      settings: {
        dataDir: dir,
        key: { kind: 'passphrase', passphrase: TEST_PASSPHRASE, kdf: TEST_KDF },
        exportFolder: { kind: 'fixed', dir: join(dir, 'exports') },
        pinKdf: TEST_KDF,
        recoveryKdf: TEST_KDF,
        lanHost: LOOPBACK,
      },
    });
    onTestFinished(() => host.close());
    await host.ready();
    await ok(host.dispatch('vault.setup', { siteName: 'S', language: 'en', admin: ADMIN }, 'w'));
    await ok(host.dispatch('auth.login', { username: ADMIN.username, pin: ADMIN.pin }, 'w'));
    const port = await freePort();
    await ok(host.dispatch('lan.update', { enabled: true, port }, 'w'));
    // The listener starts after the answer (its identity is made asynchronously); until then
    // a code is refused as lan.notReady.
    let code: PairingCodeView | null = null;
    const deadline = Date.now() + 10_000;
    while (!code && Date.now() < deadline) {
      const r = await host.dispatch('stations.pairingStart', { name: 'Desk 2', kind: 'desk' }, 'w');
      if (r.ok) code = r.data as PairingCodeView;
      else await new Promise((done) => setTimeout(done, 50));
    }
    if (!code) throw new Error('no pairing code');
    expect(
      await ok<{ listening: boolean }>(host.dispatch('lan.get', undefined, 'w')),
    ).toMatchObject({ listening: true, port });
    const identity = await createIdentity('Desk 2');
    const paired = await pairStation({ host: LOOPBACK, port, code: code.code, identity });
    expect(paired).toMatchObject({ ok: true, station: { name: 'Desk 2' } });
    if (!paired.ok) return;
    expect(displayFingerprint(paired.fingerprint256)).toBe(code.fingerprint);
    const link = new DeskLink({
      host: LOOPBACK,
      port,
      fingerprint256: paired.fingerprint256,
      certPem: identity.certPem,
      keyPem: identity.keyPem,
    });
    onTestFinished(() => link.close());
    expect(await link.ready()).toBe(true);
    const events: string[] = [];
    link.onEvent((window, event) => events.push(`${window} ${event}`));
    await ok(link.dispatch('auth.login', { username: ADMIN.username, pin: ADMIN.pin }, '3'));
    const session = await ok<{ staffId: string } | null>(
      link.dispatch('session.get', undefined, '3'),
    );
    expect(session).not.toBeNull();
    await ok(host.dispatch('queue.take', {}, 'w'));
    await until(() => events.includes('3 view:queue.list'), 5_000, 'a pushed view');
  }, 60_000);
});
