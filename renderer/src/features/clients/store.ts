import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type {
  ClientChange,
  ClientFile,
  ClientPage,
  ClientSummary,
  DocumentMeta,
  StaffDirectoryEntry,
} from '../../../../shared/contract/clientViews';
import type { AppErrorShape, Result } from '../../../../shared/contract/result';
import type {
  ClientKind,
  CreditGrade,
  MembershipStatus,
  SecrecyLevel,
} from '../../../../shared/domain/clients';
import { call } from '../../api/client';
import { changes } from '../../app/sameData';
import { createSearchStore, type SearchState } from '../../app/searchStore';

/* ------------------------------------------------------------------ desk search */

export type ClientSearchState = SearchState<ClientSummary>;

export const SEARCH_LIMIT = 20;

/** One search box = one store, so the list screen and Ctrl+K never trample each other. */
export function createClientSearchStore(): UseBoundStore<StoreApi<ClientSearchState>> {
  return createSearchStore((q) => call('clients.search', { q, limit: SEARCH_LIMIT }));
}

/** The big box on the client list. */
export const useDeskSearchStore = createClientSearchStore();
/** Ctrl+K anywhere in the shell. */
export const useSpotlightSearchStore = createClientSearchStore();

/* ------------------------------------------------------------------ list */

export interface ClientFilters {
  kind: ClientKind | null;
  status: MembershipStatus | null;
  creditGrade: CreditGrade | null;
  secrecy: SecrecyLevel | null;
  consultantId: string | null;
  tag: string | null;
}

export const EMPTY_FILTERS: ClientFilters = {
  kind: null,
  status: null,
  creditGrade: null,
  secrecy: null,
  consultantId: null,
  tag: null,
};
export const PAGE_SIZE = 25;

interface ClientListState {
  filters: ClientFilters;
  offset: number;
  limit: number;
  rows: ClientSummary[];
  total: number;
  loading: boolean;
  /** A refusal of the list itself, shown instead of the table. */
  error: AppErrorShape | null;
  load(): Promise<void>;
  setFilters(patch: Partial<ClientFilters>): Promise<void>;
  clearFilters(): Promise<void>;
  /** 1-based page number. */
  setPage(page: number): Promise<void>;
  create(input: Input<'clients.create'>): Promise<Result<ClientFile>>;
}

function listQuery(f: ClientFilters, offset: number, limit: number): Input<'clients.list'> {
  const tag = f.tag?.trim();
  return {
    offset,
    limit,
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.creditGrade ? { creditGrade: f.creditGrade } : {}),
    ...(f.secrecy ? { secrecy: f.secrecy } : {}),
    ...(f.consultantId ? { consultantId: f.consultantId } : {}),
    ...(tag ? { tag: tag.slice(0, 20) } : {}),
  };
}

export const useClientListStore = create<ClientListState>((set, get) => {
  let seq = 0;
  return {
    filters: EMPTY_FILTERS,
    offset: 0,
    limit: PAGE_SIZE,
    rows: [],
    total: 0,
    loading: false,
    error: null,
    async load() {
      const mine = ++seq;
      const { filters, offset, limit } = get();
      set({ loading: true });
      const r: Result<ClientPage> = await call('clients.list', listQuery(filters, offset, limit));
      if (mine !== seq) return;
      if (!r.ok) return set({ rows: [], total: 0, error: r.error, loading: false });
      // The same page keeps its rows: a reopened list is not drawn twice.
      set({
        ...changes(get(), { rows: r.data.rows, total: r.data.total }),
        error: null,
        loading: false,
      });
    },
    async setFilters(patch) {
      set({ filters: { ...get().filters, ...patch }, offset: 0 });
      await get().load();
    },
    async clearFilters() {
      set({ filters: EMPTY_FILTERS, offset: 0 });
      await get().load();
    },
    async setPage(page) {
      set({ offset: Math.max(0, (page - 1) * get().limit) });
      await get().load();
    },
    async create(input) {
      const r = await call('clients.create', input);
      if (r.ok) void get().load();
      return r;
    },
  };
});

/* ------------------------------------------------------------------ staff directory */

interface StaffDirectoryState {
  entries: StaffDirectoryEntry[];
  load(): Promise<void>;
}

