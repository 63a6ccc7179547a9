/**
 * 总部模式: what the head-office PC read from the chain's PostgreSQL. Every read is a job in
 * main (the database is another server); when it is done, `hq.result` hands over what it read.
 */
import dayjs from 'dayjs';
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type {
  HqBoardView,
  HqBranchView,
  HqEnrolResult,
  HqImportResult,
  HqReportView,
  HqResult,
  HqSettingsView,
} from '../../../../shared/contract/hqViews';
import type { JobStarted, JobView } from '../../../../shared/contract/jobViews';
import type { ReportKind } from '../../../../shared/contract/reportViews';
import type { AppErrorShape, Result } from '../../../../shared/contract/result';
import { call } from '../../api/client';
import { runJob, type JobOutcome } from '../jobs/runJob';
import {
  changeKind,
  periodInput,
  stepPeriod,
  thisPeriod,
  type ExportFormat,
  type PeriodChoice,
} from '../reports';
import { fileBase64 } from './fileBase64';

const today = () => dayjs().format('YYYY-MM-DD');
const monthOf = (day: string) => `${day.slice(0, 7)}-01`;

type What = HqResult['what'];
type Of<W extends What> = Extract<HqResult, { what: W }>;

/** Runs a read job to its end, then asks main for what it read. */
async function readJob<W extends What>(
  what: W,
  start: () => Promise<Result<JobStarted>>,
  onView: (view: JobView) => void,
): Promise<Result<Of<W>>> {
  const ran = await runJob(start, onView);
  if (!ran.ok) return ran;
  const r = await call('hq.result', { jobId: ran.job.id });
  if (!r.ok) return r;
  if (r.data.what !== what)
    return { ok: false, error: { code: 'INTERNAL', message: `hq.result: ${r.data.what}` } };
  return { ok: true, data: r.data as Of<W> };
}

interface BoardSlice {
  /** The month shown, as its first day. */
  month: string;
  board: HqBoardView | null;
  boardJob: JobView | null;
  boardError: AppErrorShape | null;
  showMonth(month: string): Promise<void>;
  stepMonth(direction: -1 | 1): Promise<void>;
  thisMonth(): Promise<void>;
}

interface ReportSlice {
  period: PeriodChoice;
  report: HqReportView | null;
  reportJob: JobView | null;
  reportError: AppErrorShape | null;
  exportJob: JobView | null;
  exportError: AppErrorShape | null;
  showPeriod(period: PeriodChoice): Promise<void>;
  setKind(kind: ReportKind): Promise<void>;
  step(direction: -1 | 1): Promise<void>;
  goThis(): Promise<void>;
  setRange(from: string, to: string): Promise<void>;
  exportAs(format: ExportFormat): Promise<void>;
}

interface BranchesSlice {
  branches: HqBranchView[] | null;
  branchesJob: JobView | null;
  branchesError: AppErrorShape | null;
  verifyJob: JobView | null;
  verifyError: AppErrorShape | null;
  loadBranches(): Promise<void>;
  /** Checks every branch's new bundles, then reads the list again. */
  verify(): Promise<void>;
  enrolJob: JobView | null;
  /** What enrolment made, the password with it: shown once, then dropped. */
  enrolled: HqEnrolResult | null;
  enrol(code: string): Promise<AppErrorShape | null>;
  forgetEnrolled(): void;
  importJob: JobView | null;
  imported: HqImportResult | null;
  importError: AppErrorShape | null;
  importFile(file: File): Promise<void>;
}

interface SettingsSlice {
  settings: HqSettingsView | null;
  settingsError: AppErrorShape | null;
  loadSettings(): Promise<void>;
  updateSettings(input: Input<'hq.updateSettings'>): Promise<AppErrorShape | null>;
}

interface HqState extends BoardSlice, ReportSlice, BranchesSlice, SettingsSlice {
  /** Whose reads are held: the next person signing in at this PC does not see them. */
  owner: string | null;
  forStaff(staffId: string): void;
}

