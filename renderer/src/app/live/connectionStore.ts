/** Whether main can be reached; while it cannot, one bar says so and live timers stand still. */
import { useEffect, useRef } from 'react';
import { create } from 'zustand';
import { lastUpdateAt, watchConnection } from '../../api/client';

/** Screens still read afresh this often: only a safety net, since main pushes every change. */
export const SAFETY_NET_MS = 5 * 60_000;

interface ConnectionState {
  up: boolean;
  /** When main last answered or pushed, frozen at the moment the line went down. */
  lastUpdate: number | null;
  /** Starts following the bridge; `onBack` runs each time the line returns. */
  start(onBack: () => void): () => void;
}

export const useConnectionStore = create<ConnectionState>((set, get) => ({
  up: true,
  lastUpdate: null,
  start(onBack) {
    return watchConnection((up) => {
      const was = get().up;
      set({ up, lastUpdate: up ? get().lastUpdate : lastUpdateAt() });
      if (up && !was) onBack();
    });
  },
}));

/** Runs `onBack` each time the line returns (not when the screen first opens with it up). */
export function useWhenBack(onBack: () => void): void {
  const up = useConnectionStore((s) => s.up);
  const was = useRef(up);
  const latest = useRef(onBack);
  latest.current = onBack;
  useEffect(() => {
    if (up && !was.current) latest.current();
    was.current = up;
  }, [up]);
}
