import type { JoinedView, StationStatusView } from '../../shared/contract/stationViews';
import { displayFingerprint } from '../../shared/domain/fingerprint';
import type { StationFile } from './stationFile';

/** host:port as a person types it; an IPv6 address in brackets. */
export function vaultAddress(file: StationFile): string {
  const { host, port } = file.vault;
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/** What a station PC answers for station.status itself (Core answers on the vault PC). */
export function stationStatus(file: StationFile): StationStatusView {
  return {
    role: file.station.kind,
    name: file.station.name,
    vaultAddress: vaultAddress(file),
    fingerprint: displayFingerprint(file.vault.fingerprint256),
    revoked: file.revoked,
  };
}

export function joinedView(file: StationFile): JoinedView {
  return {
    name: file.station.name,
    kind: file.station.kind,
    fingerprint: displayFingerprint(file.vault.fingerprint256),
    vaultAddress: vaultAddress(file),
  };
}

/** This PC is neither: the first run offers to create a vault or to join one. */
export const UNSET_STATUS: StationStatusView = {
  role: 'unset',
  name: null,
  vaultAddress: null,
  fingerprint: null,
  revoked: false,
};
