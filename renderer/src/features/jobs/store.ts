import { create } from 'zustand';
import type { JobView } from '../../../../shared/contract/jobViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { call, subscribe } from '../../api/client';

interface JobsState {
  /** My jobs by id, as main last reported them. */
  byId: Record<string, JobView>;
  error: AppErrorShape | null;
  /** Fetches the list once, then follows `job.progress` events; returns the unsubscribe. */
  connect(): () => void;
  load(): Promise<void>;
  cancel(id: string): Promise<void>;
}

export const useJobsStore = create<JobsState>((set, get) => ({
  byId: {},
  error: null,
  connect() {
    const off = subscribe('job.progress', (view) =>
      set((s) => ({ byId: { ...s.byId, [view.id]: view } })),
    );
    void get().load();
    return off;
  },
  async load() {
    const r = await call('jobs.list');
    if (r.ok) set({ byId: Object.fromEntries(r.data.map((j) => [j.id, j])), error: null });
  },
  async cancel(id) {
    const r = await call('jobs.cancel', { id });
    set(r.ok ? (s) => ({ byId: { ...s.byId, [id]: r.data }, error: null }) : { error: r.error });
  },
}));

/** Running jobs first, newest first: what the header shows. */
export function runningJobs(byId: Record<string, JobView>): JobView[] {
  return Object.values(byId)
    .filter((j) => j.state === 'running')
    .sort((a, b) => b.startedAt - a.startedAt);
}
