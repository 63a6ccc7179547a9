import type { Db } from '../../db/types';
import type { AppEnv } from '../../ipc/context';
import type { StationChange } from '../../lan/authority';
import { PairingCodes } from './pairingCodes';
import { getStation, type StationRow } from './stationQueries';

/** last_seen_at is written at most this often while a station keeps talking. */
export const SEEN_WRITE_MS = 60_000;

export interface Presence {
  connected: boolean;
  lastSeenAt: number;
  address: string;
  writtenAt: number | null;
}

/**
 * What Core keeps in memory about stations: the pairing code, who is connected, what the LAN
 * listener reported, and a small cache of station rows for the router (one look-up per
 * station, forgotten on pairing and revocation). One per Core (keyed by its env).
 */
export class StationState {
  readonly codes = new PairingCodes();
  readonly presence = new Map<string, Presence>();
  listening: { listening: boolean; problem: string | null } = { listening: false, problem: null };
  private readonly rows = new Map<string, StationRow | null>();
  private rowsOf: Db | null = null;
  private readonly listeners = new Set<(change: StationChange) => void>();

  station(db: Db, id: string): StationRow | null {
    // A restore swaps the database: rows cached from the old one mean nothing.
    if (this.rowsOf !== db) {
      this.rows.clear();
      this.rowsOf = db;
    }
    if (!this.rows.has(id)) this.rows.set(id, getStation(db, id) ?? null);
    return this.rows.get(id)!;
  }

  forget(id: string): void {
    this.rows.delete(id);
  }

  /** Records a sign of life; true when last_seen_at is due to be written. */
  seen(id: string, address: string, connected: boolean, now: number): boolean {
    const before = this.presence.get(id);
    const writtenAt = before?.writtenAt ?? null;
    const due = !connected || writtenAt === null || now - writtenAt >= SEEN_WRITE_MS;
    this.presence.set(id, {
      connected,
      lastSeenAt: now,
      address,
      writtenAt: due ? now : writtenAt,
    });
    return due;
  }

  onChange(listener: (change: StationChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(change: StationChange): void {
    this.listeners.forEach((l) => l(change));
  }
}

const states = new WeakMap<AppEnv, StationState>();

export function stationState(env: AppEnv): StationState {
  let s = states.get(env);
  if (!s) states.set(env, (s = new StationState()));
  return s;
}
