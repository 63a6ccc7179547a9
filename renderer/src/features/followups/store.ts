/** 回访: the day's call list, a client file's plans and calls; main pushes the day's list. */
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { StaffDirectoryEntry } from '../../../../shared/contract/clientViews';
import type {
  AutoRules,
  ClientFollowUps,
  FollowUpDay,
} from '../../../../shared/contract/followUpViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { call, follow, type LiveFollower } from '../../api/client';

type Scope = 'mine' | 'all';

interface FollowUpsState {
  day: FollowUpDay | null;
  /** The scope chosen on screen; null: main's default for the role (managers: all). */
  scope: Scope | null;
  error: AppErrorShape | null;
  client: ClientFollowUps | null;
  clientError: AppErrorShape | null;
  staff: StaffDirectoryEntry[];
  load(scope?: Scope): Promise<void>;
  record(input: Input<'followUps.record'>): Promise<AppErrorShape | null>;
  loadClient(clientId: string): Promise<void>;
  setPlan(input: Input<'followUps.setPlan'>): Promise<AppErrorShape | null>;
  endPlan(planId: string): Promise<AppErrorShape | null>;
  loadStaff(): Promise<void>;
  /** 自动回访规则 (supervisor and admin set them). */
  rules: AutoRules | null;
  loadRules(): Promise<void>;
  setRule(input: Input<'followUps.setRule'>): Promise<AppErrorShape | null>;
}

export const useFollowUpsStore = create<FollowUpsState>((set, get) => {
  /** After a change: the list, and the file being looked at, read again. */
  const refresh = async () => {
    const clientId = get().client?.clientId;
    await Promise.all([get().load(), clientId ? get().loadClient(clientId) : undefined]);
  };
  return {
    day: null,
    scope: null,
    error: null,
    client: null,
    clientError: null,
    staff: [],
    rules: null,
    async loadRules() {
      const r = await call('followUps.rules');
      if (r.ok) set({ rules: r.data });
    },
    async setRule(input) {
      const r = await call('followUps.setRule', input);
      if (!r.ok) return r.error;
      set({ rules: r.data });
      await get().load();
      return null;
    },
    async load(scope) {
      const chosen = scope ?? get().scope;
      if (scope) set({ scope });
      const r = await call('followUps.today', chosen ? { scope: chosen } : undefined);
      set(r.ok ? { day: r.data, error: null } : { error: r.error });
    },
    async record(input) {
      const r = await call('followUps.record', input);
      if (!r.ok) return r.error;
      await refresh();
      return null;
    },
    async loadClient(clientId) {
      if (get().client?.clientId !== clientId) set({ client: null });
      const r = await call('followUps.ofClient', { clientId });
      set(r.ok ? { client: r.data, clientError: null } : { clientError: r.error });
    },
    async setPlan(input) {
      const r = await call('followUps.setPlan', input);
      if (!r.ok) return r.error;
      await refresh();
      return null;
    },
    async endPlan(planId) {
      const r = await call('followUps.endPlan', { planId });
      if (!r.ok) return r.error;
      await refresh();
      return null;
    },
    async loadStaff() {
      if (get().staff.length > 0) return;
      const r = await call('staff.directory');
      if (r.ok) set({ staff: r.data });
    },
  };
});

/**
 * Main pushes each person's default list; a manager who chose "mine" (or the reverse) reads
 * their own choice again instead of having it replaced.
 */
export const followUpsLive: LiveFollower = {
  channel: 'followUps.today',
  follow: () =>
    follow('followUps.today', (day) => {
      const { scope, load } = useFollowUpsStore.getState();
      if (scope && scope !== day.scope) void load();
      else useFollowUpsStore.setState({ day, error: null });
    }),
  reload: () => useFollowUpsStore.getState().load(),
};
