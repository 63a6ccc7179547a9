import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import type { ChannelName, EventName, Input, Output } from '../../shared/contract';
import type { Result } from '../../shared/contract/result';
import { Core, type CoreOptions } from '../../electron/app/core';
import { sequentialIds } from '../../electron/db/ids';
import { PassphraseKeyProvider } from '../../electron/vault/keyProvider';
import type { KdfParams } from '../../electron/vault/wrap';

/** Cheap KDF settings so a test suite does not spend minutes in scrypt. */
export const TEST_KDF: KdfParams = { N: 2 ** 10, r: 8, p: 1 };
export const TEST_PASSPHRASE = 'test passphrase for the vault';
export const ADMIN = { username: 'admin', displayName: '张伟', pin: '246810' };
export const START = Date.UTC(2026, 10, 22, 1, 0, 0);

export class FakeClock {
  constructor(public ms: number = START) {}
  now = () => this.ms;
  advance(ms: number): void {
    this.ms += ms;
  }
}

export interface TestVault {
  dir: string;
  core: Core;
  clock: FakeClock;
  events: { clientId: string; event: EventName; payload: unknown }[];
  call<C extends ChannelName>(channel: C, input?: Input<C>, clientId?: string): Result<Output<C>>;
  /** Like call, but fails the test with the error when the call does not succeed. */
  ok<C extends ChannelName>(channel: C, input?: Input<C>, clientId?: string): Output<C>;
  login(username: string, pin: string, clientId?: string): void;
  /** A second Core on the same folder, as after an app restart. */
  reopen(options?: { passphrase?: string }): Core;
  close(): void;
}

export interface TestVaultOptions {
  /** Run first-run setup with ADMIN (default true). */
  setup?: boolean;
  passphrase?: string;
  dir?: string;
}

/** Approved exports land here in tests (main asks the person in the app). */
export function exportDirOf(dir: string): string {
  return join(dir, 'exports');
}

/** The full integrity job after open is off here (a worker thread per reopen); its tests turn it on. */
export function makeCore(
  dir: string,
  clock: FakeClock,
  passphrase = TEST_PASSPHRASE,
  extra: Partial<CoreOptions> = {},
): Core {
  return new Core({
    checkAfterOpen: false,
    // Tests tick to lock screens and the like; backups by the clock are tested on their own.
    scheduledBackups: false,
    ...extra,
    chooseFolder: () => {
      mkdirSync(exportDirOf(dir), { recursive: true });
      return exportDirOf(dir);
    },
    dataDir: dir,
    keyProvider: new PassphraseKeyProvider(passphrase, TEST_KDF),
    clock: clock.now,
    ids: sequentialIds(),
    pinKdf: TEST_KDF,
    recoveryKdf: TEST_KDF,
    logger: { error: () => {}, info: () => {} },
  });
}

/** A real encrypted vault in a fresh temp folder, removed when the test ends. */
export function createTestVault(
  options: TestVaultOptions = {},
): TestVault & { recoveryKey: string } {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'deskbook-test-'));
  const clock = new FakeClock();
  const cores: Core[] = [];
  let core = makeCore(dir, clock, options.passphrase);
  cores.push(core);
  const events: TestVault['events'] = [];
  core.onEvent((clientId, event, payload) => events.push({ clientId, event, payload }));
  onTestFinished(() => {
    cores.forEach((c) => c.close());
    rmSync(dir, { recursive: true, force: true });
  });
  const call = <C extends ChannelName>(channel: C, input?: Input<C>, clientId = 'desk') =>
    core.dispatch(channel, input, clientId) as Result<Output<C>>;
  const ok = <C extends ChannelName>(channel: C, input?: Input<C>, clientId = 'desk') => {
    const r = call(channel, input, clientId);
    if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
    return r.data;
  };
  let recoveryKey = '';
  if (options.setup !== false) {
    recoveryKey = ok('vault.setup', {
      siteName: '阳光健身 · 朝阳店',
      language: 'zh-CN',
      admin: ADMIN,
    }).recoveryKey;
  }
  return {
    dir,
    get core() {
      return core;
    },
    clock,
    events,
    call,
    ok,
    recoveryKey,
    login(username, pin, clientId = 'desk') {
      ok('auth.login', { username, pin }, clientId);
    },
    reopen(o = {}) {
      core.close();
      core = makeCore(dir, clock, o.passphrase);
      cores.push(core);
      return core;
    },
    close() {
      core.close();
    },
  };
}
