/** Visitors waiting for their consultant (访客登记), with main's clock for the live timers. */
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { VisitorRegistered, VisitorView } from '../../../../shared/contract/receptionViews';
import type { AppErrorShape, Result } from '../../../../shared/contract/result';
import type { PassReason } from '../../../../shared/domain/rotation';
import { call, follow, type LiveFollower } from '../../api/client';
import { useCountsStore } from './countsStore';
import { useRotationStore } from './rotationStore';

interface VisitorsState {
  visitors: VisitorView[];
  /** main's clock minus ours when it last answered: the timers count on main's time. */
  offsetMs: number;
  error: AppErrorShape | null;
  /** The last visitor registered at this desk: the panel says who was called. */
  registered: VisitorRegistered | null;
  dismissRegistered(): void;
  load(): Promise<void>;
  register(input: Input<'visitors.register'>): Promise<Result<VisitorRegistered>>;
  confirm(visitorId: string, username: string, pin: string): Promise<AppErrorShape | null>;
  passOn(visitorId: string, reason: PassReason): Promise<AppErrorShape | null>;
  leave(visitorId: string): Promise<AppErrorShape | null>;
}

export const useVisitorsStore = create<VisitorsState>((set, get) => {
  /** Any change to a visitor moves the rotation and the day's figures too. */
  const after = async <T>(r: Result<T>): Promise<AppErrorShape | null> => {
    await get().load();
    void useRotationStore.getState().load();
    void useCountsStore.getState().load();
    if (!r.ok) set({ error: r.error });
    return r.ok ? null : r.error;
  };
  return {
    visitors: [],
    offsetMs: 0,
    error: null,
    registered: null,
    dismissRegistered: () => set({ registered: null }),
    async load() {
      const r = await call('visitors.waiting');
      if (r.ok) set({ visitors: r.data.visitors, offsetMs: r.data.now - Date.now(), error: null });
      else set({ error: r.error });
    },
    async register(input) {
      const r = await call('visitors.register', input);
      if (r.ok) {
        set({ registered: r.data });
        await after(r);
      }
      return r;
    },
    async confirm(visitorId, username, pin) {
      const r = await call('visitors.confirm', { visitorId, username: username.trim(), pin });
      if (!r.ok) return r.error;
      return after(r);
    },
    async passOn(visitorId, reason) {
      return after(await call('visitors.passOn', { visitorId, reason }));
    },
    async leave(visitorId) {
      return after(await call('visitors.leave', { visitorId }));
    },
  };
});

export const visitorsLive: LiveFollower = {
  channel: 'visitors.waiting',
  follow: () =>
    follow('visitors.waiting', (data) =>
      useVisitorsStore.setState({
        visitors: data.visitors,
        offsetMs: data.now - Date.now(),
        error: null,
      }),
    ),
  reload: () => useVisitorsStore.getState().load(),
};
