import { WebSocket, type RawData } from 'ws';
import { contract, isChannelName, type EventName } from '../../shared/contract';
import { fail, type Result } from '../../shared/contract/result';
import type { Logger } from '../ipc/context';
import {
  parseStationClientId,
  stationClientId,
  type PairedStation,
  type StationAuthority,
} from './authority';
import { CallCache } from './callCache';
import {
  CLOSE_MALFORMED,
  CLOSE_REPLACED,
  CLOSE_REVOKED,
  deskMessageSchema,
  encode,
  parse,
  rawText,
  type DeskMessage,
} from './protocol';

export interface LinkLimits {
  /** A station silent (no pong, no message) this long is terminated. */
  deadMs: number;
  /** A station whose socket buffers more than this is terminated: it reconnects and reads again. */
  maxBufferBytes: number;
  cacheSize: number;
  cacheMs: number;
  /** last seen is written at most this often while a station stays connected. */
  seenEveryMs: number;
  now: () => number;
}

interface Connection {
  ws: WebSocket;
  station: PairedStation;
  address: string;
  lastHeard: number;
  lastReported: number;
}

const DISPLAY_ONLY = fail({
  code: 'FORBIDDEN',
  message: 'A hall display may only read the hall board.',
  reason: 'station.display',
});

/** Does a view event belong to a channel a display may call (view:hall.board)? */
function displayEvent(event: EventName): boolean {
  const channel = event.startsWith('view:') ? event.slice(5) : '';
  return isChannelName(channel) && contract[channel].display === true;
}

/**
 * The live connections of paired stations on the vault PC: one per station (a newer one
 * replaces a half-open older one), their calls into Core, Core's events out to them, the
 * keepalive and the buffer cap. Everything here runs on the db worker's thread beside Core.
 */
export class StationLinks {
  private readonly connections = new Map<string, Connection>();
  private readonly caches = new Map<string, CallCache<string>>();

  constructor(
    private readonly authority: StationAuthority,
    private readonly limits: LinkLimits,
    private readonly log: Logger,
  ) {}

  attach(ws: WebSocket, station: PairedStation, address: string): void {
    const now = this.limits.now();
    const conn: Connection = { ws, station, address, lastHeard: now, lastReported: now };
    // Its PC opens one line at a time, so an older one still here is half-open.
    this.connections.get(station.id)?.ws.close(CLOSE_REPLACED);
    this.connections.get(station.id)?.ws.terminate();
    this.connections.set(station.id, conn);
    this.guard('stationSeen', () => this.authority.stationSeen(station.id, address, true));
    this.log.info('lan station connected', { station: station.id });
    ws.on('pong', () => this.heard(conn));
    ws.on('message', (data, isBinary) => this.receive(conn, data, isBinary));
    ws.on('error', () => ws.terminate());
    ws.on('close', () => this.detach(conn));
  }

  /** Core revoked it (after commit): tell it and hang up at once. */
  revoke(stationId: string): void {
    this.caches.delete(stationId);
    const conn = this.connections.get(stationId);
    if (!conn) return;
    this.connections.delete(stationId);
    if (conn.ws.readyState === WebSocket.OPEN) conn.ws.send(encode({ t: 'revoked' }));
    conn.ws.close(CLOSE_REVOKED);
    // A station that does not answer the close handshake must not keep a socket open.
    setTimeout(() => conn.ws.terminate(), 2_000).unref();
  }

  event(clientId: string, event: EventName, payload: unknown): void {
    const target = parseStationClientId(clientId);
    const conn = target && this.connections.get(target.stationId);
    if (!conn || !target) return;
    if (conn.station.kind === 'display' && !displayEvent(event)) return;
    this.send(conn, encode({ t: 'event', window: target.window, event, payload }));
  }

  /** Pings every station; one silent past deadMs is terminated (its close handler cleans up). */
  keepalive(): void {
    const now = this.limits.now();
    for (const conn of this.connections.values()) {
      if (now - conn.lastHeard > this.limits.deadMs) {
        this.log.info('lan station silent, terminated', { station: conn.station.id });
        conn.ws.terminate();
      } else if (conn.ws.readyState === WebSocket.OPEN) {
        conn.ws.ping();
      }
    }
  }

  isConnected(stationId: string): boolean {
    return this.connections.has(stationId);
  }

  private receive(conn: Connection, data: RawData, isBinary: boolean): void {
    this.heard(conn);
    const message = isBinary ? null : parse(deskMessageSchema, rawText(data));
    if (!message) {
      this.log.info('lan message malformed, closed', { station: conn.station.id });
      conn.ws.close(CLOSE_MALFORMED);
      return;
    }
    this.handle(conn, message);
  }

  private handle(conn: Connection, message: DeskMessage): void {
    const stationId = conn.station.id;
    if (message.t === 'end') {
      const clientId = stationClientId(stationId, message.window);
      return this.guard('endClient', () => this.authority.endClient(clientId));
    }
    if (message.t === 'lock')
      return this.guard('lockStation', () => this.authority.lockStation(stationId));
    if (message.t === 'hello')
      return this.guard('stationStarted', () =>
        this.authority.stationStarted(stationId, message.boot),
      );
    const cache = this.cacheOf(stationId);
    const answered = cache.get(message.id);
    if (answered !== undefined) return this.send(conn, answered);
    const result = this.call(conn.station, message);
    const encoded = encode({ t: 'result', id: message.id, result });
    cache.set(message.id, encoded);
    this.send(conn, encoded);
  }

  private call(station: PairedStation, message: DeskMessage & { t: 'call' }): Result<unknown> {
    const { channel, input, window } = message;
    if (station.kind === 'display' && !(isChannelName(channel) && contract[channel].display)) {
      return DISPLAY_ONLY;
    }
    try {
      // The router answers NOT_FOUND for a name outside the contract.
      return this.authority.dispatch(channel as never, input, stationClientId(station.id, window));
    } catch (err) {
      this.log.error('lan dispatch failed', { error: (err as Error).name });
      return fail({ code: 'INTERNAL', message: 'The vault PC could not answer.' });
    }
  }

  private send(conn: Connection, data: string): void {
    const { ws } = conn;
    if (ws.readyState !== WebSocket.OPEN) return;
    if (ws.bufferedAmount + data.length > this.limits.maxBufferBytes) {
      this.log.info('lan station not reading, terminated', { station: conn.station.id });
      ws.terminate();
      return;
    }
    ws.send(data);
  }

  private heard(conn: Connection): void {
    const now = this.limits.now();
    conn.lastHeard = now;
    if (now - conn.lastReported < this.limits.seenEveryMs) return;
    conn.lastReported = now;
    this.guard('stationSeen', () =>
      this.authority.stationSeen(conn.station.id, conn.address, true),
    );
  }

  private detach(conn: Connection): void {
    if (this.connections.get(conn.station.id) !== conn) return;
    this.connections.delete(conn.station.id);
    this.log.info('lan station disconnected', { station: conn.station.id });
    this.guard('stationSeen', () =>
      this.authority.stationSeen(conn.station.id, conn.address, false),
    );
  }

  private cacheOf(stationId: string): CallCache<string> {
    let cache = this.caches.get(stationId);
    if (!cache) {
      cache = new CallCache(this.limits.cacheSize, this.limits.cacheMs, this.limits.now);
      this.caches.set(stationId, cache);
    }
    return cache;
  }

  /** Core's calls should not throw; if one does (a closed vault), the socket stays usable. */
  private guard(what: string, fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.log.error(`lan ${what} failed`, { error: (err as Error).name });
    }
  }
}
