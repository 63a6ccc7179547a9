/** 总部 (admin): head office's connection, the push, the offline file, the enrolment code. */
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type {
  BranchIdentityView,
  BranchOutboxView,
  HeadOfficeSettingsView,
} from '../../../../shared/contract/headOfficeViews';
import type { JobView } from '../../../../shared/contract/jobViews';
import type { AppErrorShape, Result } from '../../../../shared/contract/result';
import { call } from '../../api/client';
import { runJob, type JobOutcome } from '../jobs/runJob';

interface HeadOfficeState {
  settings: HeadOfficeSettingsView | null;
  outbox: BranchOutboxView | null;
  identity: BranchIdentityView | null;
  /** The push or file job on screen, as its events arrive. */
  job: JobView | null;
  error: AppErrorShape | null;
  load(): Promise<void>;
  update(input: Input<'headOffice.update'>): Promise<AppErrorShape | null>;
  push(): Promise<JobOutcome>;
  exportFile(): Promise<JobOutcome>;
}

const started = (r: Result<JobView>): Result<{ jobId: string }> =>
  r.ok ? { ok: true, data: { jobId: r.data.id } } : r;

export const useHeadOfficeStore = create<HeadOfficeState>((set, get) => {
  const follow = async (channel: 'headOffice.push' | 'headOffice.exportFile') => {
    const outcome = await runJob(
      async () => started(await call(channel)),
      (job) => set({ job }),
    );
    await get().load();
    return outcome;
  };
  return {
    settings: null,
    outbox: null,
    identity: null,
    job: null,
    error: null,
    async load() {
      const [settings, outbox, identity] = await Promise.all([
        call('headOffice.get'),
        call('branch.outbox'),
        get().identity ? Promise.resolve(null) : call('branch.identity'),
      ]);
      if (!settings.ok) return set({ error: settings.error });
      set({
        settings: settings.data,
        ...(outbox.ok ? { outbox: outbox.data } : {}),
        ...(identity?.ok ? { identity: identity.data } : {}),
        error: null,
      });
    },
    async update(input) {
      const r = await call('headOffice.update', input);
      if (!r.ok) return r.error;
      set({ settings: r.data });
      return null;
    },
    push: () => follow('headOffice.push'),
    exportFile: () => follow('headOffice.exportFile'),
  };
});
