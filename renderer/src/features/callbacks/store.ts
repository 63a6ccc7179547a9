/** 我的回电: the calls this person has to return; main pushes the list as the desk passes calls. */
import { create } from 'zustand';
import type { MyCallBacks } from '../../../../shared/contract/callBackViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { call, follow, type LiveFollower } from '../../api/client';

interface CallBacksState {
  mine: MyCallBacks | null;
  error: AppErrorShape | null;
  load(): Promise<void>;
  /** Says the caller was called back, with what came of it; main's refusal is returned. */
  calledBack(callId: string, note: string): Promise<AppErrorShape | null>;
}

export const useCallBacksStore = create<CallBacksState>((set, get) => ({
  mine: null,
  error: null,
  async load() {
    const r = await call('calls.mine');
    set(r.ok ? { mine: r.data, error: null } : { error: r.error });
  },
  async calledBack(callId, note) {
    const trimmed = note.trim();
    const r = await call('calls.calledBack', { callId, ...(trimmed ? { note: trimmed } : {}) });
    if (!r.ok) return r.error;
    const mine = get().mine;
    // At once, before main's pushed list arrives: the row moves to "done today".
    if (mine)
      set({
        mine: {
          open: mine.open.filter((c) => c.id !== callId),
          doneToday: [r.data, ...mine.doneToday.filter((c) => c.id !== callId)],
        },
      });
    return null;
  },
}));

/** Main computes "mine" for each signed-in person, so the pushed list is always this person's. */
export const callBacksLive: LiveFollower = {
  channel: 'calls.mine',
  follow: () => follow('calls.mine', (mine) => useCallBacksStore.setState({ mine, error: null })),
  reload: () => useCallBacksStore.getState().load(),
};
