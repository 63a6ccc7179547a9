/** The visitor badge print view: what main says the badge shows. */
import { create } from 'zustand';
import type { VisitorBadge } from '../../../../shared/contract/receptionViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { call } from '../../api/client';

/** "badge:<visitorId>" is a badge; anything else is not. */
export function parseBadgeParam(param: string | null | undefined): string | null {
  const m = /^badge:(.+)$/.exec(param ?? '');
  return m ? m[1]! : null;
}

interface BadgeState {
  visitorId: string | null;
  badge: VisitorBadge | null;
  error: AppErrorShape | null;
  load(visitorId: string): Promise<void>;
}

export const useBadgeStore = create<BadgeState>((set, get) => ({
  visitorId: null,
  badge: null,
  error: null,
  async load(visitorId) {
    set({ visitorId, badge: null, error: null });
    const r = await call('visitors.badge', { visitorId });
    if (get().visitorId !== visitorId) return;
    set(r.ok ? { badge: r.data } : { error: r.error });
  },
}));
