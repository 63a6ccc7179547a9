import { randomBytes, randomUUID } from 'node:crypto';
import type { TLSSocket } from 'node:tls';
import type { WebSocket } from 'ws';
import type { ChannelName, EventName } from '../../shared/contract';
import { fail, type Result } from '../../shared/contract/result';
import type { Logger } from '../ipc/context';
import {
  CLOSE_MALFORMED,
  CLOSE_REVOKED,
  STATION_PATH,
  encode,
  parseVaultMessage,
  rawText,
  type VaultMessage,
} from './protocol';
import { connectTls, openWebSocket, peerFingerprint } from './secureLine';

export { pairStation, type PairResult } from './pairing';

/** What a station PC keeps to reach its vault PC (station.json; the key sealed at rest). */
export interface StationCredentials {
  host: string;
  port: number;
  /** The vault PC's certificate pinned at pairing. */
  fingerprint256: string;
  /** The station's own client identity. */
  certPem: string;
  keyPem: string;
}

export interface DeskLinkOptions {
  minRetryMs?: number;
  maxRetryMs?: number;
  /** How long a call sent before a drop may wait for the line to come back. */
  confirmWindowMs?: number;
  /** The vault PC pings every 10 s; silence this long means the line is dead. */
  deadMs?: number;
  log?: Logger;
}

type EventListener = (window: string, event: EventName, payload: unknown) => void;

interface Pending {
  message: string;
  resolve: (result: Result<unknown>) => void;
  /** Set while the line is down: when it fires, the call is given up as unconfirmed. */
  giveUp: NodeJS.Timeout | null;
}

const quietLog: Logger = { error: () => {}, info: () => {} };
const CONNECT_TIMEOUT_MS = 10_000;

const offline = (reason: string) =>
  fail({ code: 'INTERNAL', message: 'The vault PC cannot be reached; nothing was sent.', reason });
const UNCONFIRMED = fail({
  code: 'INTERNAL',
  message: 'The line to the vault PC dropped before it answered; check whether it was saved.',
  reason: 'station.unconfirmed',
});
/** The vault PC could not read what was sent (a bug, not a line drop): resending cannot help. */
const UNREADABLE = fail({
  code: 'INTERNAL',
  message: 'The vault PC could not read the call; nothing was saved.',
});
const REVOKED = fail({
  code: 'UNAUTHENTICATED',
  message: 'The vault PC revoked this station.',
  reason: 'station.revoked',
});

/**
 * The station PC's line to the vault PC's Core, the same shape as CoreHost's link: calls by
 * window, Core's events, the line's state. A call already sent when the line drops is resent
 * with its id once the line is back (the vault PC answers a repeated id with its first answer).
 */
export class DeskLink {
  private readonly options: Required<Omit<DeskLinkOptions, 'log'>>;
  private readonly log: Logger;
  private readonly pending = new Map<string, Pending>();
  private readonly eventListeners = new Set<EventListener>();
  private readonly stateListeners = new Set<(up: boolean) => void>();
  private readonly revokedListeners = new Set<() => void>();
  /** end and lock messages asked for while the line was down, sent when it is back. */
  private queued: string[] = [];
  private ws: WebSocket | null = null;
  private up = false;
  private revoked = false;
  private closed = false;
  private firstSettled: Promise<boolean>;
  private settleFirst!: (up: boolean) => void;
  private retryMs: number;
  private retryTimer: NodeJS.Timeout | null = null;
  private watchdog: NodeJS.Timeout | null = null;
  private lastHeard = 0;
  private problem = 'transport.offline';
  /**
   * This run of the station's main. Windows are numbered from 1 again after a restart, so
   * each window id the vault PC sees carries it: a restarted desk never finds the session
   * someone left signed in before (and its hello ends those sessions).
   */
  private readonly boot = randomBytes(6).toString('hex');

  constructor(
    private readonly creds: StationCredentials,
    options: DeskLinkOptions = {},
  ) {
    this.options = {
      minRetryMs: options.minRetryMs ?? 500,
      maxRetryMs: options.maxRetryMs ?? 5_000,
      confirmWindowMs: options.confirmWindowMs ?? 30_000,
      deadMs: options.deadMs ?? 25_000,
    };
    this.log = options.log ?? quietLog;
    this.retryMs = this.options.minRetryMs;
    this.firstSettled = new Promise((done) => (this.settleFirst = done));
    void this.connect();
  }

  /** true once the first connection attempt reached the vault PC, false when it did not. */
  ready(): Promise<boolean> {
    return this.firstSettled;
  }

  dispatch(channel: ChannelName, input: unknown, window: string): Promise<Result<unknown>> {
    if (this.revoked) return Promise.resolve(REVOKED);
    if (!this.up || !this.ws) return Promise.resolve(offline(this.problem));
    const id = randomUUID();
    const message = encode({ t: 'call', id, window: this.windowId(window), channel, input });
    return new Promise((resolve) => {
      this.pending.set(id, { message, resolve, giveUp: null });
      this.ws!.send(message);
    });
  }

