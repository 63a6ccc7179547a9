import type { StationKind } from '../../../shared/contract/stationViews';
import type { Db } from '../../db/types';
import type { AppEnv } from '../../ipc/context';
import { AppError } from '../../ipc/errors';
import { parseStationClientId } from '../../lan/authority';
import { stationState } from './stationState';

export interface StationCaller {
  id: string;
  name: string;
  kind: StationKind;
}

export function isStationClient(clientId: string): boolean {
  return clientId.startsWith('station:');
}

/** Every window of the station signs out (revoked, or found revoked on a call). */
export function endStationSessions(env: AppEnv, stationId: string): void {
  const prefix = `station:${stationId}:`;
  for (const s of env.sessions.all())
    if (s.clientId.startsWith(prefix)) env.sessions.end(s.clientId);
}

/**
 * The paired station behind a station window's call, or null for this PC's own windows.
 * A station that is unknown or revoked is refused, and whatever sessions it had end.
 */
export function stationCaller(env: AppEnv, db: Db, clientId: string): StationCaller | null {
  const parsed = parseStationClientId(clientId);
  if (!parsed) return null;
  const row = stationState(env).station(db, parsed.stationId);
  if (!row || row.revoked_at !== null) {
    endStationSessions(env, parsed.stationId);
    throw new AppError('UNAUTHENTICATED', 'This desk is no longer paired with the vault PC.', {
      reason: 'station.revoked',
    });
  }
  return { id: row.id, name: row.name, kind: row.kind };
}

/** Folders are chosen on the vault PC itself: a dialog there would face nobody at a station. */
export function refuseFolderAtStation(clientId: string): void {
  if (isStationClient(clientId))
    throw new AppError('FORBIDDEN', 'Exports from a desk are saved on the vault PC.', {
      reason: 'station.exportAtVault',
    });
}
