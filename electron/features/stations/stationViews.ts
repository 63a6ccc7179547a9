import { networkInterfaces } from 'node:os';
import type { LanSettingsView, StationView } from '../../../shared/contract/stationViews';
import { displayFingerprint } from '../../../shared/domain/fingerprint';
import type { Db } from '../../db/types';
import { getStaff } from '../staff';
import { isBrowserFingerprint } from '../../lan/displayToken';
import { readLanConfig, readLanIdentity, type StationRow } from './stationQueries';
import type { StationState } from './stationState';

/** This PC's LAN addresses (IPv4, not loopback), for the desk to type in. */
export function lanAddresses(): string[] {
  const out: string[] = [];
  for (const list of Object.values(networkInterfaces()))
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) out.push(a.address);
  return out;
}

export function lanView(db: Db, state: StationState): LanSettingsView {
  const config = readLanConfig(db);
  const identity = readLanIdentity(db);
  const listening = config.enabled && state.listening.listening;
  return {
    ...config,
    listening,
    problem: config.enabled && !listening ? state.listening.problem : null,
    fingerprint: identity ? displayFingerprint(identity.fingerprint256) : null,
    addresses: lanAddresses(),
  };
}

function nameOf(db: Db, staffId: string | null): string | null {
  return staffId ? (getStaff(db, staffId)?.display_name ?? null) : null;
}

/** The row with what Core holds in memory: connected now, and a last sign of life not yet written. */
export function stationView(db: Db, state: StationState, row: StationRow): StationView {
  const live = state.presence.get(row.id);
  const fresher = live && live.lastSeenAt > (row.last_seen_at ?? -Infinity);
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    pairedAt: row.paired_at,
    pairedByName: nameOf(db, row.paired_by),
    lastSeenAt: fresher ? live.lastSeenAt : row.last_seen_at,
    lastAddress: fresher ? live.address : row.last_address,
    connected: row.revoked_at === null && (live?.connected ?? false),
    ...(isBrowserFingerprint(row.cert_fingerprint) ? { browser: true } : {}),
    revokedAt: row.revoked_at,
    revokedByName: nameOf(db, row.revoked_by),
  };
}
