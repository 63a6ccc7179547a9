import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type {
  DestructionRequestView,
  ExportRequestView,
  Tombstone,
} from '../../../../shared/contract/clientViews';
import type { JobStarted, JobView } from '../../../../shared/contract/jobViews';
import type { AppErrorShape, Result } from '../../../../shared/contract/result';
import { call } from '../../api/client';

interface ApprovalsState {
  exports: ExportRequestView[];
  destructions: DestructionRequestView[];
  tombstones: Tombstone[];
  /** A refusal of the export list itself (e.g. FORBIDDEN), shown instead of the screen. */
  error: AppErrorShape | null;
  destructionError: AppErrorShape | null;
  tombstoneError: AppErrorShape | null;
  loading: boolean;
  /** Loads both request lists, and the destroyed files when the role may see them. */
  load(withTombstones: boolean): Promise<void>;
  requestExport(input: Input<'exports.request'>): Promise<Result<ExportRequestView>>;
  approveExport(id: string): Promise<Result<ExportRequestView>>;
  rejectExport(id: string, note: string): Promise<Result<ExportRequestView>>;
  /** The export job writing each request's file (request id → job id), while it runs. */
  exportJobs: Record<string, string>;
  /** Main asks for a folder and starts the job that writes the approved file once. */
  runExport(id: string): Promise<Result<JobStarted>>;
  /** The job ended: forget it, and read the list again when it wrote the file. */
  exportJobEnded(id: string, job: JobView): Promise<void>;
  approveDestruction(id: string): Promise<Result<DestructionRequestView>>;
  rejectDestruction(id: string, note: string): Promise<Result<DestructionRequestView>>;
}

/** Pending first, then the newest. */
function ordered<V extends { status: string; requestedAt: number }>(list: V[]): V[] {
  return [...list].sort(
    (a, b) =>
      Number(b.status === 'pending') - Number(a.status === 'pending') ||
      b.requestedAt - a.requestedAt,
  );
}

function upsert<V extends { id: string; status: string; requestedAt: number }>(
  list: V[],
  view: V,
): V[] {
  const rest = list.filter((v) => v.id !== view.id);
  return ordered([view, ...rest]);
}

export const useApprovalsStore = create<ApprovalsState>((set, get) => {
  const exportChanged = (r: Result<ExportRequestView>) => {
    if (r.ok) set({ exports: upsert(get().exports, r.data) });
    return r;
  };
  const destructionChanged = async (r: Result<DestructionRequestView>) => {
    if (!r.ok) return r;
    set({ destructions: upsert(get().destructions, r.data) });
    if (r.data.status === 'destroyed') {
      const tombs = await call('destruction.tombstones');
      if (tombs.ok) set({ tombstones: tombs.data });
    }
    return r;
  };
  return {
    exports: [],
    destructions: [],
    tombstones: [],
    error: null,
    destructionError: null,
    tombstoneError: null,
    loading: false,
    exportJobs: {},
    async load(withTombstones) {
      set({ loading: true });
      const [exp, des, tombs] = await Promise.all([
        call('exports.list'),
        call('destruction.list'),
        withTombstones ? call('destruction.tombstones') : Promise.resolve(null),
      ]);
      set({
        loading: false,
        exports: exp.ok ? ordered(exp.data) : [],
        error: exp.ok ? null : exp.error,
        destructions: des.ok ? ordered(des.data) : [],
        destructionError: des.ok ? null : des.error,
        tombstones: tombs?.ok ? [...tombs.data].sort((a, b) => b.destroyedAt - a.destroyedAt) : [],
        tombstoneError: tombs && !tombs.ok ? tombs.error : null,
      });
    },
    requestExport: async (input) => exportChanged(await call('exports.request', input)),
    approveExport: async (id) => exportChanged(await call('exports.approve', { id })),
    rejectExport: async (id, note) => exportChanged(await call('exports.reject', { id, note })),
    async runExport(id) {
      const r = await call('exports.run', { id });
      if (r.ok) set({ exportJobs: { ...get().exportJobs, [id]: r.data.jobId } });
      return r;
    },
    async exportJobEnded(id, job) {
      if (get().exportJobs[id] !== job.id) return;
      const { [id]: _ended, ...rest } = get().exportJobs;
      set({ exportJobs: rest });
      if (job.state !== 'done') return;
      const list = await call('exports.list');
      if (list.ok) set({ exports: ordered(list.data) });
    },
    approveDestruction: async (id) => destructionChanged(await call('destruction.approve', { id })),
    rejectDestruction: async (id, note) =>
      destructionChanged(await call('destruction.reject', { id, note })),
  };
});
