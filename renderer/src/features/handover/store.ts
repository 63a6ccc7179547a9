/** One handover on screen: its view from main, the outgoing side's typed fields, the signatures. */
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { HandoverView } from '../../../../shared/contract/handoverViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import {
  DENOMINATIONS_CENTS,
  denominationTotal,
  type HandoverSection,
} from '../../../../shared/domain/shift';
import { call } from '../../api/client';

export type CountMode = 'denominations' | 'total';

/** What only people know, as typed; sent to main on blur (saveDraft merges it). */
export interface DraftForm {
  coachesFemale: number | null;
  coachesMale: number | null;
  countMode: CountMode;
  /** Pieces per denomination (key: cents); only the rows someone typed in. */
  denominations: Record<string, number>;
  countedCents: number | null;
  cashNote: string;
  tagNotes: Record<string, string>;
  summary: string;
}

type Group = 'coaches' | 'cash' | 'cashNote' | 'summary';

interface Dirty {
  groups: Group[];
  tags: string[];
}

const CLEAN: Dirty = { groups: [], tags: [] };

export const EMPTY_FORM: DraftForm = {
  coachesFemale: null,
  coachesMale: null,
  countMode: 'denominations',
  denominations: {},
  countedCents: null,
  cashNote: '',
  tagNotes: {},
  summary: '',
};

export function formFrom(view: HandoverView): DraftForm {
  const { figures, cash, summary, openItems } = view.content;
  const denominations = cash.denominations ?? {};
  const byNotes = Object.keys(denominations).length > 0;
  return {
    coachesFemale: figures.coaches?.female ?? null,
    coachesMale: figures.coaches?.male ?? null,
    countMode: byNotes || cash.countedCents === null ? 'denominations' : 'total',
    denominations: { ...denominations },
    countedCents: cash.countedCents,
    cashNote: cash.note ?? '',
    tagNotes: Object.fromEntries(openItems.tagsOut.map((t) => [t.tagNumber, t.note ?? ''])),
    summary: summary ?? '',
  };
}

/** The cash counted as the form stands: the grid's total, or the single amount. */
export function countedOf(form: DraftForm): number | null {
  if (form.countMode === 'total') return form.countedCents;
  return Object.keys(form.denominations).length > 0 ? denominationTotal(form.denominations) : null;
}

type SaveInput = Input<'handover.saveDraft'>;

/** Only valid, changed fields: main refuses empty notes, and a half-typed pair stays local. */
function draftInput(id: string, form: DraftForm, dirty: Dirty): SaveInput | null {
  const input: SaveInput = { handoverId: id };
  const g = dirty.groups;
  if (g.includes('coaches') && form.coachesFemale !== null && form.coachesMale !== null)
    input.coaches = { female: form.coachesFemale, male: form.coachesMale };
  const counted = countedOf(form);
  if (g.includes('cash') && counted !== null) {
    input.countedCents = counted;
    // Main's record of denominations names every one: untouched rows are counted as none.
    if (form.countMode === 'denominations')
      input.denominations = Object.fromEntries(
        DENOMINATIONS_CENTS.map((c) => [String(c), form.denominations[String(c)] ?? 0]),
      );
  }
  if (g.includes('cashNote') && form.cashNote.trim()) input.cashNote = form.cashNote.trim();
  if (g.includes('summary') && form.summary.trim()) input.summary = form.summary.trim();
  const notes = dirty.tags
    .map((tag) => [tag, (form.tagNotes[tag] ?? '').trim()] as const)
    .filter(([, note]) => note !== '');
  if (notes.length > 0) input.tagNotes = Object.fromEntries(notes);
  return Object.keys(input).length > 1 ? input : null;
}

