/** The day's figures in the header strip, and the cards-sold record (type and count only). */
import { create } from 'zustand';
import type { CardSale, DayCounts, Occupancy } from '../../../../shared/contract/deskViews';
import type { ReceptionDayCounts } from '../../../../shared/contract/receptionViews';
import type { Result } from '../../../../shared/contract/result';
import { call, follow, type LiveFollower } from '../../api/client';
import { modulesOf, useSettingsStore } from '../settings/store';

interface CountsState {
  desk: DayCounts | null;
  reception: ReceptionDayCounts | null;
  occupancy: Occupancy | null;
  load(): Promise<void>;
  recordCardSale(cardType: string, count: number): Promise<Result<CardSale>>;
}

export const useCountsStore = create<CountsState>((set, get) => ({
  desk: null,
  reception: null,
  occupancy: null,
  async load() {
    // The member desk's figures only where the site uses it (main refuses them otherwise).
    const tags = modulesOf(useSettingsStore.getState().settings).includes('handTags');
    const [d, r, o] = await Promise.all([
      tags ? call('desk.dayCounts') : null,
      call('reception.dayCounts'),
      tags ? call('desk.occupancy') : null,
    ]);
    set({
      ...(d?.ok ? { desk: d.data } : {}),
      ...(r.ok ? { reception: r.data } : {}),
      ...(o?.ok ? { occupancy: o.data } : {}),
    });
  },
  async recordCardSale(cardType, count) {
    const r = await call('desk.recordCardSale', { cardType: cardType.trim(), count });
    if (r.ok) void get().load();
    return r;
  },
}));

/** The day's figures, from whichever window changed them. */
export const countsLive: LiveFollower = {
  channel: 'desk.dayCounts',
  follow() {
    const offs = [
      follow('desk.dayCounts', (desk) => useCountsStore.setState({ desk })),
      follow('reception.dayCounts', (reception) => useCountsStore.setState({ reception })),
      follow('desk.occupancy', (occupancy) => useCountsStore.setState({ occupancy })),
    ];
    return () => offs.forEach((off) => off());
  },
  reload: () => useCountsStore.getState().load(),
};
