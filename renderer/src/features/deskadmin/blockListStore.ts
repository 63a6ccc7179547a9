/** 禁止入场名单: entries match as alerts at check-in, visitor registration and phone intake. */
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { BlockListEntry } from '../../../../shared/contract/receptionViews';
import type { AppErrorShape, Result } from '../../../../shared/contract/result';
import { call } from '../../api/client';

interface BlockListState {
  entries: BlockListEntry[];
  includeRemoved: boolean;
  error: AppErrorShape | null;
  load(): Promise<void>;
  setIncludeRemoved(value: boolean): Promise<void>;
  add(entry: Input<'blockList.add'>): Promise<Result<BlockListEntry>>;
  remove(id: string): Promise<Result<BlockListEntry>>;
}

export const useBlockListStore = create<BlockListState>((set, get) => ({
  entries: [],
  includeRemoved: false,
  error: null,
  async load() {
    const r = await call(
      'blockList.list',
      get().includeRemoved ? { includeRemoved: true } : undefined,
    );
    set(r.ok ? { entries: r.data, error: null } : { error: r.error });
  },
  async setIncludeRemoved(value) {
    set({ includeRemoved: value });
    await get().load();
  },
  async add(entry) {
    const r = await call('blockList.add', entry);
    if (r.ok) await get().load();
    return r;
  },
  async remove(id) {
    const r = await call('blockList.remove', { id });
    if (r.ok) await get().load();
    return r;
  },
}));
