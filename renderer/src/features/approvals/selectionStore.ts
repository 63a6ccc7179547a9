import { create } from 'zustand';

/**
 * The client files chosen for an export request. The client list screen calls setIds with
 * the ticked files; the "New export request" modal on the approvals screen reads them.
 */
interface ExportSelectionState {
  ids: string[];
  setIds(ids: string[]): void;
  clear(): void;
}

export const useExportSelectionStore = create<ExportSelectionState>((set) => ({
  ids: [],
  setIds: (ids) => set({ ids: [...new Set(ids)] }),
  clear: () => set({ ids: [] }),
}));
