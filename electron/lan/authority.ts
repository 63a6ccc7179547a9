import type { ChannelName, EventName, EventPayloads } from '../../shared/contract';
import type { Result } from '../../shared/contract/result';
import type { StationKind } from '../../shared/contract/stationViews';

/**
 * What the LAN listener (electron/lan/lanServer.ts) needs of the vault PC's Core. Both run
 * in the db worker, so these are plain synchronous calls; Core implements it
 * (`core.stations`), and Core alone decides who is paired, revoked or allowed.
 */

/** The vault PC's TLS identity, generated once and kept in the vault (the key is a secret). */
export interface LanIdentity {
  certPem: string;
  keyPem: string;
  /** SHA-256 of the certificate's DER, upper-case hex pairs joined by ':' (Node's fingerprint256). */
  fingerprint256: string;
}

export interface LanConfig {
  enabled: boolean;
  port: number;
}

/** A paired, not revoked station, found by the fingerprint of the client certificate it presented. */
export interface PairedStation {
  id: string;
  name: string;
  kind: StationKind;
}

export type PairOutcome =
  | { ok: true; station: PairedStation }
  | {
      ok: false;
      reason:
        | 'pairing.none'
        | 'pairing.expired'
        | 'pairing.wrongCode'
        | 'pairing.tooManyTries'
        // The code was made for another kind (a desk's code typed into a browser display).
        | 'pairing.kind';
    };

export type StationChange =
  | { type: 'lan' } // enabled/port changed: start, stop or move the listener
  | { type: 'revoked'; stationId: string }; // close its connections now

export interface StationAuthority {
  lanConfig(): LanConfig | null; // null while the vault is not open
  lanIdentity(): LanIdentity | null;
  /** Stores a newly generated identity (first enable); audited as lan.identityCreated. */
  storeLanIdentity(identity: LanIdentity): void;
  /** What the listener is doing, for lan.get (problem: 'lan.portInUse', 'lan.failed'). */
  reportListening(state: { listening: boolean; problem: string | null }): void;
  /**
   * Checks the one-time code and records the station with this client certificate (or, for a
   * browser display, `token:<sha256 hex of its token>`). `onlyKind`: a code made for another
   * kind is refused (`pairing.kind`) and stays usable.
   */
  pairStation(request: {
    code: string;
    certFingerprint256: string;
    address: string;
    onlyKind?: StationKind;
  }): PairOutcome;
  stationByFingerprint(certFingerprint256: string): PairedStation | null;
  /** A connection opened (address) or a message arrived: shown as last seen / connected. */
  stationSeen(stationId: string, address: string, connected: boolean): void;
  dispatch(channel: ChannelName, input: unknown, clientId: string): Result<unknown>;
  /** The station's window closed: its session ends. */
  endClient(clientId: string): void;
  /** The station PC's OS locked or slept: its sessions lock, nobody else's. */
  lockStation(stationId: string): void;
  /**
   * The station's main said hello with the id of its run (`boot`). Its windows are numbered
   * again after a restart, so the sessions of an earlier run end: nobody inherits them.
   */
  stationStarted(stationId: string, boot: string): void;
  onEvent(
    listener: <E extends EventName>(clientId: string, event: E, payload: EventPayloads[E]) => void,
  ): () => void;
  onStationChange(listener: (change: StationChange) => void): () => void;
}

/** A window of a station, as Core's session and event keys: `station:<stationId>:<window>`. */
export function stationClientId(stationId: string, window: string): string {
  return `station:${stationId}:${window}`;
}

export function parseStationClientId(
  clientId: string,
): { stationId: string; window: string } | null {
  const m = /^station:([^:]+):(.+)$/.exec(clientId);
  return m ? { stationId: m[1]!, window: m[2]! } : null;
}
