import { createServer, type Server } from 'node:https';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { TLSSocket } from 'node:tls';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Logger } from '../ipc/context';
import type { LanIdentity, StationAuthority, StationChange } from './authority';
import { BrowserDisplays, DISPLAY_PAIR_PATH, DISPLAY_PATH } from './browserDisplay';
import { createIdentity } from './certificates';
import {
  CLOSE_MALFORMED,
  PAIR_PATH,
  STATION_PATH,
  encode,
  pairRequestSchema,
  pairingProof,
  parse,
  rawText,
  type PairAnswer,
} from './protocol';
import { rendererFiles } from './rendererFiles';
import { StationLinks } from './stationLinks';

export interface LanServerOptions {
  /** The address to bind: every interface by default; tests and the harness use 127.0.0.1. */
  host?: string;
  log?: Logger;
  /** The built renderer (out/renderer), served to browser hall displays; absent → 404. */
  rendererDir?: string;
  pingMs?: number;
  deadMs?: number;
  maxBufferBytes?: number;
  now?: () => number;
}

const quietLog: Logger = { error: () => {}, info: () => {} };
const PAIR_WAIT_MS = 30_000;
/** Calls carry inputs such as a check-in photo; nothing a desk sends is near this. */
const MAX_MESSAGE_BYTES = 32 * 1024 * 1024;

/**
 * The vault PC's LAN listener, in the db worker beside Core: TLS with client certificates and
 * a WebSocket per station. It starts, moves and stops with the LAN settings (Core's
 * onStationChange) and reaches Core only through the StationAuthority.
 */
