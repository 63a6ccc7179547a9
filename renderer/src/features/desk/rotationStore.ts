/** Today's consultant rotation (签到排名 / 轮值). */
import { create } from 'zustand';
import type { RotationView } from '../../../../shared/contract/receptionViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { ConsultantStatus } from '../../../../shared/domain/rotation';
import { call, follow, type LiveFollower } from '../../api/client';

interface RotationState {
  view: RotationView | null;
  error: AppErrorShape | null;
  load(): Promise<void>;
  signIn(username: string, pin: string): Promise<AppErrorShape | null>;
  setStatus(staffId: string, status: ConsultantStatus, reason?: string): Promise<void>;
}

export const useRotationStore = create<RotationState>((set) => ({
  view: null,
  error: null,
  async load() {
    const r = await call('rotation.today');
    set(r.ok ? { view: r.data, error: null } : { error: r.error });
  },
  async signIn(username, pin) {
    const r = await call('rotation.signIn', { username: username.trim(), pin });
    if (!r.ok) return r.error;
    set({ view: r.data, error: null });
    return null;
  },
  async setStatus(staffId, status, reason) {
    const r = await call('rotation.setStatus', {
      staffId,
      status,
      ...(reason?.trim() ? { reason: reason.trim() } : {}),
    });
    set(r.ok ? { view: r.data, error: null } : { error: r.error });
  },
}));

export const rotationLive: LiveFollower = {
  channel: 'rotation.today',
  follow: () =>
    follow('rotation.today', (view) => useRotationStore.setState({ view, error: null })),
  reload: () => useRotationStore.getState().load(),
};
