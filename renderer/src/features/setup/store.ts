import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { VaultStatus } from '../../../../shared/contract/views';
import { call, hasBridge } from '../../api/client';

interface VaultState {
  /** False when the page runs outside Deskbook (no preload, no harness bridge). */
  bridged: boolean;
  status: VaultStatus | null;
  loadError: AppErrorShape | null;
  load(): Promise<void>;
  setup(input: Input<'vault.setup'>): Promise<{ recoveryKey?: string; error?: AppErrorShape }>;
  recover(recoveryKey: string): Promise<AppErrorShape | null>;
}

export const useVaultStore = create<VaultState>((set) => ({
  bridged: hasBridge(),
  status: null,
  loadError: null,
  async load() {
    const r = await call('vault.status');
    set(r.ok ? { status: r.data, loadError: null } : { loadError: r.error });
  },
  async setup(input) {
    const r = await call('vault.setup', input);
    if (!r.ok) return { error: r.error };
    // The status flips to open only after the recovery key has been acknowledged.
    return { recoveryKey: r.data.recoveryKey };
  },
  async recover(recoveryKey) {
    const r = await call('vault.recover', { recoveryKey });
    if (!r.ok) return r.error;
    set({ status: r.data });
    return null;
  },
}));