export class LanServer {
  private readonly log: Logger;
  private readonly links: StationLinks;
  private readonly displays: BrowserDisplays;
  private readonly files: ReturnType<typeof rendererFiles>;
  private readonly wss = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_MESSAGE_BYTES,
    perMessageDeflate: false,
  });
  private readonly offs: (() => void)[];
  private readonly timer: NodeJS.Timeout;
  private server: Server | null = null;
  private port: number | null = null;
  private chain: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly authority: StationAuthority,
    private readonly options: LanServerOptions = {},
  ) {
    this.log = options.log ?? quietLog;
    const now = options.now ?? Date.now;
    this.links = new StationLinks(
      authority,
      {
        deadMs: options.deadMs ?? 25_000,
        maxBufferBytes: options.maxBufferBytes ?? 8 * 1024 * 1024,
        cacheSize: 2000,
        cacheMs: 10 * 60_000,
        seenEveryMs: 30_000,
        now,
      },
      this.log,
    );
    this.displays = new BrowserDisplays(authority, this.links, this.log);
    this.files = rendererFiles(options.rendererDir);
    this.offs = [
      authority.onStationChange((change) => this.changed(change)),
      authority.onEvent((clientId, event, payload) => this.links.event(clientId, event, payload)),
    ];
    this.timer = setInterval(() => this.links.keepalive(), options.pingMs ?? 10_000);
    this.timer.unref();
    this.reconcile();
  }

  /** Resolves once the listener matches the LAN settings last announced. */
  settled(): Promise<void> {
    return this.chain;
  }

  /** The port listened on now, or null. */
  listeningPort(): number | null {
    return this.server ? this.port : null;
  }

  isConnected(stationId: string): boolean {
    return this.links.isConnected(stationId);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.offs.forEach((off) => off());
    clearInterval(this.timer);
    this.chain = this.chain.then(() => this.stop());
    await this.chain;
  }

  private changed(change: StationChange): void {
    if (change.type === 'revoked') this.links.revoke(change.stationId);
    else this.reconcile();
  }

  private reconcile(): void {
    this.chain = this.chain
      .then(() => this.apply())
      .catch((err: Error) => this.log.error('lan listener failed', { error: err.name }));
  }

  private async apply(): Promise<void> {
    if (this.closed) return;
    const config = this.tryCore(() => this.authority.lanConfig(), null);
    const want = config?.enabled ? config.port : null;
    if (this.server && want === this.port) return;
    await this.stop();
    if (want === null) return this.report(false, null);
    const identity = await this.identity();
    if (!identity || this.closed) return;
    await this.listen(want, identity);
  }

  /** The vault PC's identity, made and stored in the vault the first time LAN is enabled. */
  private async identity(): Promise<LanIdentity | null> {
    const stored = this.tryCore(() => this.authority.lanIdentity(), null);
    if (stored) return stored;
    const made = await createIdentity('Deskbook vault PC');
    return this.tryCore(() => {
      // The vault may have closed, or another enable stored one, while the key was made.
      const again = this.authority.lanIdentity();
      if (again) return again;
      this.authority.storeLanIdentity(made);
      this.log.info('lan identity created');
      return made;
    }, null);
  }

  private listen(port: number, identity: LanIdentity): Promise<void> {
    const server = createServer(
      {
        key: identity.keyPem,
        cert: identity.certPem,
        requestCert: true,
        // Stations are self-signed; Core decides by the certificate's fingerprint.
        rejectUnauthorized: false,
        minVersion: 'TLSv1.3',
      },
      (req, res) => this.files(req, res),
    );
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) =>
      this.upgrade(req, socket as TLSSocket, head, identity),
    );
    server.on('tlsClientError', () => {});
    return new Promise((done) => {
      server.once('error', (err: NodeJS.ErrnoException) => {
        const problem = err.code === 'EADDRINUSE' ? 'lan.portInUse' : 'lan.failed';
        this.log.error('lan listen failed', { port, code: err.code });
        this.report(false, problem);
        done();
      });
      server.listen(port, this.options.host ?? '0.0.0.0', () => {
        server.removeAllListeners('error');
        server.on('error', (err: NodeJS.ErrnoException) =>
          this.log.error('lan server error', { code: err.code }),
        );
        this.server = server;
        this.port = port;
        this.log.info('lan listening', { port });
        this.report(true, null);
        done();
      });
    });
  }

  private async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    this.port = null;
    const closed = new Promise<void>((done) => server.close(() => done()));
    for (const ws of this.wss.clients) ws.terminate();
    server.closeAllConnections();
    await closed;
    this.log.info('lan stopped');
  }

  private upgrade(req: IncomingMessage, socket: TLSSocket, head: Buffer, identity: LanIdentity) {
    const fingerprint = socket.getPeerCertificate?.()?.fingerprint256 ?? null;
    const address = plainAddress(socket.remoteAddress);
    const path = new URL(req.url ?? '/', 'https://vault').pathname;
    if (path === DISPLAY_PAIR_PATH || path === DISPLAY_PATH) {
      return this.browserDisplay(req, socket, head, path, address, identity);
    }
    if (!fingerprint) return refuse(socket, 401);
    if (path === PAIR_PATH) {
      return this.wss.handleUpgrade(req, socket, head, (ws) =>
        this.pair(ws, fingerprint, address, identity),
      );
    }
    if (path !== STATION_PATH) return refuse(socket, 404);
    const station = this.tryCore(() => this.authority.stationByFingerprint(fingerprint), null);
    if (!station) return refuse(socket, 401);
    this.wss.handleUpgrade(req, socket, head, (ws) => this.links.attach(ws, station, address));
  }

  /** A browser hall display: no client certificate; it shows its token in its first message. */
  private browserDisplay(
    req: IncomingMessage,
    socket: TLSSocket,
    head: Buffer,
    path: string,
    address: string,
    identity: LanIdentity,
  ) {
    if (!this.displays.sameOrigin(req)) return refuse(socket, 403);
    this.wss.handleUpgrade(req, socket, head, (ws) =>
      path === DISPLAY_PATH
        ? this.displays.attach(ws, address)
        : this.displays.pair(ws, req, address, identity),
    );
  }

  /** One code, one answer, then the line closes; the station connects again on /station. */
  private pair(ws: WebSocket, clientFp: string, address: string, identity: LanIdentity): void {
    const timer = setTimeout(() => ws.terminate(), PAIR_WAIT_MS);
    ws.on('error', () => ws.terminate());
    ws.once('message', (data, isBinary) => {
      clearTimeout(timer);
      const request = isBinary ? null : parse(pairRequestSchema, rawText(data));
      if (!request) return ws.close(CLOSE_MALFORMED);
      const code = request.code.replace(/[\s-]/g, '');
      const outcome = this.tryCore(
        () => this.authority.pairStation({ code, certFingerprint256: clientFp, address }),
        null,
      );
      if (!outcome) return ws.close(1011);
      const answer: PairAnswer = outcome.ok
        ? {
            t: 'paired',
            station: outcome.station,
            proof: pairingProof(code, identity.fingerprint256, clientFp),
          }
        : // /pair asks for no kind, so Core never answers pairing.kind here.
          {
            t: 'refused',
            reason: outcome.reason === 'pairing.kind' ? 'pairing.none' : outcome.reason,
          };
      this.log.info('lan pairing', { outcome: outcome.ok ? 'paired' : outcome.reason });
      ws.send(encode(answer), () => ws.close(1000));
    });
  }

  private report(listening: boolean, problem: string | null): void {
    this.tryCore(() => this.authority.reportListening({ listening, problem }), undefined);
  }

  private tryCore<T>(fn: () => T, fallback: T): T {
    try {
      return fn();
    } catch (err) {
      this.log.error('lan call into core failed', { error: (err as Error).name });
      return fallback;
    }
  }
}

const STATUS_TEXT = { 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found' } as const;

function refuse(socket: Duplex, status: keyof typeof STATUS_TEXT): void {
  const text = STATUS_TEXT[status];
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** '::ffff:192.168.1.20' as people read it. */
function plainAddress(address: string | undefined): string {
  return (address ?? '').replace(/^::ffff:/, '');
}
