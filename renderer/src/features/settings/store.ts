import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Input, Output } from '../../../../shared/contract';
import type { AppErrorShape, Result } from '../../../../shared/contract/result';
import type { DeskSettings } from '../../../../shared/contract/views';
import { MODULES, type Module } from '../../../../shared/domain/modules';
import { call, follow, type LiveFollower } from '../../api/client';
import { useVaultStore } from '../setup/store';

interface SettingsState {
  settings: DeskSettings | null;
  error: AppErrorShape | null;
  load(): Promise<void>;
  save(patch: Input<'settings.update'>): Promise<AppErrorShape | null>;
  /** Handovers older than the retention period (admin); never younger ones. */
  purgeHandovers(): Promise<Result<Output<'handover.purgeExpired'>>>;
}

export const useSettingsStore = create<SettingsState>((set) => ({
  settings: null,
  error: null,
  async load() {
    const r = await call('settings.get');
    set(r.ok ? { settings: r.data, error: null } : { error: r.error });
  },
  async save(patch) {
    const r = await call('settings.update', patch);
    if (!r.ok) return r.error;
    set({ settings: r.data });
    // The header shows the site name from the vault status.
    void useVaultStore.getState().load();
    return null;
  },
  purgeHandovers: () => call('handover.purgeExpired', { confirm: true }),
}));

/** The admin's choice reaches every window at once: main pushes settings after each change. */
export const settingsLive: LiveFollower = {
  channel: 'settings.get',
  follow: () => follow('settings.get', (settings) => useSettingsStore.setState({ settings })),
  reload: () => useSettingsStore.getState().load(),
};

/** Until settings are read, every module counts as in use (main refuses the others anyway). */
export function modulesOf(settings: DeskSettings | null): readonly Module[] {
  return settings?.modules ?? MODULES;
}

/**
 * The modules in use, for hiding what the site does not use. The same array while its
 * modules stay the same: main pushes settings as a new object after every save and a
 * reload reads them again, and screens key their effects on this list.
 */
export const useModules = (): readonly Module[] =>
  useSettingsStore(useShallow((s) => modulesOf(s.settings)));
