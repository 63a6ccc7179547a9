/** Everyone on site now (desk.onSite): the evacuation list. */
import { create } from 'zustand';
import type { OnSiteEntry } from '../../../../shared/contract/deskViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { call } from '../../api/client';

interface OnSiteState {
  people: OnSiteEntry[];
  /** When the list was last fetched: printed at the top of the sheet. */
  loadedAt: number | null;
  error: AppErrorShape | null;
  loading: boolean;
  load(): Promise<void>;
}

export const useOnSiteStore = create<OnSiteState>((set) => ({
  people: [],
  loadedAt: null,
  error: null,
  loading: false,
  async load() {
    set({ loading: true });
    const r = await call('desk.onSite');
    set(
      r.ok
        ? {
            people: [...r.data].sort((a, b) => a.since - b.since),
            loadedAt: Date.now(),
            error: null,
            loading: false,
          }
        : { error: r.error, loading: false },
    );
  },
}));
