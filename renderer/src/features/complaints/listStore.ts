/** 投诉 list and board: the filters, one page of cases, and the managers' board. */
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { ComplaintBoard, ComplaintList } from '../../../../shared/contract/complaintViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { call } from '../../api/client';

export type ListFilter = Exclude<Input<'complaints.list'>, undefined>;

interface ListState {
  filter: ListFilter;
  list: ComplaintList | null;
  offsetMs: number;
  board: ComplaintBoard | null;
  error: AppErrorShape | null;
  setFilter(patch: Partial<ListFilter>): Promise<void>;
  load(): Promise<void>;
  loadBoard(): Promise<void>;
  exportCases(): Promise<AppErrorShape | null>;
}

export const useComplaintListStore = create<ListState>((set, get) => ({
  filter: { scope: 'open', limit: 50, offset: 0 },
  list: null,
  offsetMs: 0,
  board: null,
  error: null,
  async setFilter(patch) {
    set({ filter: { ...get().filter, offset: 0, ...patch } });
    await get().load();
  },
  async load() {
    const filter = get().filter;
    const r = await call('complaints.list', filter);
    // A later filter's answer wins: one asked for an older filter is dropped.
    if (get().filter !== filter) return;
    set(
      r.ok ? { list: r.data, offsetMs: r.data.now - Date.now(), error: null } : { error: r.error },
    );
  },
  async loadBoard() {
    const r = await call('complaints.board');
    set(r.ok ? { board: r.data, error: null } : { error: r.error });
  },
  async exportCases() {
    const { limit: _l, offset: _o, ...filter } = get().filter;
    const r = await call('complaints.export', filter);
    return r.ok ? null : r.error;
  },
}));

interface ClientCasesState {
  clientId: string | null;
  list: ComplaintList | null;
  offsetMs: number;
  error: AppErrorShape | null;
  load(clientId: string): Promise<void>;
}

/** A client's cases on their file, closed ones too. */
export const useClientCasesStore = create<ClientCasesState>((set) => ({
  clientId: null,
  list: null,
  offsetMs: 0,
  error: null,
  async load(clientId) {
    set({ clientId });
    const r = await call('complaints.list', { scope: 'all', clientId, limit: 50, offset: 0 });
    set(
      r.ok ? { list: r.data, offsetMs: r.data.now - Date.now(), error: null } : { error: r.error },
    );
  },
}));
