/** Shift templates, checklists and the roster (排班), kept by supervisors. */
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { AppErrorShape, Result } from '../../../../shared/contract/result';
import type {
  ChecklistItem,
  RosterEntry,
  ShiftTemplate,
} from '../../../../shared/contract/shiftViews';
import { call } from '../../api/client';

interface ShiftSetupState {
  templates: ShiftTemplate[];
  checklist: ChecklistItem[];
  /** The roster of the week on screen. */
  roster: RosterEntry[];
  error: AppErrorShape | null;
  load(): Promise<void>;
  loadRoster(from: string, to: string): Promise<void>;
  saveTemplate(input: Input<'shifts.setTemplate'>): Promise<Result<ShiftTemplate>>;
  saveItem(input: Input<'shifts.setChecklistItem'>): Promise<Result<ChecklistItem>>;
  setRoster(
    businessDate: string,
    templateId: string,
    staffIds: string[],
  ): Promise<AppErrorShape | null>;
}

const bySort = <T extends { sort: number; id: string }>(list: T[]) =>
  [...list].sort((a, b) => a.sort - b.sort || a.id.localeCompare(b.id));

const replaced = <T extends { id: string; sort: number }>(list: T[], item: T) =>
  bySort([...list.filter((i) => i.id !== item.id), item]);

export const cellKey = (businessDate: string, templateId: string) =>
  `${businessDate}|${templateId}`;
const entryCell = (e: RosterEntry) => cellKey(e.businessDate, e.templateId);

export const useShiftSetupStore = create<ShiftSetupState>((set, get) => ({
  templates: [],
  checklist: [],
  roster: [],
  error: null,
  async load() {
    const [templates, checklist] = await Promise.all([
      call('shifts.templates'),
      call('shifts.checklist'),
    ]);
    if (!templates.ok) return set({ error: templates.error });
    if (!checklist.ok) return set({ error: checklist.error });
    set({ templates: bySort(templates.data), checklist: bySort(checklist.data), error: null });
  },
  async loadRoster(from, to) {
    const r = await call('shifts.roster', { from, to });
    set(r.ok ? { roster: r.data, error: null } : { error: r.error });
  },
  async saveTemplate(input) {
    const r = await call('shifts.setTemplate', input);
    if (r.ok) set({ templates: replaced(get().templates, r.data) });
    return r;
  },
  async saveItem(input) {
    const r = await call('shifts.setChecklistItem', input);
    if (r.ok) set({ checklist: replaced(get().checklist, r.data) });
    return r;
  },
  async setRoster(businessDate, templateId, staffIds) {
    const r = await call('shifts.setRoster', { businessDate, templateId, staffIds });
    if (!r.ok) return r.error;
    // main answers with the cell it replaced; drop every cell it speaks for, then add it.
    const cells = new Set([cellKey(businessDate, templateId), ...r.data.map(entryCell)]);
    set({ roster: [...get().roster.filter((e) => !cells.has(entryCell(e))), ...r.data] });
    return null;
  },
}));