/** Names for the consultant pickers; fetched when a screen opens, never kept for good. */
export const useStaffDirectoryStore = create<StaffDirectoryState>((set, get) => ({
  entries: [],
  async load() {
    const r = await call('staff.directory');
    const next = r.ok ? changes(get(), { entries: r.data }) : null;
    if (next) set(next);
  },
}));

/* ------------------------------------------------------------------ photos */

interface PhotoState {
  /** Client id → data URL (null: no photo). Only what is on screen now. */
  photos: Record<string, string | null>;
  load(id: string): Promise<void>;
  put(id: string, dataUrl: string | null): void;
  clear(): void;
}

const PHOTO_CACHE = 120;
const photoLoads = new Map<string, Promise<void>>();

export const usePhotoStore = create<PhotoState>((set, get) => ({
  photos: {},
  load(id) {
    if (id in get().photos) return Promise.resolve();
    const pending = photoLoads.get(id);
    if (pending) return pending;
    const p = (async () => {
      const r = await call('clients.photo', { id });
      photoLoads.delete(id);
      if (r.ok) get().put(id, r.data.dataUrl);
    })();
    photoLoads.set(id, p);
    return p;
  },
  put(id, dataUrl) {
    const photos = { ...get().photos };
    delete photos[id];
    photos[id] = dataUrl;
    const keys = Object.keys(photos);
    // Keep the newest few: photos are large and the list pages through thousands.
    for (const k of keys.slice(0, Math.max(0, keys.length - PHOTO_CACHE))) delete photos[k];
    set({ photos });
  },
  clear: () => set({ photos: {} }),
}));

/* ------------------------------------------------------------------ one file */

export type FileStatus =
  | 'idle'
  | 'loading'
  /** 机密/绝密: main wants a reason (借阅事由) before it opens the file. */
  | 'needsReason'
  /** The role may not open this file; the check-in card is shown instead. */
  | 'forbidden'
  | 'notFound'
  | 'error'
  | 'ready';

export type RevealField = 'phones' | 'idNumber';

export interface DocumentContent {
  fileName: string;
  mimeType: string;
  contentBase64: string;
}

interface ClientFileState {
  clientId: string | null;
  status: FileStatus;
  file: ClientFile | null;
  /** The check-in card, for a file this role may not open. */
  summary: ClientSummary | null;
  /** Why the file is not shown (or why the reason was refused). */
  error: AppErrorShape | null;
  /** The reason given to open a restricted file, reused for reveals and documents. */
  reason: string | null;
  revealed: { phones?: string[]; idNumber?: string | null };
  history: ClientChange[] | null;
  historyError: AppErrorShape | null;
  open(id: string, reason?: string): Promise<void>;
  /** Opens the same file again (after a conflict or a colleague's change). */
  reload(): Promise<void>;
  reveal(field: RevealField): Promise<AppErrorShape | null>;
  update(patch: Omit<Input<'clients.update'>, 'id' | 'version'>): Promise<Result<ClientFile>>;
  setSecrecy(
    level: SecrecyLevel,
    until: number | null,
    reason: string,
  ): Promise<AppErrorShape | null>;
  setPhoto(dataUrl: string | null): Promise<AppErrorShape | null>;
  loadHistory(): Promise<void>;
  addDocument(doc: DocumentContent): Promise<AppErrorShape | null>;
  openDocument(documentId: string): Promise<Result<DocumentContent>>;
  removeDocument(documentId: string): Promise<AppErrorShape | null>;
  requestDestruction(reason: string): Promise<AppErrorShape | null>;
  /** Forgets everything about the file (leaving the page, locking). */
  reset(): void;
}

const CLOSED = {
  clientId: null,
  status: 'idle' as FileStatus,
  file: null,
  summary: null,
  error: null,
  reason: null,
  revealed: {},
  history: null,
  historyError: null,
};

function needsReason(e: AppErrorShape): boolean {
  return e.code === 'VALIDATION' && !!e.fields && 'reason' in e.fields;
}

