/** The supervisor's board: a day or a week of handovers, accepting them, an item's history. */
import dayjs from 'dayjs';
import { create } from 'zustand';
import type { HandoverBoard } from '../../../../shared/contract/handoverViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { FollowUpHistory } from '../../../../shared/contract/shiftViews';
import { call } from '../../api/client';
import { changes } from '../../app/sameData';

export type BoardMode = 'day' | 'week';

const DAY = 'YYYY-MM-DD';

/** The days shown: the anchor day, or Monday to Sunday of its week. */
export function rangeOf(mode: BoardMode, anchor: string): { from: string; to: string } {
  if (mode === 'day') return { from: anchor, to: anchor };
  const d = dayjs(anchor);
  const monday = d.subtract((d.day() + 6) % 7, 'day');
  return { from: monday.format(DAY), to: monday.add(6, 'day').format(DAY) };
}

export function daysOf(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = dayjs(from); !d.isAfter(dayjs(to)); d = d.add(1, 'day')) days.push(d.format(DAY));
  return days;
}

interface BoardState {
  mode: BoardMode;
  anchor: string;
  board: HandoverBoard | null;
  error: AppErrorShape | null;
  loading: boolean;
  /** The follow-up whose history is open (loading until `history` arrives). */
  historyFor: string | null;
  history: FollowUpHistory | null;
  historyError: AppErrorShape | null;
  setMode(mode: BoardMode): Promise<void>;
  /** One day or one week back (-1) or forward (+1). */
  step(direction: -1 | 1): Promise<void>;
  goToday(): Promise<void>;
  load(): Promise<void>;
  review(handoverId: string, note: string): Promise<AppErrorShape | null>;
  openHistory(entryId: string): Promise<void>;
  closeHistory(): void;
}

export const useBoardStore = create<BoardState>((set, get) => ({
  mode: 'day',
  anchor: dayjs().format(DAY),
  board: null,
  error: null,
  loading: false,
  historyFor: null,
  history: null,
  historyError: null,
  async setMode(mode) {
    set({ mode });
    await get().load();
  },
  async step(direction) {
    const { mode, anchor } = get();
    set({ anchor: dayjs(anchor).add(direction, mode).format(DAY) });
    await get().load();
  },
  async goToday() {
    set({ anchor: dayjs().format(DAY) });
    await get().load();
  },
  async load() {
    const range = rangeOf(get().mode, get().anchor);
    set({ loading: true });
    const r = await call('handover.board', range);
    // A slower answer for a range no longer shown is dropped.
    const now = rangeOf(get().mode, get().anchor);
    if (now.from !== range.from || now.to !== range.to) return;
    if (!r.ok) return set({ error: r.error, loading: false });
    // The same board keeps its object: a reopened board is not drawn twice.
    set({ ...changes(get(), { board: r.data }), error: null, loading: false });
  },
  async review(handoverId, note) {
    const r = await call('handover.review', { handoverId, note });
    if (!r.ok) return r.error;
    await get().load();
    return null;
  },
  async openHistory(entryId) {
    set({ historyFor: entryId, history: null, historyError: null });
    const r = await call('shiftLog.followUpHistory', { entryId });
    if (get().historyFor !== entryId) return;
    set(r.ok ? { history: r.data } : { historyError: r.error });
  },
  closeHistory: () => set({ historyFor: null, history: null, historyError: null }),
}));
