/** The home page's figures: one read, asked again whenever main pushes a changed view. */
import { create } from 'zustand';
import { LIVE_VIEWS, viewEvent } from '../../../../shared/contract/live';
import type { HomeSummary } from '../../../../shared/contract/homeViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { call, subscribe } from '../../api/client';

interface HomeState {
  summary: HomeSummary | null;
  error: AppErrorShape | null;
  load(): Promise<void>;
  /** While the page is open: any pushed view may change a figure, so the summary is read again. */
  watch(): () => void;
}

export const useHomeStore = create<HomeState>((set, get) => ({
  summary: null,
  error: null,
  async load() {
    const r = await call('home.summary');
    set(r.ok ? { summary: r.data, error: null } : { error: r.error });
  },
  watch() {
    // Several views arrive together after one commit; one read answers them all.
    let queued = false;
    const again = () => {
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        void get().load();
      });
    };
    const offs = LIVE_VIEWS.map((v) => subscribe(viewEvent(v), again));
    return () => offs.forEach((off) => off());
  },
}));
