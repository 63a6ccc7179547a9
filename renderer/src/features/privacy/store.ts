import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { JobView } from '../../../../shared/contract/jobViews';
import type {
  PersonDataView,
  PersonRequestView,
} from '../../../../shared/contract/personDataViews';
import type { AppErrorShape, Result } from '../../../../shared/contract/result';
import { call } from '../../api/client';
import { runJob, type JobOutcome } from '../jobs/runJob';

export type Subject = Input<'personData.find'>['subject'];

interface PersonDataState {
  found: PersonDataView | null;
  findError: AppErrorShape | null;
  finding: boolean;
  requests: PersonRequestView[];
  listError: AppErrorShape | null;
  /** The export job writing each request's file (request id → its latest view), while it runs. */
  jobs: Record<string, JobView>;
  /** The check-in card's name of the file the screen was opened from. */
  fileName: string | null;
  loadFile(clientId: string): Promise<void>;
  find(subject: Subject, reason: string): Promise<Result<PersonDataView>>;
  clear(): void;
  loadRequests(): Promise<void>;
  request(
    kind: 'export' | 'erase',
    subject: Subject,
    reason: string,
  ): Promise<Result<PersonRequestView>>;
  approve(id: string): Promise<Result<PersonRequestView>>;
  reject(id: string, note: string): Promise<Result<PersonRequestView>>;
  /** Main asks for a folder and writes the approved export once, as a job. */
  write(id: string): Promise<JobOutcome>;
}

/** Open requests first, then the newest. */
function ordered(list: PersonRequestView[]): PersonRequestView[] {
  const open = (r: PersonRequestView) => Number(r.status === 'pending' || r.status === 'approved');
  return [...list].sort((a, b) => open(b) - open(a) || b.requestedAt - a.requestedAt);
}

export const usePersonDataStore = create<PersonDataState>((set, get) => {
  const changed = (r: Result<PersonRequestView>) => {
    if (r.ok)
      set({ requests: ordered([r.data, ...get().requests.filter((x) => x.id !== r.data.id)]) });
    return r;
  };
  return {
    found: null,
    findError: null,
    finding: false,
    requests: [],
    listError: null,
    jobs: {},
    fileName: null,
    async loadFile(clientId) {
      set({ fileName: null });
      const r = await call('clients.summary', { id: clientId });
      if (r.ok) set({ fileName: r.data.name });
    },
    async find(subject, reason) {
      set({ finding: true });
      const r = await call('personData.find', { subject, reason });
      set(
        r.ok
          ? { found: r.data, findError: null, finding: false }
          : { findError: r.error, finding: false },
      );
      return r;
    },
    clear: () => set({ found: null, findError: null }),
    async loadRequests() {
      const r = await call('personData.requests');
      set(r.ok ? { requests: ordered(r.data), listError: null } : { listError: r.error });
    },
    request: async (kind, subject, reason) =>
      changed(await call('personData.request', { kind, subject, reason })),
    approve: async (id) => {
      const r = changed(await call('personData.approve', { id }));
      // An erasure changed what is held: the list shown is stale.
      if (r.ok && r.data.status === 'erased') set({ found: null });
      return r;
    },
    reject: async (id, note) => changed(await call('personData.reject', { id, note })),
    async write(id) {
      const outcome = await runJob(
        () => call('personData.export', { id }),
        (view) => set({ jobs: { ...get().jobs, [id]: view } }),
      );
      const { [id]: _done, ...rest } = get().jobs;
      set({ jobs: rest });
      await get().loadRequests();
      return outcome;
    },
  };
});
