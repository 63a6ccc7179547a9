/** The waiting queue (排队叫号), with main's clock for the live wait timers. */
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { QueueDayCounts, QueueTicketView } from '../../../../shared/contract/queueViews';
import type { AppErrorShape, Result } from '../../../../shared/contract/result';
import type { QueueLevel } from '../../../../shared/domain/queue';
import { call, follow, type LiveFollower } from '../../api/client';

interface QueueState {
  tickets: QueueTicketView[];
  counts: QueueDayCounts | null;
  limits: { attendMinutes: number; escalateMinutes: number } | null;
  /** main's clock minus ours when it last answered: the timers count on main's time. */
  offsetMs: number;
  error: AppErrorShape | null;
  load(): Promise<void>;
  take(input: Input<'queue.take'>): Promise<Result<QueueTicketView>>;
  callNext(counter: string): Promise<Result<QueueTicketView>>;
  callTicket(ticketId: string, counter: string): Promise<AppErrorShape | null>;
  serve(ticketId: string): Promise<AppErrorShape | null>;
  left(ticketId: string): Promise<AppErrorShape | null>;
}

const counterInput = (counter: string) => (counter.trim() ? { counter: counter.trim() } : {});

export const useQueueStore = create<QueueState>((set, get) => {
  const after = async <T>(r: Result<T>): Promise<Result<T>> => {
    await get().load();
    if (!r.ok) set({ error: r.error });
    return r;
  };
  const quiet = async <T>(r: Result<T>) => {
    const done = await after(r);
    return done.ok ? null : done.error;
  };
  return {
    tickets: [],
    counts: null,
    limits: null,
    offsetMs: 0,
    error: null,
    async load() {
      const [list, counts] = await Promise.all([call('queue.list'), call('queue.dayCounts')]);
      if (!list.ok) return set({ error: list.error });
      set({
        tickets: list.data.tickets,
        limits: {
          attendMinutes: list.data.attendMinutes,
          escalateMinutes: list.data.escalateMinutes,
        },
        offsetMs: list.data.now - Date.now(),
        counts: counts.ok ? counts.data : get().counts,
        error: counts.ok ? null : counts.error,
      });
    },
    // A refused ticket is the form's to show (its fields marked), not the page's as well.
    async take(input) {
      const r = await call('queue.take', input);
      if (r.ok) await get().load();
      return r;
    },
    async callNext(counter) {
      return after(await call('queue.call', counterInput(counter)));
    },
    async callTicket(ticketId, counter) {
      return quiet(await call('queue.call', { ticketId, ...counterInput(counter) }));
    },
    async serve(ticketId) {
      return quiet(await call('queue.serve', { ticketId }));
    },
    async left(ticketId) {
      return quiet(await call('queue.left', { ticketId }));
    },
  };
});

/** The level at main's `now`: a waiting ticket moves on by itself, a called one stays put. */
export function liveLevel(t: QueueTicketView, now: number): QueueLevel {
  if (t.status !== 'waiting') return t.level;
  if (now >= t.escalateAt) return 'escalate';
  if (now >= t.attendAt) return 'attend';
  return 'ok';
}

export function liveWaitMs(t: QueueTicketView, now: number): number {
  return t.status === 'waiting' ? Math.max(0, now - t.takenAt) : t.waitedMs;
}

/** 65_000 → "1:05"; an hour and more → "1:02:03". */
export function duration(ms: number): string {
  const s = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

export const queueLive: LiveFollower = {
  channel: 'queue.list',
  follow() {
    const offs = [
      follow('queue.list', (list) =>
        useQueueStore.setState({
          tickets: list.tickets,
          limits: { attendMinutes: list.attendMinutes, escalateMinutes: list.escalateMinutes },
          offsetMs: list.now - Date.now(),
          error: null,
        }),
      ),
      follow('queue.dayCounts', (counts) => useQueueStore.setState({ counts })),
    ];
    return () => offs.forEach((off) => off());
  },
  reload: () => useQueueStore.getState().load(),
};
