/** 报表: the period shown, its report (built as a job in main), and its Excel / CSV export. */
import dayjs from 'dayjs';
import { create } from 'zustand';
import type { JobView } from '../../../../shared/contract/jobViews';
import type { ReportKind, ReportView } from '../../../../shared/contract/reportViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { call } from '../../api/client';
import { useJobsStore } from '../jobs/store';
import { runJob } from '../jobs/runJob';
import {
  changeKind,
  periodInput,
  samePeriod,
  stepPeriod,
  thisPeriod,
  type PeriodChoice,
} from './period';

export type ExportFormat = 'xlsx' | 'csv';

const today = () => dayjs().format('YYYY-MM-DD');

interface ReportsState {
  /** Whose report is held: another person signing in at this PC does not see it. */
  owner: string | null;
  period: PeriodChoice;
  /** The report of `period` once built; null while it is being built. */
  report: ReportView | null;
  /** The build's job, for its bar and Cancel. */
  job: JobView | null;
  error: AppErrorShape | null;
  exportJob: JobView | null;
  exportError: AppErrorShape | null;
  /** Drops what was held for someone else. */
  forStaff(staffId: string): void;
  /** Shows a period: builds its report (a report already held for it is kept). */
  show(period: PeriodChoice): Promise<void>;
  setKind(kind: ReportKind): Promise<void>;
  step(direction: -1 | 1): Promise<void>;
  /** This day / week / month (a range: this month so far). */
  goThis(): Promise<void>;
  setRange(from: string, to: string): Promise<void>;
  /** Builds the shown period again (its figures may have moved since). */
  reload(): Promise<void>;
  cancel(): Promise<void>;
  exportAs(format: ExportFormat): Promise<void>;
}

export const useReportsStore = create<ReportsState>((set, get) => ({
  owner: null,
  period: thisPeriod('month', today()),
  report: null,
  job: null,
  error: null,
  exportJob: null,
  exportError: null,
  forStaff(staffId) {
    if (get().owner === staffId) return;
    set({
      owner: staffId,
      report: null,
      job: null,
      error: null,
      exportJob: null,
      exportError: null,
    });
  },
  async show(period) {
    const { report, job } = get();
    const held = report && samePeriod(report.period, period);
    set({ period, error: null, ...(held ? {} : { report: null }) });
    // A build of a period no longer shown is of no use: it stops so the worker is free.
    if (job?.state === 'running' && job.cancellable) void useJobsStore.getState().cancel(job.id);
    const shown = () => get().period === period;
    const ran = await runJob(
      () => call('reports.build', periodInput(period)),
      (view) => shown() && set({ job: view }),
    );
    if (!shown()) return;
    // A cancelled build says so on its bar; it is not an error.
    if (!ran.ok) return set({ error: ran.error.reason === 'jobs.cancelled' ? null : ran.error });
    const r = await call('reports.result', { jobId: ran.job.id });
    if (!shown()) return;
    set(r.ok ? { report: r.data, error: null } : { error: r.error });
  },
  setKind: (kind) => get().show(changeKind(get().period, kind, today())),
  step: (direction) => get().show(stepPeriod(get().period, direction)),
  goThis: () => get().show(thisPeriod(get().period.kind, today())),
  setRange: (from, to) => get().show({ kind: 'range', from, to }),
  reload: () => get().show({ ...get().period }),
  async cancel() {
    const job = get().job;
    if (job?.state === 'running') await useJobsStore.getState().cancel(job.id);
  },
  async exportAs(format) {
    set({ exportJob: null, exportError: null });
    const period = periodInput(get().period);
    const ran = await runJob(
      () => call('reports.export', { period, format }),
      (view) => set({ exportJob: view }),
    );
    if (!ran.ok) set({ exportError: ran.error });
  },
}));
