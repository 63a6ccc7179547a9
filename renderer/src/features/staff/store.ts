import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { StaffView } from '../../../../shared/contract/views';
import { call } from '../../api/client';

interface StaffState {
  list: StaffView[];
  loading: boolean;
  /** A refusal of the list itself (e.g. FORBIDDEN), shown instead of the table. */
  error: AppErrorShape | null;
  load(): Promise<void>;
  create(input: Input<'staff.create'>): Promise<AppErrorShape | null>;
  update(input: Input<'staff.update'>): Promise<AppErrorShape | null>;
  setActive(id: string, active: boolean): Promise<AppErrorShape | null>;
  resetPin(id: string, newPin: string): Promise<AppErrorShape | null>;
}

export const useStaffStore = create<StaffState>((set, get) => {
  /** Every change answers with the changed row; put it in place and keep the order. */
  const apply = (r: { ok: true; data: StaffView } | { ok: false; error: AppErrorShape }) => {
    if (!r.ok) return r.error;
    void get().load();
    return null;
  };
  return {
    list: [],
    loading: false,
    error: null,
    async load() {
      set({ loading: true });
      const r = await call('staff.list', { includeInactive: true });
      set(
        r.ok
          ? { list: r.data, error: null, loading: false }
          : { error: r.error, loading: false, list: [] },
      );
    },
    create: async (input) => apply(await call('staff.create', input)),
    update: async (input) => apply(await call('staff.update', input)),
    setActive: async (id, active) => apply(await call('staff.setActive', { id, active })),
    resetPin: async (id, newPin) => apply(await call('staff.resetPin', { id, newPin })),
  };
});