  onEvent(listener: EventListener): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  onState(listener: (up: boolean) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  onRevoked(listener: () => void): () => void {
    this.revokedListeners.add(listener);
    return () => this.revokedListeners.delete(listener);
  }

  endClient(window: string): void {
    this.control(encode({ t: 'end', window: this.windowId(window) }));
  }

  /** This PC's OS locked or slept: its sessions on the vault PC lock, nobody else's. */
  lockAll(): void {
    this.control(encode({ t: 'lock' }));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.settleAll(offline('transport.offline'));
    const ws = this.ws;
    this.ws = null;
    this.setUp(false);
    this.settleFirst(false);
    if (!ws) return;
    await new Promise<void>((done) => {
      const stop = setTimeout(() => {
        ws.terminate();
        done();
      }, 2_000);
      ws.once('close', () => {
        clearTimeout(stop);
        done();
      });
      ws.close(1000);
    });
  }

  private windowId(window: string): string {
    return `${this.boot}.${window}`;
  }

  private control(message: string): void {
    if (this.revoked || this.closed) return;
    if (this.up && this.ws) this.ws.send(message);
    else if (!this.queued.includes(message)) this.queued.push(message);
  }

  private async connect(): Promise<void> {
    this.retryTimer = null;
    if (this.closed || this.revoked) return;
    let socket: TLSSocket;
    try {
      socket = await connectTls(this.creds, CONNECT_TIMEOUT_MS);
    } catch {
      return this.failed('transport.offline');
    }
    if (this.closed) return void socket.destroy();
    if (peerFingerprint(socket) !== this.creds.fingerprint256) {
      // Not the vault PC this station paired with: hang up before sending a single byte.
      socket.destroy();
      this.log.error('lan vault certificate does not match the pinned one');
      return this.failed('station.pinMismatch');
    }
    this.open(openWebSocket(socket, STATION_PATH));
  }

  private open(ws: WebSocket): void {
    let opened = false;
    ws.on('unexpected-response', (req, res) => {
      req.destroy();
      if (res.statusCode === 401) this.revoke();
      else this.failed('transport.offline');
    });
    ws.on('open', () => {
      opened = true;
      this.ws = ws;
      this.connected();
    });
    ws.on('message', (data, isBinary) => this.receive(ws, isBinary ? null : rawText(data)));
    ws.on('ping', () => (this.lastHeard = Date.now()));
    ws.on('error', () => ws.terminate());
    ws.on('close', (code) => {
      if (code === CLOSE_REVOKED) return this.revoke();
      if (code === CLOSE_MALFORMED) this.settleAll(UNREADABLE);
      if (opened) this.dropped(ws);
      else this.failed('transport.offline');
    });
  }

  private connected(): void {
    this.retryMs = this.options.minRetryMs;
    this.problem = 'transport.offline';
    this.lastHeard = Date.now();
    this.watch();
    this.log.info('lan line up');
    this.setUp(true);
    this.settleFirst(true);
    const ws = this.ws!;
    ws.send(encode({ t: 'hello', boot: this.boot }));
    for (const message of this.queued) ws.send(message);
    this.queued = [];
    for (const call of this.pending.values()) {
      if (call.giveUp) clearTimeout(call.giveUp);
      call.giveUp = null;
      ws.send(call.message);
    }
  }

  private receive(ws: WebSocket, raw: string | null): void {
    this.lastHeard = Date.now();
    const message = raw === null ? null : parseVaultMessage(raw);
    if (!message) return ws.close(CLOSE_MALFORMED);
    this.handle(message);
  }

  private handle(message: VaultMessage): void {
    if (message.t === 'revoked') return this.revoke();
    if (message.t === 'event') {
      const prefix = `${this.boot}.`;
      // Events for a window of an earlier run have nobody to reach.
      if (!message.window.startsWith(prefix)) return;
      const window = message.window.slice(prefix.length);
      this.eventListeners.forEach((l) => l(window, message.event, message.payload));
      return;
    }
    const call = this.pending.get(message.id);
    if (!call) return;
    this.pending.delete(message.id);
    if (call.giveUp) clearTimeout(call.giveUp);
    call.resolve(message.result);
  }

  /** The established line went down: what was sent waits for it, up to the confirm window. */
  private dropped(ws: WebSocket): void {
    if (this.ws !== ws) return;
    this.ws = null;
    this.stopWatch();
    this.log.info('lan line down');
    this.setUp(false);
    for (const [id, call] of this.pending) {
      call.giveUp ??= setTimeout(() => {
        this.pending.delete(id);
        call.resolve(UNCONFIRMED);
      }, this.options.confirmWindowMs);
    }
    this.retryMs = this.options.minRetryMs;
    this.schedule();
  }

  private failed(problem: string): void {
    this.problem = problem;
    this.settleFirst(false);
    this.schedule();
  }

  private schedule(): void {
    if (this.closed || this.revoked || this.retryTimer) return;
    const wait = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, this.options.maxRetryMs);
    this.retryTimer = setTimeout(() => void this.connect(), wait);
  }

  private revoke(): void {
    if (this.revoked) return;
    this.revoked = true;
    this.log.info('lan station revoked by the vault PC');
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.stopWatch();
    this.ws?.terminate();
    this.ws = null;
    this.queued = [];
    this.settleAll(REVOKED);
    this.setUp(false);
    this.settleFirst(false);
    this.revokedListeners.forEach((l) => l());
  }

  /** The vault PC pings every 10 s; a line silent past deadMs is half-open, so drop it. */
  private watch(): void {
    this.stopWatch();
    const every = Math.max(250, Math.min(5_000, this.options.deadMs / 5));
    this.watchdog = setInterval(() => {
      if (Date.now() - this.lastHeard > this.options.deadMs) this.ws?.terminate();
    }, every);
    this.watchdog.unref();
  }

  private stopWatch(): void {
    if (this.watchdog) clearInterval(this.watchdog);
    this.watchdog = null;
  }

  private settleAll(result: Result<unknown>): void {
    for (const call of this.pending.values()) {
      if (call.giveUp) clearTimeout(call.giveUp);
      call.resolve(result);
    }
    this.pending.clear();
  }

  private setUp(up: boolean): void {
    if (this.up === up) return;
    this.up = up;
    this.stateListeners.forEach((l) => l(up));
  }
}
