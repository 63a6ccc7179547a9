import { create } from 'zustand';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { Output } from '../../../../shared/contract';
import type { AuditEntry, AuditFacets, AuditVerifyReport } from '../../../../shared/contract/views';
import { call } from '../../api/client';
import { changes, sameData } from '../../app/sameData';

export type FingerprintCheck = Output<'audit.checkFingerprint'>;

export interface AuditFilters {
  actorId: string | null;
  action: string | null;
  /** Inclusive local days as YYYY-MM-DD. */
  fromDay: string | null;
  toDay: string | null;
}

const EMPTY: AuditFilters = { actorId: null, action: null, fromDay: null, toDay: null };
const PAGE = 50;

interface AuditState {
  filters: AuditFilters;
  rows: AuditEntry[];
  nextBeforeSeq: number | null;
  /** Ids in the loaded rows → names, as main lets this viewer read them. */
  names: Record<string, string>;
  facets: AuditFacets;
  report: AuditVerifyReport | null;
  error: AppErrorShape | null;
  loading: boolean;
  /** The last printed fingerprint checked, with main's answer or refusal. */
  fingerprint: {
    value: string;
    result: FingerprintCheck | null;
    error: AppErrorShape | null;
  } | null;
  setFilters(patch: Partial<AuditFilters>): Promise<void>;
  clearFilters(): Promise<void>;
  load(): Promise<void>;
  loadMore(): Promise<void>;
  verify(): Promise<void>;
  checkFingerprint(value: string): Promise<void>;
}

function query(f: AuditFilters, beforeSeq?: number) {
  return {
    limit: PAGE,
    ...(f.actorId ? { actorId: f.actorId } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.fromDay ? { from: new Date(`${f.fromDay}T00:00:00`).getTime() } : {}),
    ...(f.toDay ? { to: new Date(`${f.toDay}T23:59:59.999`).getTime() } : {}),
    ...(beforeSeq ? { beforeSeq } : {}),
  };
}

/** New entries come on top; the rows already on screen keep their objects and stay drawn. */
function keepRows(before: AuditEntry[], after: AuditEntry[]): AuditEntry[] {
  const bySeq = new Map(before.map((e) => [e.seq, e]));
  return after.map((e) => {
    const old = bySeq.get(e.seq);
    return old && sameData(old, e) ? old : e;
  });
}

export const useAuditStore = create<AuditState>((set, get) => ({
  filters: EMPTY,
  rows: [],
  nextBeforeSeq: null,
  names: {},
  facets: { actions: [], actors: [], staffNames: {} },
  report: null,
  error: null,
  loading: false,
  fingerprint: null,
  async setFilters(patch) {
    set({ filters: { ...get().filters, ...patch } });
    await get().load();
  },
  async clearFilters() {
    set({ filters: EMPTY });
    await get().load();
  },
  async load() {
    set({ loading: true });
    const [page, facets] = await Promise.all([
      call('audit.list', query(get().filters)),
      call('audit.facets'),
    ]);
    if (!page.ok) return set({ error: page.error, rows: [], loading: false });
    // The log as it was keeps its objects: a reopened screen does not draw its rows twice.
    const next = changes(get(), {
      rows: keepRows(get().rows, page.data.rows),
      nextBeforeSeq: page.data.nextBeforeSeq,
      names: page.data.names,
      ...(facets.ok ? { facets: facets.data } : {}),
    });
    set({ ...next, error: null, loading: false });
  },
  async loadMore() {
    const before = get().nextBeforeSeq;
    if (!before) return;
    const page = await call('audit.list', query(get().filters, before));
    if (page.ok)
      set({
        rows: [...get().rows, ...page.data.rows],
        nextBeforeSeq: page.data.nextBeforeSeq,
        names: { ...get().names, ...page.data.names },
      });
  },
  async verify() {
    const r = await call('audit.verify');
    if (!r.ok) return set({ error: r.error });
    set({ report: r.data });
    await get().load();
  },
  async checkFingerprint(value) {
    const fingerprint = value.trim().toUpperCase();
    const r = await call('audit.checkFingerprint', { fingerprint });
    set({
      fingerprint: r.ok
        ? { value: fingerprint, result: r.data, error: null }
        : { value: fingerprint, result: null, error: r.error },
    });
  },
}));
