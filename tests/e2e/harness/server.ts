import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { Core } from '../../../electron/app/core';
import { PassphraseKeyProvider } from '../../../electron/vault/keyProvider';
import type { KdfParams } from '../../../electron/vault/wrap';
import type { Result } from '../../../shared/contract/result';
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
 * router and services, on a vault in a temp folder. Every data request needs the token.
 */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const rendererDir = options.rendererDir ?? DEFAULT_RENDERER_DIR;
  const indexFile = join(rendererDir, 'index.html');
  if (!existsSync(indexFile))
    throw new Error(`No built renderer at ${rendererDir}: run "npm run build" first.`);
  const ownsDir = !options.dataDir;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'deskbook-harness-'));
  const token = randomBytes(16).toString('hex');
  const exportDir = options.exportDir ?? join(dataDir, 'exports');
  const passphrase = options.passphrase ?? randomBytes(16).toString('hex');
  const time = travelClock();
  const core = new Core({
    dataDir,
    chooseFolder: () => {
      mkdirSync(exportDir, { recursive: true });
      return exportDir;
    },
    keyProvider: new PassphraseKeyProvider(passphrase, options.pinKdf),
    clock: time.clock,
    ...(options.pinKdf ? { pinKdf: options.pinKdf, recoveryKdf: options.pinKdf } : {}),
  });
  options.seed?.(core, time);
  const streams = new Map<string, Set<ServerResponse>>();
  const offEvents = core.onEvent((clientId, event, payload) => {
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
    const result = core.dispatch(String(body.channel), body.input, `harness:${client}`);
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
  const ticker = setInterval(() => core.tick(), options.tickMs ?? 1000);

  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    dataDir,
    exportDir,
    passphrase,
    dispatch: async (channel, input, clientId) => core.dispatch(channel, input, clientId),
    queryAll: async <T>(sql: string, ...params: unknown[]) =>
      core.db!.prepare(sql).all(...params) as T[],
    queryValue: async <T>(sql: string, ...params: unknown[]) =>
      core
        .db!.prepare(sql)
        .pluck()
        .get(...params) as T,
    travel: (ms) => void time.travel(ms),
    async close() {
      clearInterval(ticker);
      offEvents();
      for (const set of streams.values()) for (const res of set) res.end();
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      core.close();
      if (ownsDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
