import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { Core } from '../../../electron/app/core';
import { CoreHost } from '../../../electron/app/coreHost';
import { PassphraseKeyProvider } from '../../../electron/vault/keyProvider';
import type { KdfParams } from '../../../electron/vault/wrap';
import { isChannelName } from '../../../shared/contract';
import { fail, type Result } from '../../../shared/contract/result';
import { BRIDGE_JS } from './bridge';
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

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

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

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

/**
 * Dev and test only: serves the built renderer on loopback and connects it to the real
 * Core in the same db worker Electron runs, on a vault in a temp folder. Every data
 * request needs the token.
 */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const rendererDir = options.rendererDir ?? DEFAULT_RENDERER_DIR;
  const indexFile = join(rendererDir, 'index.html');
  if (!existsSync(indexFile))
    throw new Error(`No built renderer at ${rendererDir}: run "npm run build" first.`);
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
  const streams = new Map<string, Set<ServerResponse>>();
  const offEvents = host.onEvent((clientId, event, payload) => {
    for (const res of streams.get(clientId) ?? [])
      res.write(`data: ${JSON.stringify({ event, payload })}\n\n`);
  });
  const html = readFileSync(indexFile, 'utf8').replace(
    '<meta charset="UTF-8" />',
    '<meta charset="UTF-8" />\n    <script src="/__harness/bridge.js"></script>',
  );

  const authorised = (req: IncomingMessage, url: URL) =>
    (req.headers['x-harness-token'] ?? url.searchParams.get('token')) === token;

  async function rpc(req: IncomingMessage, res: ServerResponse) {
    const client = String(req.headers['x-harness-client'] ?? '');
    let body: { channel?: unknown; input?: unknown };
    try {
      body = JSON.parse(await readBody(req)) as typeof body;
    } catch {
      res.writeHead(400).end();
      return;
    }
    const result = await forward(host, String(body.channel), body.input, `harness:${client}`);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
  }

  function events(res: ServerResponse, client: string) {
    const id = `harness:${client}`;
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    const set = streams.get(id) ?? new Set();
    set.add(res);
    streams.set(id, set);
    res.on('close', () => set.delete(res));
  }

  function file(res: ServerResponse, pathname: string) {
    if (pathname === '/' || pathname === '/index.html') {
      res
        .writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' })
        .end(html);
      return;
    }
    const target = normalize(join(rendererDir, pathname));
    if (!target.startsWith(rendererDir) || !existsSync(target)) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream' })
      .end(readFileSync(target));
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/__harness/bridge.js') {
      res.writeHead(200, { 'content-type': TYPES['.js']! }).end(BRIDGE_JS);
    } else if (url.pathname.startsWith('/__harness/')) {
      if (!authorised(req, url)) {
        res.writeHead(403).end();
      } else if (url.pathname === '/__harness/rpc' && req.method === 'POST') {
        void rpc(req, res);
      } else if (url.pathname === '/__harness/events') {
        events(res, url.searchParams.get('client') ?? '');
      } else {
        res.writeHead(404).end();
      }
    } else {
      file(res, decodeURIComponent(url.pathname));
    }
  });
  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
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
      offEvents();
      for (const set of streams.values()) for (const res of set) res.end();
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      await host.close();
      if (ownsDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
