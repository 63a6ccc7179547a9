import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import { z } from 'zod';
import type { JoinedView } from '../../shared/contract/stationViews';
import { displayFingerprint } from '../../shared/domain/fingerprint';
import type { Logger } from '../ipc/context';
import {
  stationClientId,
  type LanIdentity,
  type PairedStation,
  type StationAuthority,
} from './authority';
import { displayTokenFingerprint, newDisplayToken } from './displayToken';
import { CLOSE_MALFORMED, CLOSE_REVOKED, parse, rawText } from './protocol';
import type { StationLinks } from './stationLinks';

/**
 * A hall display that is only a web browser (a TV): no client certificate, so it pairs on
 * /display-pair with a display code and gets a random token; on /display the token is its
 * first message, and from then on the line is a display station's like any other
 * (StationLinks: display channels only, its windows' events, call ids, keepalive, the cap).
 */
export const DISPLAY_PAIR_PATH = '/display-pair';
export const DISPLAY_PATH = '/display';
const WAIT_MS = 15_000;

const pairDisplaySchema = z.strictObject({ t: z.literal('pairDisplay'), code: z.string().max(32) });
const helloSchema = z.strictObject({
  t: z.literal('hello'),
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});
/** Only to learn the windows of a display's page, whose sessions end with its line. */
const windowOf = z.object({ t: z.literal('call'), window: z.string() });

export class BrowserDisplays {
  constructor(
    private readonly authority: StationAuthority,
    private readonly links: StationLinks,
    private readonly log: Logger,
  ) {}

  /** Another origin's page must not drive this line with the TV's stored token. */
  sameOrigin(req: IncomingMessage): boolean {
    const origin = req.headers.origin;
    return origin === undefined || origin === `https://${req.headers.host ?? ''}`;
  }

  /** One code, one answer: the token (kept by the browser; the vault keeps its hash). */
  pair(ws: WebSocket, req: IncomingMessage, address: string, identity: LanIdentity): void {
    const timer = setTimeout(() => ws.terminate(), WAIT_MS);
    ws.on('error', () => ws.terminate());
    ws.once('message', (data, isBinary) => {
      clearTimeout(timer);
      const request = isBinary ? null : parse(pairDisplaySchema, rawText(data));
      if (!request) return ws.close(CLOSE_MALFORMED);
      const token = newDisplayToken();
      const outcome = this.core(() =>
        this.authority.pairStation({
          code: request.code.replace(/[\s-]/g, ''),
          certFingerprint256: displayTokenFingerprint(token),
          address,
          onlyKind: 'display',
        }),
      );
      if (!outcome) return ws.close(1011);
      this.log.info('lan display pairing', { outcome: outcome.ok ? 'paired' : outcome.reason });
      const answer = outcome.ok
        ? { t: 'paired', token, joined: joined(outcome.station, identity, req) }
        : { t: 'refused', reason: outcome.reason };
      ws.send(JSON.stringify(answer), () => ws.close(1000));
    });
  }

  /** The first message names the display by its token; then StationLinks carries the line. */
  attach(ws: WebSocket, address: string): void {
    const timer = setTimeout(() => ws.terminate(), WAIT_MS);
    ws.on('error', () => ws.terminate());
    ws.once('message', (data, isBinary) => {
      clearTimeout(timer);
      const hello = isBinary ? null : parse(helloSchema, rawText(data));
      if (!hello) return ws.close(CLOSE_MALFORMED);
      const station = this.core(() =>
        this.authority.stationByFingerprint(displayTokenFingerprint(hello.token)),
      );
      if (!station || station.kind !== 'display') {
        this.log.info('lan display token refused', {});
        ws.send(JSON.stringify({ t: 'refused', reason: 'station.revoked' }), () =>
          ws.close(CLOSE_REVOKED),
        );
        return;
      }
      this.links.attach(ws, station, address);
      this.endWindowsOnClose(ws, station);
      ws.send(JSON.stringify({ t: 'welcome', station }));
    });
  }

  /** A browser page cannot say it closed for sure: its windows' sessions end with its line. */
  private endWindowsOnClose(ws: WebSocket, station: PairedStation): void {
    const windows = new Set<string>();
    ws.on('message', (data, isBinary) => {
      if (windows.size >= 16 || isBinary) return;
      const call = parse(windowOf, rawText(data));
      if (call) windows.add(call.window);
    });
    ws.on('close', () => {
      for (const w of windows)
        this.core(() => this.authority.endClient(stationClientId(station.id, w)));
    });
  }

  private core<T>(fn: () => T): T | null {
    try {
      return fn();
    } catch (err) {
      this.log.error('lan call into core failed', { error: (err as Error).name });
      return null;
    }
  }
}

/** What the page shows to compare: the certificate the browser's own viewer also shows. */
function joined(station: PairedStation, identity: LanIdentity, req: IncomingMessage): JoinedView {
  const host = req.headers.host ?? '';
  return {
    name: station.name,
    kind: station.kind,
    fingerprint: displayFingerprint(identity.fingerprint256),
    vaultAddress: /^[A-Za-z0-9.:\-[\]]{1,260}$/.test(host) ? host : '',
  };
}
