/** 接待公平: per consultant per business day (fairness.today). */
import { create } from 'zustand';
import type { FairnessView } from '../../../../shared/contract/receptionViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { call } from '../../api/client';

interface FairnessState {
  /** YYYY-MM-DD picked by the supervisor; null = today as main counts it. */
  day: string | null;
  view: FairnessView | null;
  error: AppErrorShape | null;
  load(): Promise<void>;
  setDay(day: string | null): Promise<void>;
}

export const useFairnessStore = create<FairnessState>((set, get) => ({
  day: null,
  view: null,
  error: null,
  async load() {
    const day = get().day;
    const r = await call('fairness.today', day ? { businessDate: day } : undefined);
    if (get().day !== day) return;
    set(r.ok ? { view: r.data, error: null } : { error: r.error });
  },
  async setDay(day) {
    set({ day });
    await get().load();
  },
}));