interface HandoverState {
  id: string | null;
  view: HandoverView | null;
  form: DraftForm;
  dirty: Dirty;
  error: AppErrorShape | null;
  saveError: AppErrorShape | null;
  loading: boolean;
  saving: boolean;
  savedAt: number | null;
  load(id: string): Promise<void>;
  /** Figures are live until the outgoing signature: fetch them again. */
  refresh(): Promise<void>;
  edit(patch: Partial<DraftForm>, group: Group): void;
  editTagNote(tagNumber: string, note: string): void;
  /** Sends what changed since the last save; the answer's blockers replace the old ones. */
  flush(): Promise<AppErrorShape | null>;
  signOutgoing(pin: string): Promise<AppErrorShape | null>;
  receive(
    pin: string,
    confirmed: HandoverSection[],
    flags: { section: HandoverSection; note: string }[],
  ): Promise<AppErrorShape | null>;
  correct(section: HandoverSection, body: string): Promise<AppErrorShape | null>;
  review(note: string): Promise<AppErrorShape | null>;
}

// Saves run one after another, so an older answer never overwrites a newer one.
let queue: Promise<unknown> = Promise.resolve();

export const useHandoverStore = create<HandoverState>((set, get) => {
  const adopt = (view: HandoverView) => set({ view, error: null });
  return {
    id: null,
    view: null,
    form: EMPTY_FORM,
    dirty: CLEAN,
    error: null,
    saveError: null,
    loading: false,
    saving: false,
    savedAt: null,
    async load(id) {
      const fresh = get().id !== id;
      if (fresh)
        set({ id, view: null, form: EMPTY_FORM, dirty: CLEAN, savedAt: null, saveError: null });
      set({ loading: true });
      const r = await call('handover.get', { handoverId: id });
      if (get().id !== id) return;
      if (!r.ok) return set({ error: r.error, loading: false });
      set({
        view: r.data,
        error: null,
        loading: false,
        form: fresh ? formFrom(r.data) : get().form,
      });
    },
    async refresh() {
      const id = get().id;
      if (id) await get().load(id);
    },
    edit(patch, group) {
      const { form, dirty } = get();
      const groups = dirty.groups.includes(group) ? dirty.groups : [...dirty.groups, group];
      set({ form: { ...form, ...patch }, dirty: { ...dirty, groups } });
    },
    editTagNote(tagNumber, note) {
      const { form, dirty } = get();
      const tags = dirty.tags.includes(tagNumber) ? dirty.tags : [...dirty.tags, tagNumber];
      set({
        form: { ...form, tagNotes: { ...form.tagNotes, [tagNumber]: note } },
        dirty: { ...dirty, tags },
      });
    },
    flush() {
      const run = async (): Promise<AppErrorShape | null> => {
        const { id, form, dirty, view } = get();
        if (!id || view?.status !== 'draft') return null;
        const input = draftInput(id, form, dirty);
        if (!input) return null;
        set({ dirty: CLEAN, saving: true });
        const r = await call('handover.saveDraft', input);
        if (!r.ok) {
          // Keep what failed marked, so the next blur or the Save button sends it again.
          const now = get().dirty;
          set({
            saving: false,
            saveError: r.error,
            dirty: {
              groups: [...new Set([...dirty.groups, ...now.groups])],
              tags: [...new Set([...dirty.tags, ...now.tags])],
            },
          });
          return r.error;
        }
        set({ view: r.data, saving: false, saveError: null, savedAt: Date.now() });
        return null;
      };
      const next = queue.then(run, run);
      queue = next;
      return next;
    },
    async signOutgoing(pin) {
      const saved = await get().flush();
      if (saved) return saved;
      const id = get().id!;
      const r = await call('handover.signOutgoing', { handoverId: id, pin });
      if (!r.ok) {
        // A refusal for missing parts comes with the current blockers: show them.
        if (r.error.reason === 'handover.incomplete') void get().refresh();
        return r.error;
      }
      adopt(r.data);
      return null;
    },
    async receive(pin, confirmed, flags) {
      const r = await call('handover.receive', { handoverId: get().id!, pin, confirmed, flags });
      if (!r.ok) return r.error;
      adopt(r.data);
      return null;
    },
    async correct(section, body) {
      const r = await call('handover.correct', { handoverId: get().id!, section, body });
      if (!r.ok) return r.error;
      adopt(r.data);
      return null;
    },
    async review(note) {
      const r = await call('handover.review', { handoverId: get().id!, note });
      if (!r.ok) return r.error;
      adopt(r.data);
      return null;
    },
  };
});

export function isDirty(d: Dirty): boolean {
  return d.groups.length > 0 || d.tags.length > 0;
}