export const useClientFileStore = create<ClientFileState>((set, get) => {
  let seq = 0;
  const withReason = () => {
    const reason = get().reason;
    return reason ? { reason } : {};
  };
  /** Replaces the file after a change; clear values shown before may no longer be true. */
  const replace = (file: ClientFile) => {
    set({ file, revealed: {} });
    if (get().history) void get().loadHistory();
  };
  return {
    ...CLOSED,
    async open(id, reason) {
      const mine = ++seq;
      const same = get().clientId === id;
      // While a reason is being checked the question stays on screen.
      const asking = same && !!reason && get().status === 'needsReason';
      set({
        clientId: id,
        status: asking ? 'needsReason' : 'loading',
        error: null,
        ...(same ? {} : { file: null, summary: null, revealed: {}, history: null, reason: null }),
      });
      const r = await call('clients.get', reason ? { id, reason } : { id });
      if (mine !== seq) return;
      if (r.ok) {
        set({ status: 'ready', file: r.data, error: null, reason: reason ?? null, summary: null });
        return;
      }
      const e = r.error;
      if (needsReason(e)) {
        // Without a reason this is the question; with one, main found it too short.
        set({ status: 'needsReason', error: reason ? e : null, file: null });
        if (!get().summary) {
          const s = await call('clients.summary', { id });
          if (mine === seq && s.ok) set({ summary: s.data });
        }
      } else if (e.code === 'FORBIDDEN') {
        set({ status: 'forbidden', error: e, file: null });
        const s = await call('clients.summary', { id });
        if (mine === seq && s.ok) set({ summary: s.data });
      } else {
        set({ status: e.code === 'NOT_FOUND' ? 'notFound' : 'error', error: e, file: null });
      }
    },
    async reload() {
      const { clientId, reason } = get();
      if (clientId) await get().open(clientId, reason ?? undefined);
    },
    async reveal(field) {
      const id = get().clientId;
      if (!id) return null;
      const r = await call('clients.reveal', { id, field, ...withReason() });
      if (!r.ok) return r.error;
      set({
        revealed: {
          ...get().revealed,
          ...(field === 'phones' ? { phones: r.data.phones } : { idNumber: r.data.idNumber }),
        },
      });
      return null;
    },
    async update(patch) {
      const file = get().file;
      if (!file) {
        return { ok: false, error: { code: 'NOT_FOUND', message: 'No file open.' } };
      }
      const r = await call('clients.update', { ...patch, id: file.id, version: file.version });
      if (r.ok) replace(r.data);
      return r;
    },
    async setSecrecy(level, until, reason) {
      const id = get().clientId;
      if (!id) return null;
      const r = await call('clients.setSecrecy', { id, level, until, reason });
      if (!r.ok) return r.error;
      replace(r.data);
      return null;
    },
    async setPhoto(dataUrl) {
      const id = get().clientId;
      if (!id) return null;
      const r = await call('clients.setPhoto', { id, dataUrl });
      if (!r.ok) return r.error;
      usePhotoStore.getState().put(id, r.data.hasPhoto ? dataUrl : null);
      const file = get().file;
      if (file) set({ file: { ...file, hasPhoto: r.data.hasPhoto } });
      return null;
    },
    async loadHistory() {
      const id = get().clientId;
      if (!id) return;
      const r = await call('clients.history', { id });
      if (get().clientId !== id) return;
      set(r.ok ? { history: r.data, historyError: null } : { historyError: r.error });
    },
    async addDocument(doc) {
      const id = get().clientId;
      if (!id) return null;
      const r = await call('clients.addDocument', { id, ...doc });
      if (!r.ok) return r.error;
      const file = get().file;
      if (file) set({ file: { ...file, documents: [...file.documents, r.data] } });
      return null;
    },
    async openDocument(documentId) {
      const id = get().clientId ?? '';
      return call('clients.document', { id, documentId, ...withReason() });
    },
    async removeDocument(documentId) {
      const id = get().clientId;
      if (!id) return null;
      const r = await call('clients.removeDocument', { id, documentId });
      if (!r.ok) return r.error;
      const file = get().file;
      if (file) {
        const documents: DocumentMeta[] = file.documents.filter((d) => d.id !== documentId);
        set({ file: { ...file, documents } });
      }
      return null;
    },
    async requestDestruction(reason) {
      const clientId = get().clientId;
      if (!clientId) return null;
      const r = await call('destruction.request', { clientId, reason });
      return r.ok ? null : r.error;
    },
    reset() {
      seq++;
      set({ ...CLOSED });
    },
  };
});
