import { create } from 'zustand';
import type { JobView } from '../../../../shared/contract/jobViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type {
  RetentionPreview,
  RetentionSettings,
} from '../../../../shared/contract/retentionViews';
import type { RetentionKind } from '../../../../shared/domain/retention';
import { call } from '../../api/client';
import { runJob, type JobOutcome } from '../jobs/runJob';

interface RetentionState {
  settings: RetentionSettings | null;
  preview: RetentionPreview | null;
  error: AppErrorShape | null;
  load(): Promise<void>;
  save(periods: Partial<Record<RetentionKind, number>>): Promise<AppErrorShape | null>;
  loadPreview(): Promise<void>;
  /** The run followed to its end (onView feeds its bar); then the last run and preview again. */
  run(onView: (job: JobView) => void): Promise<JobOutcome>;
}

export const useRetentionStore = create<RetentionState>((set, get) => ({
  settings: null,
  preview: null,
  error: null,
  async load() {
    const r = await call('retention.get');
    set(r.ok ? { settings: r.data, error: null } : { error: r.error });
  },
  async save(periods) {
    const r = await call('retention.update', { periods });
    if (!r.ok) return r.error;
    // New periods move the cut-offs: an old preview would say the wrong thing.
    set({ settings: r.data, preview: null });
    return null;
  },
  async loadPreview() {
    const r = await call('retention.preview');
    set(r.ok ? { preview: r.data, error: null } : { error: r.error });
  },
  async run(onView) {
    const r = await runJob(() => call('retention.run', { confirm: true }), onView);
    await get().load();
    await get().loadPreview();
    return r;
  },
}));
