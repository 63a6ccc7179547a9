import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { AppErrorShape, Result } from '../../../shared/contract/result';

/** A search box's state: results as you type, the answer always matching the latest query. */
export interface SearchState<T> {
  /** What the person typed, as typed. */
  query: string;
  /** The trimmed query the current results answer (null before any answer). */
  answered: string | null;
  results: T[];
  searching: boolean;
  error: AppErrorShape | null;
  /** Sets the query and asks main after a short pause. */
  setQuery(query: string): void;
  /** Asks at once (Enter, a scan) and returns the answer. */
  flush(): Promise<T[]>;
  clear(): void;
}

/**
 * One store per search box. `ask` is the feature store's call to main; stale answers (a
 * newer keystroke already asked) are dropped.
 */
export function createSearchStore<T>(
  ask: (q: string) => Promise<Result<T[]>>,
  delayMs: number,
): UseBoundStore<StoreApi<SearchState<T>>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;
  const idle = { results: [] as T[], answered: null, searching: false, error: null };
  return create<SearchState<T>>((set, get) => {
    const run = async (): Promise<T[]> => {
      timer = undefined;
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
        set({ query });
        if (timer) clearTimeout(timer);
        if (!query.trim()) {
          seq++;
          timer = undefined;
          set(idle);
          return;
        }
        set({ searching: true });
        timer = setTimeout(() => void run(), delayMs);
      },
      async flush() {
        if (timer) clearTimeout(timer);
        return run();
      },
      clear() {
        if (timer) clearTimeout(timer);
        timer = undefined;
        seq++;
        set({ query: '', ...idle });
      },
    };
  });
}
