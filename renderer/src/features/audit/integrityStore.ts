import { create } from 'zustand';
import type { IntegrityStatus } from '../../../../shared/contract/integrityViews';
import type { JobView } from '../../../../shared/contract/jobViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { call } from '../../api/client';
import { runJob } from '../jobs/runJob';

interface IntegrityState {
  status: IntegrityStatus | null;
  /** The full check this person started, for its bar. */
  job: JobView | null;
  error: AppErrorShape | null;
  load(): Promise<void>;
  run(): Promise<void>;
}

/** The audit screen's card and the shell's warning read the same status. */
export const useIntegrityStore = create<IntegrityState>((set, get) => ({
  status: null,
  job: null,
  error: null,
  async load() {
    const r = await call('integrity.status');
    set(r.ok ? { status: r.data, error: null } : { error: r.error });
  },
  async run() {
    set({ error: null, job: null });
    const r = await runJob(
      () => call('integrity.run'),
      (job) => set({ job }),
    );
    if (!r.ok) set({ error: r.error });
    await get().load();
  },
}));
