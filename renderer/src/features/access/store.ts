import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type {
  FileAccessEntry,
  StaffDirectoryEntry,
  UnusualReading,
} from '../../../../shared/contract/clientViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { call } from '../../api/client';

export interface AccessFilters {
  staffId: string | null;
  /** Inclusive local days as YYYY-MM-DD, from the date picker. */
  fromDay: string | null;
  toDay: string | null;
  restrictedOnly: boolean;
  /** An exact window (an unusual-reading flag); overrides the days while set. */
  window: { from: number; to: number } | null;
}

export const EMPTY_FILTERS: AccessFilters = {
  staffId: null,
  fromDay: null,
  toDay: null,
  restrictedOnly: false,
  window: null,
};

/** The most main lets one page hold; the screen says when the list is cut. */
export const ACCESS_LIMIT = 500;

interface AccessState {
  filters: AccessFilters;
  rows: FileAccessEntry[];
  unusual: UnusualReading[];
  staff: StaffDirectoryEntry[];
  error: AppErrorShape | null;
  loading: boolean;
  load(): Promise<void>;
  setFilters(patch: Partial<AccessFilters>): Promise<void>;
  clearFilters(): Promise<void>;
  /** Narrows the list to one unusual-reading flag: that person, that window, restricted files. */
  showFlag(flag: UnusualReading): Promise<void>;
}

export function accessQuery(f: AccessFilters): NonNullable<Input<'access.list'>> {
  const range = f.window
    ? { from: f.window.from, to: f.window.to }
    : {
        ...(f.fromDay ? { from: new Date(`${f.fromDay}T00:00:00`).getTime() } : {}),
        ...(f.toDay ? { to: new Date(`${f.toDay}T23:59:59.999`).getTime() } : {}),
      };
  return {
    limit: ACCESS_LIMIT,
    ...(f.staffId ? { staffId: f.staffId } : {}),
    ...(f.restrictedOnly ? { restrictedOnly: true } : {}),
    ...range,
  };
}

/** Only the newest answer counts when filters change faster than main replies. */
let latest = 0;

export const useAccessStore = create<AccessState>((set, get) => ({
  filters: EMPTY_FILTERS,
  rows: [],
  unusual: [],
  staff: [],
  error: null,
  loading: false,
  async load() {
    const mine = ++latest;
    set({ loading: true });
    const needStaff = get().staff.length === 0;
    const [page, staff] = await Promise.all([
      call('access.list', accessQuery(get().filters)),
      needStaff ? call('staff.directory') : Promise.resolve(null),
    ]);
    if (mine !== latest) return;
    if (!page.ok) return set({ error: page.error, rows: [], unusual: [], loading: false });
    set({
      rows: page.data.rows,
      unusual: page.data.unusual,
      error: null,
      loading: false,
      ...(staff?.ok ? { staff: staff.data } : {}),
    });
  },
  async setFilters(patch) {
    const next = { ...get().filters, ...patch };
    // Choosing days or another person by hand leaves the flag's exact window.
    if ('fromDay' in patch || 'toDay' in patch || 'staffId' in patch)
      next.window = patch.window ?? null;
    set({ filters: next });
    await get().load();
  },
  async clearFilters() {
    set({ filters: EMPTY_FILTERS });
    await get().load();
  },
  async showFlag(flag) {
    set({
      filters: {
        staffId: flag.staffId,
        fromDay: null,
        toDay: null,
        restrictedOnly: true,
        window: { from: flag.from, to: flag.to },
      },
    });
    await get().load();
  },
}));
