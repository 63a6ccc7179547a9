import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Core } from '../../../electron/app/core';
import { CoreHost } from '../../../electron/app/coreHost';
import { PassphraseKeyProvider } from '../../../electron/vault/keyProvider';
import type { KdfParams } from '../../../electron/vault/wrap';
import { isChannelName } from '../../../shared/contract';
import { fail, type Result } from '../../../shared/contract/result';
import { serveRenderer } from './rendererServer';
import { travelClock } from './demo';
import type { DemoClock } from './demoClients';

export interface HarnessOptions {
  /** Vault folder; a fresh temp folder (removed on close) when omitted. */
  dataDir?: string;
  port?: number;
  rendererDir?: string;
  pinKdf?: KdfParams;
  /** Seals the vault key; pass the same one to open a vault a stopped harness left. */
  passphrase?: string;
  tickMs?: number;
  /** Fills the vault before the desk opens (demo data), with main's clock to travel in. */
  seed?: (core: Core, time: DemoClock) => void;
  /** Where approved exports are written (main would ask with a dialog); default <dataDir>/exports. */
  exportDir?: string;
  /** The page's token; a restarted harness passes the old one so open pages reconnect. */
  token?: string;
}

export interface Harness {
  /** Open this in a browser: it carries the session token. */
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  exportDir: string;
  passphrase: string;
  /** A call as a window would make it, on a client id of the test's choosing. */
  dispatch(channel: string, input: unknown, clientId: string): Promise<Result<unknown>>;
  /** Reads main's records directly, to compare with what a screen shows (tests only). */
  queryAll<T>(sql: string, ...params: unknown[]): Promise<T[]>;
  /** The first column of the first row, or undefined. */
  queryValue<T>(sql: string, ...params: unknown[]): Promise<T>;
  /** Moves main's clock (the renderer keeps its own). */
  travel(ms: number): void;
  close(): Promise<void>;
}

export const DEFAULT_RENDERER_DIR = resolve(__dirname, '../../../out/renderer');
/** The same db worker Electron runs, as built by electron-vite. */
export const CORE_WORKER_FILE = resolve(__dirname, '../../../out/main/coreWorker.js');

interface CoreConfig {
  dataDir: string;
  exportDir: string;
  passphrase: string;
  pinKdf?: KdfParams;
}

/** The seed fills the vault in-process, through the real router, before the worker opens it. */
function runSeed(
  config: CoreConfig,
  seed: NonNullable<HarnessOptions['seed']>,
  time: DemoClock & { clock: () => number },
) {
  const core = new Core({
    dataDir: config.dataDir,
    chooseFolder: () => {
      mkdirSync(config.exportDir, { recursive: true });
      return config.exportDir;
    },
    keyProvider: new PassphraseKeyProvider(config.passphrase, config.pinKdf),
    clock: time.clock,
    ...(config.pinKdf ? { pinKdf: config.pinKdf, recoveryKdf: config.pinKdf } : {}),
  });
  try {
    seed(core, time);
  } finally {
    core.close();
  }
}

function startCoreHost(config: CoreConfig, clockOffsetMs: number, tickMs: number): CoreHost {
  if (!existsSync(CORE_WORKER_FILE))
    throw new Error(`No built core worker at ${CORE_WORKER_FILE}: run "npm run build" first.`);
  return new CoreHost({
    workerFile: CORE_WORKER_FILE,
    settings: {
      dataDir: config.dataDir,
      key: {
        kind: 'passphrase',
        passphrase: config.passphrase,
        ...(config.pinKdf ? { kdf: config.pinKdf } : {}),
      },
      exportFolder: { kind: 'fixed', dir: config.exportDir },
      ...(config.pinKdf ? { pinKdf: config.pinKdf, recoveryKdf: config.pinKdf } : {}),
      clockOffsetMs,
      tickMs,
      // Desk PCs of a harness are on this machine: the LAN listener stays on loopback.
      lanHost: '127.0.0.1',
      debug: true,
    },
  });
}

/** Unknown names get the router's answer without a trip to the worker. */
function forward(host: CoreHost, channel: string, input: unknown, clientId: string) {
  if (isChannelName(channel)) return host.dispatch(channel, input, clientId);
  return Promise.resolve(
    fail({ code: 'NOT_FOUND', message: 'Unknown channel', reason: 'unknownChannel' }),
  );
}

/**
 * Dev and test only: serves the built renderer on loopback and connects it to the real
 * Core in the same db worker Electron runs, on a vault in a temp folder. Every data
 * request needs the token.
 */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const rendererDir = options.rendererDir ?? DEFAULT_RENDERER_DIR;
  const ownsDir = !options.dataDir;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'deskbook-harness-'));
  const token = options.token ?? randomBytes(16).toString('hex');
  const exportDir = options.exportDir ?? join(dataDir, 'exports');
  const passphrase = options.passphrase ?? randomBytes(16).toString('hex');
  const time = travelClock();
  const config: CoreConfig = {
    dataDir,
    exportDir,
    passphrase,
    ...(options.pinKdf ? { pinKdf: options.pinKdf } : {}),
  };
  if (options.seed) runSeed(config, options.seed, time);
  const host = startCoreHost(config, time.now() - Date.now(), options.tickMs ?? 1000);
  const page = await serveRenderer({
    rendererDir,
    token,
    ...(options.port !== undefined ? { port: options.port } : {}),
    backend: {
      dispatch: (channel, input, clientId) => forward(host, channel, input, clientId),
      onEvent: (listener) => host.onEvent(listener),
    },
  });

  return {
    url: page.url,
    origin: page.origin,
    token,
    dataDir,
    exportDir,
    passphrase,
    dispatch: (channel, input, clientId) => forward(host, channel, input, clientId),
    queryAll: (sql, ...params) => host.queryAll(sql, ...params),
    queryValue: (sql, ...params) => host.queryValue(sql, ...params),
    // Messages reach the worker in order, so a call made after this sees the new time.
    travel: (ms) => void host.travel(ms).catch(() => undefined),
    async close() {
      await page.close();
      await host.close();
      if (ownsDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
