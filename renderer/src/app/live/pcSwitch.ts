import { create } from 'zustand';

/** A per-PC on/off choice kept in this browser's local storage (off until chosen). */
export interface PcSwitch {
  on: boolean;
  setOn(on: boolean): void;
}

export function pcSwitch(key: string) {
  const stored = (): boolean => {
    try {
      return localStorage.getItem(key) === 'on';
    } catch {
      return false;
    }
  };
  return create<PcSwitch>((set) => ({
    on: stored(),
    setOn(on) {
      try {
        localStorage.setItem(key, on ? 'on' : 'off');
      } catch {
        // A PC that keeps no local storage simply forgets the choice at the next start.
      }
      set({ on });
    },
  }));
}
