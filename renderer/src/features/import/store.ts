import { create } from 'zustand';
import type { ImportPreview, ImportResult } from '../../../../shared/contract/clientViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { call } from '../../api/client';
import { readSheetFile, SheetError, type SheetProblem, type XlsxReader } from './sheet';

export type ImportStep = 'choose' | 'preview' | 'done';

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
  /** Reads the file and asks main for the preview. */
  choose(file: File, xlsx?: XlsxReader): Promise<void>;
  /** Imports every valid row in one transaction. */
  commit(): Promise<void>;
  /** Back to step 1, forgetting the file's rows. */
  reset(): void;
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
    set(
      r.ok
        ? { rows, preview: r.data, step: 'preview', busy: false }
        : { rows: [], error: r.error, busy: false },
    );
  },
  async commit() {
    const { rows, fileName } = get();
    if (!fileName || rows.length === 0) return;
    set({ busy: true, error: null });
    const r = await call('clients.importCommit', { fileName: shortName(fileName), rows });
    set(r.ok ? { result: r.data, step: 'done', busy: false } : { error: r.error, busy: false });
  },
  reset() {
    set(INITIAL);
  },
}));
