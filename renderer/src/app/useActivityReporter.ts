import { useEffect } from 'react';
import { useSessionStore } from '../features/auth/store';

const REPORT_EVERY_MS = 30_000;

/**
 * Tells main, at most every 30 s, that someone is using the desk. Main times the idle
 * lock; a renderer that stops reporting gets locked, it cannot keep itself open.
 */
export function useActivityReporter(): void {
  useEffect(() => {
    let last = 0;
    const onUse = () => {
      const now = Date.now();
      if (now - last < REPORT_EVERY_MS) return;
      last = now;
      void useSessionStore.getState().reportActivity();
    };
    const events = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;
    events.forEach((e) => window.addEventListener(e, onUse, { passive: true }));
    return () => events.forEach((e) => window.removeEventListener(e, onUse));
  }, []);
}
