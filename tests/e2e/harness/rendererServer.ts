import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { EventName } from '../../../shared/contract';
import type { Result } from '../../../shared/contract/result';
import { BRIDGE_JS } from './bridge';

/**
 * The page side of a harness: serves the built renderer on loopback with the bridge, and
 * carries its calls and events to a backend — the vault PC's Core (server.ts) or a station
 * PC's line to it (stationServer.ts). Every data request needs the token.
 */
export interface HarnessBackend {
  dispatch(channel: string, input: unknown, clientId: string): Promise<Result<unknown>>;
  onEvent(listener: (clientId: string, event: EventName, payload: unknown) => void): () => void;
  /** The line behind the page (a station's line to the vault PC); the bridge shows it. */
  onState?(listener: (up: boolean) => void): () => void;
}

export interface RendererServer {
  origin: string;
  url: string;
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

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

export async function serveRenderer(options: {
  rendererDir: string;
  token: string;
  port?: number;
  backend: HarnessBackend;
}): Promise<RendererServer> {
  const { rendererDir, token, backend } = options;
  const indexFile = join(rendererDir, 'index.html');
  if (!existsSync(indexFile))
    throw new Error(`No built renderer at ${rendererDir}: run "npm run build" first.`);
  const html = readFileSync(indexFile, 'utf8').replace(
    '<meta charset="UTF-8" />',
    '<meta charset="UTF-8" />\n    <script src="/__harness/bridge.js"></script>',
  );
  const streams = new Map<string, Set<ServerResponse>>();
  const all = new Set<ServerResponse>();
  let lineUp = true;
  const offEvents = backend.onEvent((clientId, event, payload) => {
    for (const res of streams.get(clientId) ?? [])
      res.write(`data: ${JSON.stringify({ event, payload })}\n\n`);
  });
  const offState = backend.onState?.((up) => {
    lineUp = up;
    for (const res of all) res.write(`data: ${JSON.stringify({ connection: up })}\n\n`);
  });

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
    const result = await backend.dispatch(String(body.channel), body.input, `harness:${client}`);
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
    if (!lineUp) res.write(`data: ${JSON.stringify({ connection: false })}\n\n`);
    const set = streams.get(id) ?? new Set();
    set.add(res);
    streams.set(id, set);
    all.add(res);
    res.on('close', () => {
      set.delete(res);
      all.delete(res);
    });
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
    origin,
    url: `${origin}/?token=${token}`,
    async close() {
      offEvents();
      offState?.();
      for (const res of all) res.end();
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}
