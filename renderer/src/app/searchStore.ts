import { useDebouncedValue } from '@mantine/hooks';
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { AppErrorShape, Result } from '../../../shared/contract/result';

/**
 * A keyboard-wedge scanner types faster than this between keys (and ends with Enter); a
 * person never does. The desk's scan detection and the search boxes share it.
 */
export const SCAN_GAP_MS = 30;

/** A search box's state: results as you type, the answer always matching the latest query. */
export interface SearchState<T> {
  /** What the person typed, as typed. */
  query: string;
  /** The trimmed query the current results answer (null before any answer). */
  answered: string | null;
  results: T[];
  searching: boolean;
  error: AppErrorShape | null;
  /** Sets the query and asks main: at once for a person's key, after a burst for a scanner's. */
  setQuery(query: string): void;
  /** Asks at once (Enter, a scan) and returns the answer. */
  flush(): Promise<T[]>;
  clear(): void;
}

/**
 * One store per search box. `ask` is the feature store's call to main. Main answers a search
 * in about a millisecond, so a person's key asks at once rather than after a pause; an answer
 * shows only while its query is still the box's (a later key drops it), so out-of-order
 * answers never flash. Keys closer than `burstGapMs` are a scanner's: the box then waits for
 * the burst to end (its Enter flushes), and so does the first key typed into an empty box,
 * which may be a burst's first; a scanned card asks main once.
 */
export function createSearchStore<T>(
  ask: (q: string) => Promise<Result<T[]>>,
  burstGapMs = SCAN_GAP_MS,
): UseBoundStore<StoreApi<SearchState<T>>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;
  let lastKeyAt = 0;
  const idle = { results: [] as T[], answered: null, searching: false, error: null };
  const stopTimer = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
  return create<SearchState<T>>((set, get) => {
    const run = async (): Promise<T[]> => {
      stopTimer();
      const q = get().query.trim().slice(0, 60);
      const mine = ++seq;
      if (!q) {
        set(idle);
        return [];
      }
      const r = await ask(q);
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
      ...idle,
      setQuery(query) {
        const wasEmpty = !get().query.trim();
        const now = Date.now();
        const burst = wasEmpty || now - lastKeyAt < burstGapMs;
        lastKeyAt = now;
        stopTimer();
        seq++; // an answer still on its way is for an older query now
        set({ query });
        if (!query.trim()) {
          set(idle);
          return;
        }
        set({ searching: true });
        if (burst) timer = setTimeout(() => void run(), burstGapMs);
        else void run();
      },
      async flush() {
        return run();
      },
      clear() {
        stopTimer();
        seq++;
        set({ query: '', ...idle });
      },
    };
  });
}

/** How long a search may take before its box shows a spinner. */
export const SLOW_SEARCH_MS = 250;

/**
 * Whether a box's spinner shows: only for a search still running after SLOW_SEARCH_MS. Each
 * key asks main and is answered in a few milliseconds; a spinner per key would only blink.
 */
export function useSlowSearch(searching: boolean): boolean {
  const [settled] = useDebouncedValue(searching, SLOW_SEARCH_MS);
  return searching && settled;
}
