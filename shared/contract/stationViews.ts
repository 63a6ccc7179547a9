/**
 * Several desks at one site (issue 14): the vault PC holds the vault; desk PCs and hall
 * displays are paired stations that reach its Core over the LAN (mutual TLS).
 */

/** What a paired station may do: a desk signs staff in; a display only shows the hall board. */
export const STATION_KINDS = ['desk', 'display'] as const;
export type StationKind = (typeof STATION_KINDS)[number];

/** This PC's part: it holds the vault, is a paired station, or has not chosen yet. */
export type StationRole = 'vault' | 'desk' | 'display' | 'unset';

/** The LAN listener of the vault PC (局域网前台), off by default. */
export interface LanSettingsView {
  enabled: boolean;
  /** The port the admin chose. */
  port: number;
  /** Whether the vault PC is listening now (false while off, or when the port was taken). */
  listening: boolean;
  /** Why it is not listening although enabled (e.g. 'lan.portInUse'), a key the UI translates. */
  problem: string | null;
  /** SHA-256 of the vault PC's certificate, grouped XXXX-XXXX-…; null until first enabled. */
  fingerprint: string | null;
  /** This PC's LAN addresses, for the desk to type in. */
  addresses: string[];
}

/** A one-time pairing code (valid 10 minutes), shown on the vault PC with the fingerprint. */
export interface PairingCodeView {
  /** Eight digits, shown as 1234-5678. */
  code: string;
  name: string;
  kind: StationKind;
  expiresAt: number;
  fingerprint: string;
  port: number;
  addresses: string[];
}

/** A paired desk PC or hall display, as the admin sees it. */
export interface StationView {
  id: string;
  name: string;
  kind: StationKind;
  pairedAt: number;
  pairedByName: string | null;
  /** When the vault PC last heard from it (a call, a ping); null if never since pairing. */
  lastSeenAt: number | null;
  lastAddress: string | null;
  /** A live connection to the vault PC right now. */
  connected: boolean;
  /** A hall display that is a web browser (a TV) paired with a token, not a station PC. */
  browser?: boolean;
  revokedAt: number | null;
  revokedByName: string | null;
}

/** The hall display (叫号屏): called numbers and counters, never a name or a phone. */
export interface HallBoardView {
  now: number;
  /** Called and not yet served or gone, latest first. */
  called: { number: number; counter: string | null; calledAt: number }[];
  /** The last few served, latest first (the display shows them small). */
  recent: { number: number; counter: string | null }[];
  waiting: number;
  siteName: string;
}

/** What this PC is (answered by the desk PC's own main for a station, by Core on the vault PC). */
export interface StationStatusView {
  role: StationRole;
  /** The station's name given by the admin at pairing; null on the vault PC. */
  name: string | null;
  /** host:port of the vault PC, for a station. */
  vaultAddress: string | null;
  /** The pinned fingerprint of the vault PC's certificate, for a station. */
  fingerprint: string | null;
  /** A station whose pairing the vault PC revoked: it must be paired again. */
  revoked: boolean;
  /**
   * A page that cannot hold a vault (a browser served by the vault PC as a hall display):
   * its first run offers joining only, with `vaultAddress` the address it was served from.
   */
  joinOnly?: boolean;
}

/** A station just paired: the fingerprint to compare with the one on the vault PC's screen. */
export interface JoinedView {
  name: string;
  kind: StationKind;
  fingerprint: string;
  vaultAddress: string;
}