const EMPTY = {
  board: null,
  boardJob: null,
  boardError: null,
  report: null,
  reportJob: null,
  reportError: null,
  exportJob: null,
  exportError: null,
  branches: null,
  branchesJob: null,
  branchesError: null,
  verifyJob: null,
  verifyError: null,
  enrolJob: null,
  enrolled: null,
  importJob: null,
  imported: null,
  importError: null,
  settings: null,
  settingsError: null,
};

const failed = (outcome: JobOutcome) => (outcome.ok ? null : outcome.error);

export const useHqStore = create<HqState>((set, get) => ({
  owner: null,
  month: monthOf(today()),
  period: thisPeriod('month', today()),
  ...EMPTY,
  forStaff(staffId) {
    if (get().owner !== staffId) set({ owner: staffId, ...EMPTY });
  },

  async showMonth(month) {
    set({ month, boardError: null, ...(get().board?.from === month ? {} : { board: null }) });
    const shown = () => get().month === month;
    const r = await readJob(
      'board',
      () => call('hq.board', { from: month }),
      (view) => shown() && set({ boardJob: view }),
    );
    if (shown()) set(r.ok ? { board: r.data.board, boardError: null } : { boardError: r.error });
  },
  stepMonth: (direction) =>
    get().showMonth(dayjs(get().month).add(direction, 'month').format('YYYY-MM-DD')),
  thisMonth: () => get().showMonth(monthOf(today())),

  async showPeriod(period) {
    set({ period, report: null, reportError: null });
    const shown = () => get().period === period;
    const r = await readJob(
      'report',
      () => call('hq.report', periodInput(period)),
      (view) => shown() && set({ reportJob: view }),
    );
    if (shown())
      set(r.ok ? { report: r.data.report, reportError: null } : { reportError: r.error });
  },
  setKind: (kind) => get().showPeriod(changeKind(get().period, kind, today())),
  step: (direction) => get().showPeriod(stepPeriod(get().period, direction)),
  goThis: () => get().showPeriod(thisPeriod(get().period.kind, today())),
  setRange: (from, to) => get().showPeriod({ kind: 'range', from, to }),
  async exportAs(format) {
    set({ exportJob: null, exportError: null });
    const period = periodInput(get().period);
    const ran = await runJob(
      () => call('hq.exportReport', { period, format }),
      (view) => set({ exportJob: view }),
    );
    set({ exportError: failed(ran) });
  },

  async loadBranches() {
    set({ branchesError: null });
    const r = await readJob(
      'branches',
      () => call('hq.branches'),
      (view) => set({ branchesJob: view }),
    );
    set(r.ok ? { branches: r.data.branches, branchesError: null } : { branchesError: r.error });
  },
  async verify() {
    set({ verifyJob: null, verifyError: null });
    const ran = await runJob(
      () => call('hq.verify'),
      (view) => set({ verifyJob: view }),
    );
    set({ verifyError: failed(ran) });
    // What the check found is in the branches' problems.
    if (ran.ok) await get().loadBranches();
  },
  async enrol(code) {
    set({ enrolJob: null, enrolled: null });
    const r = await readJob(
      'enrol',
      () => call('hq.enrol', { code }),
      (view) => set({ enrolJob: view }),
    );
    if (!r.ok) return r.error;
    set({ enrolled: r.data.enrol });
    void get().loadBranches();
    return null;
  },
  forgetEnrolled: () => set({ enrolled: null }),
  async importFile(file) {
    set({ importJob: null, imported: null, importError: null });
    const contentBase64 = await fileBase64(file);
    const r = await readJob(
      'import',
      () => call('hq.importFile', { fileName: file.name, contentBase64 }),
      (view) => set({ importJob: view }),
    );
    if (!r.ok) return set({ importError: r.error });
    set({ imported: r.data.import });
    void get().loadBranches();
  },

  async loadSettings() {
    const r = await call('hq.settings');
    set(r.ok ? { settings: r.data, settingsError: null } : { settingsError: r.error });
  },
  async updateSettings(input) {
    const r = await call('hq.updateSettings', input);
    if (!r.ok) return r.error;
    set({ settings: r.data });
    return null;
  },
}));
