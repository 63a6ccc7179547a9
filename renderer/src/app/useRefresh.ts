import { useCallback, useState } from 'react';

/**
 * A refresh button's spinner: only while the refresh someone pressed runs. The reads a screen
 * does by itself (on opening, on a push) show the rows it already has and swap them quietly.
 */
export function useRefresh(load: () => Promise<unknown>): { refreshing: boolean; refresh(): void } {
  const [refreshing, setRefreshing] = useState(false);
  const refresh = useCallback(() => {
    setRefreshing(true);
    void load().finally(() => setRefreshing(false));
  }, [load]);
  return { refreshing, refresh };
}
