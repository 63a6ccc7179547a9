/** The hand-tag board (手牌) and the 水吧单 of the tag open in the side panel. */
import { create } from 'zustand';
import type {
  CheckOutResult,
  PriceItem,
  TagChargeView,
  TagOut,
} from '../../../../shared/contract/deskViews';
import type { AppErrorShape, Result } from '../../../../shared/contract/result';
import type { PaymentMethod } from '../../../../shared/domain/desk';
import { call, follow, type LiveFollower } from '../../api/client';
import { useCountsStore } from './countsStore';
import { noteCheckOut } from './store';

export interface OpenTag {
  checkInId: string;
  tagNumber: string | null;
  memberName: string | null;
  since: number;
}

export type Settlement = { method: PaymentMethod } | { leaveReason: string };

interface TagsState {
  tags: TagOut[];
  prices: PriceItem[];
  error: AppErrorShape | null;
  /** The tag in the side panel. */
  open: OpenTag | null;
  charges: TagChargeView[];
  /** Check-out was refused because charges are open: the settle form is shown. */
  unsettled: boolean;
  panelError: AppErrorShape | null;
  busy: boolean;
  load(): Promise<void>;
  loadPrices(): Promise<void>;
  openTag(tag: OpenTag, unsettled?: boolean): Promise<void>;
  close(): void;
  addCharge(itemId: string, quantity: number): Promise<boolean>;
  settle(how: Settlement): Promise<boolean>;
  voidCharge(
    chargeId: string,
    managerUsername: string,
    managerPin: string,
    reason: string,
  ): Promise<AppErrorShape | null>;
  /** Checks out the open tag; on open charges the panel switches to the settle form. */
  checkOut(): Promise<CheckOutResult | null>;
  /** F3: check-out by tag number from anywhere on the screen. */
  checkOutByTag(tagNumber: string): Promise<Result<CheckOutResult>>;
  /** F6: the 水吧单 of a tag by its number; false when no such tag is out. */
  openByNumber(tagNumber: string): Promise<boolean>;
  lost(reason: string): Promise<boolean>;
}

const CLOSED = { open: null, charges: [], unsettled: false, panelError: null, busy: false };

const isUnsettled = (e: AppErrorShape) => e.code === 'CONFLICT' && e.reason === 'desk.unsettled';

/** "012" and "a12" find tags 12 and A12, as main reads them. */
export function findTagOut(tags: TagOut[], typed: string): TagOut | undefined {
  const wanted = typed
    .trim()
    .toUpperCase()
    .replace(/^([A-Z]*)0+(\d)/, '$1$2');
  return tags.find((t) => t.tagNumber.toUpperCase() === wanted);
}

const asOpen = (tag: TagOut): OpenTag => ({
  checkInId: tag.checkInId,
  tagNumber: tag.tagNumber,
  memberName: tag.memberName,
  since: tag.since,
});

export const useTagsStore = create<TagsState>((set, get) => {
  const refresh = async () => {
    await get().load();
    void useCountsStore.getState().load();
  };
  const reloadCharges = async () => {
    const open = get().open;
    if (!open) return;
    const r = await call('desk.charges', { checkInId: open.checkInId });
    if (get().open?.checkInId !== open.checkInId) return;
    set(r.ok ? { charges: r.data } : { panelError: r.error });
  };
  return {
    tags: [],
    prices: [],
    error: null,
    ...CLOSED,
    async load() {
      const r = await call('desk.tagsOut');
      set(r.ok ? { tags: r.data, error: null } : { error: r.error });
    },
    async loadPrices() {
      const r = await call('desk.priceList');
      if (r.ok) set({ prices: r.data.filter((p) => p.active) });
    },
    async openTag(tag, unsettled = false) {
      if (get().prices.length === 0) void get().loadPrices();
      // The drawer opens with its charges, so its first focus can land on the settle form.
      const r = await call('desk.charges', { checkInId: tag.checkInId });
      set({
        ...CLOSED,
        open: tag,
        unsettled,
        ...(r.ok ? { charges: r.data } : { panelError: r.error }),
      });
    },
    close: () => set({ ...CLOSED }),
    async addCharge(itemId, quantity) {
      const open = get().open;
      if (!open) return false;
      set({ busy: true, panelError: null });
      const r = await call('desk.addCharge', { checkInId: open.checkInId, itemId, quantity });
      set({ busy: false, ...(r.ok ? {} : { panelError: r.error }) });
      if (r.ok) {
        await reloadCharges();
        void refresh();
      }
      return r.ok;
    },
    async settle(how) {
      const open = get().open;
      if (!open) return false;
      set({ busy: true, panelError: null });
      const r = await call('desk.settle', { checkInId: open.checkInId, ...how });
      set({
        busy: false,
        ...(r.ok ? { charges: r.data, unsettled: false } : { panelError: r.error }),
      });
      if (r.ok) void refresh();
      return r.ok;
    },
    async voidCharge(chargeId, managerUsername, managerPin, reason) {
      const r = await call('desk.voidCharge', { chargeId, managerUsername, managerPin, reason });
      if (!r.ok) return r.error;
      await reloadCharges();
      void refresh();
      return null;
    },
    async checkOut() {
      const open = get().open;
      if (!open) return null;
      set({ busy: true, panelError: null });
      const r = await call('desk.checkOut', { checkInId: open.checkInId });
      if (r.ok) {
        set({ ...CLOSED });
        noteCheckOut({ ...r.data.checkIn, name: open.memberName });
        void refresh();
        return r.data;
      }
      if (isUnsettled(r.error)) {
        set({ busy: false, unsettled: true });
        await reloadCharges();
      } else set({ busy: false, panelError: r.error });
      return null;
    },
    async checkOutByTag(tagNumber) {
      const r = await call('desk.checkOut', { tagNumber: tagNumber.trim() });
      if (r.ok) {
        if (get().open?.checkInId === r.data.checkIn.id) set({ ...CLOSED });
        const was = get().tags.find((t) => t.checkInId === r.data.checkIn.id);
        noteCheckOut({ ...r.data.checkIn, name: was?.memberName ?? null });
        void refresh();
        return r;
      }
      if (isUnsettled(r.error)) {
        await get().load();
        const tag = findTagOut(get().tags, tagNumber);
        if (tag) await get().openTag(asOpen(tag), true);
      }
      return r;
    },
    async openByNumber(tagNumber) {
      await get().load();
      const tag = findTagOut(get().tags, tagNumber);
      if (tag) await get().openTag(asOpen(tag));
      return !!tag;
    },
    async lost(reason) {
      const open = get().open;
      if (!open?.tagNumber) return false;
      set({ busy: true, panelError: null });
      const r = await call('desk.tagLost', { tagNumber: open.tagNumber, reason });
      set({ busy: false, ...(r.ok ? {} : { panelError: r.error }) });
      if (r.ok) {
        await reloadCharges();
        void refresh();
      }
      return r.ok;
    },
  };
});

/** Tags lent or returned at any window. The open 水吧单 follows when its tag's total moved. */
export const tagsLive: LiveFollower = {
  channel: 'desk.tagsOut',
  follow: () =>
    follow('desk.tagsOut', (tags) => {
      const { open, tags: before } = useTagsStore.getState();
      useTagsStore.setState({ tags, error: null });
      const was = before.find((t) => t.checkInId === open?.checkInId);
      const now = tags.find((t) => t.checkInId === open?.checkInId);
      if (open && was && now && JSON.stringify(was) !== JSON.stringify(now))
        void useTagsStore.getState().openTag(open, useTagsStore.getState().unsettled);
    }),
  reload: () => useTagsStore.getState().load(),
};
