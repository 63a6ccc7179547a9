import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type {
  BackupEntry,
  BackupStatus,
  RestorePreview,
} from '../../../../shared/contract/backupViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { JobView } from '../../../../shared/contract/jobViews';
import { call, subscribe } from '../../api/client';
import { runJob, type JobOutcome } from '../jobs/runJob';
import { useSessionStore } from '../auth/store';
import { useVaultStore } from '../setup/store';

interface BackupsState {
  status: BackupStatus | null;
  error: AppErrorShape | null;
  /** Backups a restore may use: local, the chosen folder, and a folder picked now. */
  available: BackupEntry[];
  preview: RestorePreview | null;
  loadStatus(): Promise<void>;
  runNow(): Promise<string | null>;
  configure(input: Input<'backups.configure'>): Promise<AppErrorShape | null>;
  /** The drill's job, followed to its end (onView feeds its bar); its result or refusal. */
  drill(recoveryKey: string, onView: (job: JobView) => void): Promise<JobOutcome>;
  loadAvailable(pick?: boolean): Promise<AppErrorShape | null>;
  /** The preview's job, followed to its end, then its summary for this window. */
  showPreview(
    backupId: string,
    recoveryKey: string,
    onView: (job: JobView) => void,
  ): Promise<AppErrorShape | null>;
  clearPreview(): void;
  restore(backupId: string, recoveryKey: string): Promise<AppErrorShape | null>;
}

export const useBackupsStore = create<BackupsState>((set, get) => ({
  status: null,
  error: null,
  available: [],
  preview: null,
  async loadStatus() {
    const r = await call('backups.status');
    set(r.ok ? { status: r.data, error: null } : { error: r.error });
  },
  async runNow() {
    const r = await call('backups.run');
    if (!r.ok) {
      set({ error: r.error });
      return null;
    }
    await get().loadStatus();
    return r.data.jobId;
  },
  async configure(input) {
    const r = await call('backups.configure', input);
    if (!r.ok) return r.error;
    set({ status: r.data });
    return null;
  },
  async drill(recoveryKey, onView) {
    const r = await runJob(() => call('backups.drill', { recoveryKey }), onView);
    await get().loadStatus();
    return r;
  },
  async loadAvailable(pick) {
    const r = await call('vault.backups', pick ? { pick: true } : undefined);
    if (!r.ok) return r.error;
    set({ available: r.data });
    return null;
  },
  async showPreview(backupId, recoveryKey, onView) {
    set({ preview: null });
    const ran = await runJob(() => call('vault.restorePreview', { backupId, recoveryKey }), onView);
    if (!ran.ok) return ran.error;
    const r = await call('vault.restorePreviewResult', { jobId: ran.job.id });
    set({ preview: r.ok ? r.data : null });
    return r.ok ? null : r.error;
  },
  clearPreview: () => set({ preview: null }),
  async restore(backupId, recoveryKey) {
    const r = await call('vault.restore', { backupId, recoveryKey });
    if (!r.ok) return r.error;
    set({ preview: null, status: null });
    // The restored vault asks everyone to sign in again: the status, then the session.
    await useVaultStore.getState().load();
    await useSessionStore.getState().load();
    return null;
  },
}));

/** Main pushes the status as a live view; a backup job of mine ending reads it again. */
export function followBackups(): () => void {
  const offView = subscribe('view:backups.status', (status) =>
    useBackupsStore.setState({ status }),
  );
  const offJob = subscribe('job.progress', (job) => {
    if ((job.kind === 'backups.make' || job.kind === 'backups.drill') && job.state !== 'running')
      void useBackupsStore.getState().loadStatus();
  });
  return () => {
    offView();
    offJob();
  };
}
