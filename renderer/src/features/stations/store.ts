/** 局域网前台 (admin): the vault PC's LAN listener, pairing codes and the paired stations. */
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { AppErrorShape, Result } from '../../../../shared/contract/result';
import type {
  LanSettingsView,
  PairingCodeView,
  StationView,
} from '../../../../shared/contract/stationViews';
import { call } from '../../api/client';

interface StationsState {
  lan: LanSettingsView | null;
  stations: StationView[];
  /** The code on screen, and the stations there were when it was made. */
  pairing: PairingCodeView | null;
  knownAtPairing: string[];
  error: AppErrorShape | null;
  load(): Promise<void>;
  loadStations(): Promise<void>;
  /** The listener's state again: it starts, stops or moves after lan.update has answered. */
  loadLan(): Promise<void>;
  updateLan(input: Input<'lan.update'>): Promise<AppErrorShape | null>;
  startPairing(input: Input<'stations.pairingStart'>): Promise<Result<PairingCodeView>>;
  cancelPairing(): Promise<void>;
  /** Reads the list again; a station that was not there when the code was made is returned. */
  pollPairing(): Promise<StationView | null>;
  revoke(stationId: string): Promise<Result<StationView>>;
}

export const useStationsStore = create<StationsState>((set, get) => ({
  lan: null,
  stations: [],
  pairing: null,
  knownAtPairing: [],
  error: null,
  async load() {
    const [lan, stations] = await Promise.all([call('lan.get'), call('stations.list')]);
    if (!lan.ok) return set({ error: lan.error });
    set({
      lan: lan.data,
      stations: stations.ok ? stations.data : get().stations,
      error: stations.ok ? null : stations.error,
    });
  },
  async loadStations() {
    const r = await call('stations.list');
    if (r.ok) set({ stations: r.data });
  },
  async loadLan() {
    const r = await call('lan.get');
    if (r.ok) set({ lan: r.data });
  },
  async updateLan(input) {
    const r = await call('lan.update', input);
    if (!r.ok) return r.error;
    set({ lan: r.data });
    return null;
  },
  async startPairing(input) {
    // The list as it is now, so the station that joins with this code is the new one in it.
    await get().loadStations();
    const r = await call('stations.pairingStart', input);
    if (r.ok) set({ pairing: r.data, knownAtPairing: get().stations.map((s) => s.id) });
    return r;
  },
  async cancelPairing() {
    set({ pairing: null });
    await call('stations.pairingCancel');
  },
  async pollPairing() {
    await get().loadStations();
    const known = get().knownAtPairing;
    const paired = get().stations.find((s) => !known.includes(s.id)) ?? null;
    if (paired && get().pairing) set({ pairing: null });
    return paired;
  },
  async revoke(stationId) {
    const r = await call('stations.revoke', { stationId });
    if (r.ok) await get().loadStations();
    return r;
  },
}));

/** 9:58 for what is left of a code's ten minutes; 0:00 once it has run out. */
export function countdown(msLeft: number): string {
  const s = Math.max(0, Math.ceil(msLeft / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** 12345678 → 1234-5678, as the code is read aloud. */
export function groupedCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
