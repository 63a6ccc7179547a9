/** 服务时限: the site calendar, the service levels and the escalation chain (admin edits). */
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { ServiceSettings } from '../../../../shared/contract/complaintViews';
import type { AppErrorShape, Result } from '../../../../shared/contract/result';
import { call } from '../../api/client';

interface SettingsState {
  settings: ServiceSettings | null;
  error: AppErrorShape | null;
  load(): Promise<void>;
  setCalendar(input: Input<'serviceLevels.setCalendar'>): Promise<AppErrorShape | null>;
  setLevel(input: Input<'serviceLevels.setLevel'>): Promise<AppErrorShape | null>;
  setChain(input: Input<'serviceLevels.setChain'>): Promise<AppErrorShape | null>;
}

export const useServiceSettingsStore = create<SettingsState>((set) => {
  const saved = (r: Result<ServiceSettings>) => {
    if (!r.ok) return r.error;
    set({ settings: r.data, error: null });
    return null;
  };
  return {
    settings: null,
    error: null,
    async load() {
      const r = await call('serviceLevels.get');
      set(r.ok ? { settings: r.data, error: null } : { error: r.error });
    },
    setCalendar: async (input) => saved(await call('serviceLevels.setCalendar', input)),
    setLevel: async (input) => saved(await call('serviceLevels.setLevel', input)),
    setChain: async (input) => saved(await call('serviceLevels.setChain', input)),
  };
});
