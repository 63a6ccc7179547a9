/** 我的投诉: what I own, was offered and what reached my level; main pushes it as cases move. */
import { create } from 'zustand';
import type { MyComplaints } from '../../../../shared/contract/complaintViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { call, follow, type LiveFollower } from '../../api/client';

interface MineState {
  mine: MyComplaints | null;
  offsetMs: number;
  error: AppErrorShape | null;
  load(): Promise<void>;
}

export const useMyComplaintsStore = create<MineState>((set) => ({
  mine: null,
  offsetMs: 0,
  error: null,
  async load() {
    const r = await call('complaints.mine');
    set(
      r.ok ? { mine: r.data, offsetMs: r.data.now - Date.now(), error: null } : { error: r.error },
    );
  },
}));

/** Per person: the pushed payload is always this person's own cases. */
export const myComplaintsLive: LiveFollower = {
  channel: 'complaints.mine',
  follow: () =>
    follow('complaints.mine', (mine) =>
      useMyComplaintsStore.setState({ mine, offsetMs: mine.now - Date.now(), error: null }),
    ),
  reload: () => useMyComplaintsStore.getState().load(),
};
