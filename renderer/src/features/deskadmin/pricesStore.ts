/** The drinks price list (水吧价目表); money stays integer cents. */
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { PriceItem } from '../../../../shared/contract/deskViews';
import type { AppErrorShape, Result } from '../../../../shared/contract/result';
import { call } from '../../api/client';

interface PricesState {
  items: PriceItem[];
  error: AppErrorShape | null;
  load(): Promise<void>;
  save(item: Input<'desk.setPriceItem'>): Promise<Result<PriceItem>>;
}

const ordered = (items: PriceItem[]) =>
  [...items].sort((a, b) => a.sort - b.sort || a.name.localeCompare(b.name));

export const usePricesStore = create<PricesState>((set, get) => ({
  items: [],
  error: null,
  async load() {
    const r = await call('desk.priceList');
    set(r.ok ? { items: ordered(r.data), error: null } : { error: r.error });
  },
  async save(item) {
    const r = await call('desk.setPriceItem', item);
    if (r.ok) {
      const rest = get().items.filter((i) => i.id !== r.data.id);
      set({ items: ordered([...rest, r.data]), error: null });
    } else if (r.error.code === 'FORBIDDEN') set({ error: r.error });
    return r;
  },
}));

/** "12.5" → 1250; null when the text is not an amount with at most two decimals. */
export function yuanToCents(text: string): number | null {
  const m = /^(\d{1,6})(?:\.(\d{0,2}))?$/.exec(text.trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** 1250 → "12.50", for the edit field. */
export function centsToYuan(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}
