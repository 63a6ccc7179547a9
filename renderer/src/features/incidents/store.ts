/** 突发事件: the list, one report, the form (opened from the list, a report or the shift screen). */
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { IncidentSummary, IncidentView } from '../../../../shared/contract/incidentViews';
import type { AppErrorShape, Result } from '../../../../shared/contract/result';
import { call } from '../../api/client';
import { createClientSearchStore } from '../clients/store';

/** The form's own member search box: the desk search, as Ctrl+K uses it. */
export const useIncidentSearchStore = createClientSearchStore();

interface IncidentState {
  query: string;
  items: IncidentSummary[];
  total: number;
  listError: AppErrorShape | null;
  current: IncidentView | null;
  error: AppErrorShape | null;
  /** The form: a new report (null) or the report being corrected. */
  formOpen: boolean;
  editing: IncidentView | null;
  formSeq: number;
  signOpen: boolean;
  setQuery(q: string): void;
  loadList(): Promise<void>;
  load(id: string): Promise<void>;
  openForm(editing?: IncidentView | null): void;
  closeForm(): void;
  record(input: Input<'incidents.record'>): Promise<Result<IncidentView>>;
  update(input: Input<'incidents.update'>): Promise<Result<IncidentView>>;
  setSignOpen(open: boolean): void;
  sign(input: Input<'incidents.sign'>): Promise<Result<IncidentView>>;
  scheduleFollowUp(input: Input<'incidents.scheduleFollowUp'>): Promise<Result<IncidentView>>;
}

export const useIncidentStore = create<IncidentState>((set, get) => {
  /** A change answered with the whole report: it becomes the one on screen. */
  const keep = (r: Result<IncidentView>) => {
    if (r.ok) set({ current: r.data, error: null });
    return r;
  };
  return {
    query: '',
    items: [],
    total: 0,
    listError: null,
    current: null,
    error: null,
    formOpen: false,
    editing: null,
    formSeq: 0,
    signOpen: false,
    setQuery: (query) => {
      set({ query });
      void get().loadList();
    },
    async loadList() {
      const q = get().query.trim();
      const r = await call('incidents.list', q ? { q } : {});
      if (get().query.trim() !== q) return;
      set(
        r.ok
          ? { items: r.data.items, total: r.data.total, listError: null }
          : { listError: r.error },
      );
    },
    async load(id) {
      if (get().current?.id !== id) set({ current: null, error: null });
      const r = await call('incidents.get', { incidentId: id });
      set(r.ok ? { current: r.data, error: null } : { error: r.error });
    },
    openForm: (editing = null) => set({ formOpen: true, editing, formSeq: get().formSeq + 1 }),
    closeForm: () => {
      useIncidentSearchStore.getState().clear();
      set({ formOpen: false });
    },
    record: async (input) => keep(await call('incidents.record', input)),
    update: async (input) => keep(await call('incidents.update', input)),
    setSignOpen: (signOpen) => set({ signOpen }),
    sign: async (input) => keep(await call('incidents.sign', input)),
    scheduleFollowUp: async (input) => keep(await call('incidents.scheduleFollowUp', input)),
  };
});
