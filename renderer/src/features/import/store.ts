import { create } from 'zustand';
import type { ImportPreview, ImportResult } from '../../../../shared/contract/clientViews';
import type { JobView } from '../../../../shared/contract/jobViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { call } from '../../api/client';
import { readSheetFile, SheetError, type SheetProblem, type XlsxReader } from './sheet';

export type ImportStep = 'choose' | 'preview' | 'running' | 'done';

interface ImportState {
  step: ImportStep;
  fileName: string | null;
  /** The sheet as read here, header first; kept to build the "rows to correct" file. */
  rows: string[][];
  preview: ImportPreview | null;
  result: ImportResult | null;
  /** The file could not be read in the renderer (encoding, quotes, size…). */
  problem: SheetProblem | null;
  /** Main refused the preview or the commit. */
  error: AppErrorShape | null;
  busy: boolean;
  /** The preview job checking the chosen file; its progress lives in the jobs store. */
  previewJobId: string | null;
  /** The import job this screen started; its progress lives in the jobs store. */
  jobId: string | null;
  /** How the last job ended when it saved nothing (cancelled or failed). */
  jobEnd: 'failed' | 'cancelled' | null;
  /** Reads the file and asks main for the preview. */
  choose(file: File, xlsx?: XlsxReader): Promise<void>;
  /** The preview job ended: fetch its report, or say why there is none. */
  previewEnded(job: JobView): Promise<void>;
  /** Starts the import job: every valid row lands when it ends, or none does. */
  commit(): Promise<void>;
  /** The job ended: show its result, or why nothing was saved. */
  jobEnded(job: JobView): void;
  /** Back to step 1, forgetting the file's rows. */
  reset(): void;
  /** Leaving the screen: the rows are forgotten, a running job goes on. */
  leave(): void;
}

const INITIAL = {
  step: 'choose' as ImportStep,
  fileName: null,
  rows: [],
  preview: null,
  result: null,
  problem: null,
  error: null,
  busy: false,
  previewJobId: null,
  jobId: null,
  jobEnd: null,
};

const shortName = (name: string) => (name.length > 200 ? name.slice(-200) : name) || 'import';

export const useImportStore = create<ImportState>((set, get) => ({
  ...INITIAL,
  async choose(file, xlsx) {
    set({ ...INITIAL, fileName: file.name, busy: true });
    let rows: string[][];
    try {
      rows = await readSheetFile(file, xlsx);
    } catch (e) {
      if (!(e instanceof SheetError)) throw e;
      return set({ busy: false, problem: e.problem });
    }
    const r = await call('clients.importPreview', { fileName: shortName(file.name), rows });
    if (get().fileName !== file.name) return; // another file was chosen meanwhile
    // The check runs as a job (about 330 ms at 20,000 rows); busy until its report is here.
    set(r.ok ? { rows, previewJobId: r.data.jobId } : { rows: [], error: r.error, busy: false });
  },
  async previewEnded(job) {
    if (job.id !== get().previewJobId || job.state === 'running') return;
    set({ previewJobId: null });
    if (job.state !== 'done') return set({ rows: [], error: job.error, busy: false });
    const r = await call('clients.importPreviewResult', { jobId: job.id });
    if (get().fileName === null) return; // the screen was left meanwhile
    set(
      r.ok
        ? { preview: r.data, step: 'preview', busy: false }
        : { rows: [], error: r.error, busy: false },
    );
  },
  async commit() {
    const { rows, fileName } = get();
    if (!fileName || rows.length === 0) return;
    set({ busy: true, error: null, jobEnd: null });
    const r = await call('clients.importCommit', { fileName: shortName(fileName), rows });
    set(
      r.ok
        ? { jobId: r.data.jobId, step: 'running', busy: false }
        : { error: r.error, busy: false },
    );
  },
  jobEnded(job) {
    if (job.id !== get().jobId || get().step !== 'running') return;
    if (job.state === 'done') {
      const result: ImportResult = {
        imported: job.result?.imported ?? 0,
        invalid: get().preview?.invalid ?? [],
      };
      set({ step: 'done', result });
    } else if (job.state !== 'running')
      set({ step: 'preview', jobId: null, error: job.error, jobEnd: job.state });
  },
  reset() {
    set(INITIAL);
  },
  leave() {
    const { step, jobId, fileName, preview } = get();
    set(step === 'running' ? { ...INITIAL, step, jobId, fileName, preview } : INITIAL);
  },
}));
