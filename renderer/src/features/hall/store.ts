/** 叫号屏: the hall board, read once and then followed as main pushes it after every call. */
import { create } from 'zustand';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { HallBoardView } from '../../../../shared/contract/stationViews';
import { call, follow } from '../../api/client';

interface HallState {
  board: HallBoardView | null;
  /** main's clock minus ours: the hall clock shows the vault PC's time. */
  offsetMs: number;
  error: AppErrorShape | null;
  /** Bumped when a number is called that was not on the board before (the chime, the flash). */
  calls: number;
  load(): Promise<void>;
  /** Follows main's push; returns what stops it. */
  follow(): () => void;
}

/** Whether `next` calls someone `prev` did not show as called (a new or a repeated call). */
export function isNewCall(prev: HallBoardView | null, next: HallBoardView): boolean {
  const latest = next.called[0];
  if (!prev || !latest) return false;
  const before = prev.called[0];
  return !before || latest.calledAt > before.calledAt;
}

export const useHallStore = create<HallState>((set, get) => {
  const apply = (board: HallBoardView) => {
    const fresh = isNewCall(get().board, board);
    set({
      board,
      offsetMs: board.now - Date.now(),
      error: null,
      calls: get().calls + (fresh ? 1 : 0),
    });
  };
  return {
    board: null,
    offsetMs: 0,
    error: null,
    calls: 0,
    async load() {
      const r = await call('hall.board');
      if (r.ok) apply(r.data);
      else set({ error: r.error });
    },
    follow: () => follow('hall.board', apply),
  };
});
