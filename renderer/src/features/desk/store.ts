/** The reception lookup box and the check-in of the member chosen from it. */
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { CheckInResult, DeskLookupEntry } from '../../../../shared/contract/deskViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { call } from '../../api/client';

/* ------------------------------------------------------------------ lookup */

export const LOOKUP_DELAY_MS = 100;
export const LOOKUP_LIMIT = 12;

interface LookupState {
  query: string;
  /** The trimmed query the current results answer (null before any answer). */
  answered: string | null;
  results: DeskLookupEntry[];
  searching: boolean;
  error: AppErrorShape | null;
  setQuery(query: string): void;
  /** Asks at once (Enter, a scan) and returns the answer. */
  flush(): Promise<DeskLookupEntry[]>;
  clear(): void;
}

export const useLookupStore = create<LookupState>((set, get) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;
  const ask = async (): Promise<DeskLookupEntry[]> => {
    timer = undefined;
    const q = get().query.trim().slice(0, 60);
    const mine = ++seq;
    if (!q) {
      set({ results: [], answered: null, searching: false, error: null });
      return [];
    }
    const r = await call('desk.lookup', { q, limit: LOOKUP_LIMIT });
    if (mine !== seq) return get().results;
    set(
      r.ok
        ? { results: r.data, answered: q, searching: false, error: null }
        : { results: [], answered: q, searching: false, error: r.error },
    );
    return r.ok ? r.data : [];
  };
  return {
    query: '',
    answered: null,
    results: [],
    searching: false,
    error: null,
    setQuery(query) {
      set({ query });
      if (timer) clearTimeout(timer);
      if (!query.trim()) {
        seq++;
        timer = undefined;
        set({ results: [], answered: null, searching: false, error: null });
        return;
      }
      set({ searching: true });
      timer = setTimeout(() => void ask(), LOOKUP_DELAY_MS);
    },
    async flush() {
      if (timer) clearTimeout(timer);
      return ask();
    },
    clear() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      seq++;
      set({ query: '', results: [], answered: null, searching: false, error: null });
    },
  };
});

/* ------------------------------------------------------------------ check-in */

export interface Override {
  overrideStaff: string;
  overridePin: string;
  overrideReason: string;
}

interface CheckInState {
  /** The member on the check-in panel. */
  entry: DeskLookupEntry | null;
  busy: boolean;
  error: AppErrorShape | null;
  /** The last check-in done at this desk, shown until the next member. */
  done: CheckInResult | null;
  select(entry: DeskLookupEntry): void;
  close(): void;
  /** Forgets everything, e.g. when the desk is left or another person signs in. */
  reset(): void;
  checkIn(tagNumber: string, override?: Override): Promise<CheckInResult | null>;
}

export const useCheckInStore = create<CheckInState>((set, get) => ({
  entry: null,
  busy: false,
  error: null,
  done: null,
  select: (entry) => set({ entry, error: null, done: null }),
  close: () => set({ entry: null, error: null, busy: false }),
  reset: () => set({ entry: null, error: null, busy: false, done: null }),
  async checkIn(tagNumber, override) {
    const entry = get().entry;
    if (!entry || get().busy) return null;
    const input: Input<'desk.checkIn'> = {
      clientId: entry.summary.id,
      ...(tagNumber.trim() ? { tagNumber: tagNumber.trim() } : {}),
      ...(override ?? {}),
    };
    set({ busy: true, error: null });
    const r = await call('desk.checkIn', input);
    if (!r.ok) {
      set({ busy: false, error: r.error });
      return null;
    }
    // The next member is already in the queue: the panel shows the tag to hand over.
    set({ busy: false, done: r.data, entry: null });
    return r.data;
  },
}));

/** After a waiver is signed at the desk, the warning goes from the panel and the results. */
export function markWaiverSigned(clientId: string): void {
  const clear = (e: DeskLookupEntry) =>
    e.summary.id === clientId ? { ...e, waiverMissing: false } : e;
  const { entry } = useCheckInStore.getState();
  if (entry) useCheckInStore.setState({ entry: clear(entry) });
  useLookupStore.setState((s) => ({ results: s.results.map(clear) }));
}
