/** Everyone on site now (desk.onSite): the evacuation list, the closing check and lost tags. */
import { create } from 'zustand';
import type { LostTag, OnSiteEntry, TagOut } from '../../../../shared/contract/deskViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { call, follow, type LiveFollower } from '../../api/client';
import { changes } from '../../app/sameData';

interface OnSiteState {
  people: OnSiteEntry[];
  /** Tags out with their open charges: the closing check's money column. */
  tags: TagOut[];
  lostTags: LostTag[];
  /** When the list was last fetched: printed at the top of the sheet. */
  loadedAt: number | null;
  error: AppErrorShape | null;
  /** The refusal of the last per-row action (check-out, tag found), with the row it is about. */
  actionError: { key: string; error: AppErrorShape } | null;
  loading: boolean;
  load(): Promise<void>;
  /** Checks one person out at closing; never more than the one the desk clicked. */
  checkOut(checkInId: string): Promise<boolean>;
  tagFound(tagNumber: string): Promise<boolean>;
}

export const useOnSiteStore = create<OnSiteState>((set, get) => ({
  people: [],
  tags: [],
  lostTags: [],
  loadedAt: null,
  error: null,
  actionError: null,
  loading: false,
  async load() {
    set({ loading: true });
    const [r, tags, lost] = await Promise.all([
      call('desk.onSite'),
      call('desk.tagsOut'),
      call('desk.lostTags'),
    ]);
    if (!r.ok) return set({ error: r.error, loading: false });
    // The same people keep the same rows: a reopened list is not drawn twice.
    const next = changes(get(), {
      people: [...r.data].sort((a, b) => a.since - b.since),
      tags: tags.ok ? tags.data : [],
      lostTags: lost.ok ? lost.data : [],
    });
    set({ ...next, loadedAt: Date.now(), error: null, loading: false });
  },
  async checkOut(checkInId) {
    const r = await call('desk.checkOut', { checkInId });
    if (!r.ok) {
      set({ actionError: { key: checkInId, error: r.error } });
      return false;
    }
    set({ actionError: null });
    await get().load();
    return true;
  },
  async tagFound(tagNumber) {
    const r = await call('desk.tagFound', { tagNumber });
    if (!r.ok) {
      set({ actionError: { key: `tag:${tagNumber}`, error: r.error } });
      return false;
    }
    set({ actionError: null });
    await get().load();
    return true;
  },
}));

/** The evacuation list stays current: its time stamp is when main last sent it. */
export const onSiteLive: LiveFollower = {
  channel: 'desk.onSite',
  follow() {
    const offs = [
      follow('desk.onSite', (people) =>
        useOnSiteStore.setState({
          people: [...people].sort((a, b) => a.since - b.since),
          loadedAt: Date.now(),
          error: null,
        }),
      ),
      follow('desk.tagsOut', (tags) => useOnSiteStore.setState({ tags })),
      follow('desk.lostTags', (lostTags) => useOnSiteStore.setState({ lostTags })),
    ];
    return () => offs.forEach((off) => off());
  },
  reload: () => useOnSiteStore.getState().load(),
};
