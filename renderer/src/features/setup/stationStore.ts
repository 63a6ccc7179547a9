/** What this PC is (vault PC, desk PC, hall display, not chosen yet) and joining a vault PC. */
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { AppErrorShape, Result } from '../../../../shared/contract/result';
import type { JoinedView, StationStatusView } from '../../../../shared/contract/stationViews';
import { call, onFailure } from '../../api/client';

interface StationState {
  status: StationStatusView | null;
  /** station.status has answered (or failed: an older main without it is a vault PC). */
  loaded: boolean;
  load(): Promise<void>;
  join(input: Input<'station.join'>): Promise<Result<JoinedView>>;
  /** This PC forgets its pairing (fingerprints differ, or a revoked desk starts over). */
  forget(): Promise<AppErrorShape | null>;
}

export const useStationStore = create<StationState>((set) => ({
  status: null,
  loaded: false,
  async load() {
    const r = await call('station.status');
    set({ status: r.ok ? r.data : null, loaded: true });
  },
  async join(input) {
    return call('station.join', input);
  },
  async forget() {
    const r = await call('station.forget');
    if (!r.ok) return r.error;
    set({ status: r.data, loaded: true });
    return null;
  },
}));

/** A station's role; 'vault' when unknown (the app as it was before stations). */
export function stationRole(status: StationStatusView | null): StationStatusView['role'] {
  return status?.role ?? 'vault';
}

// The vault PC may revoke this desk at any time: any call refused so reads what this PC is now.
onFailure((channel, error) => {
  if (error.reason === 'station.revoked' && channel !== 'station.status')
    void useStationStore.getState().load();
});
