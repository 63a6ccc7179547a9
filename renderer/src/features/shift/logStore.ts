/** The shift log (值班日志) of the current shift, and follow-ups (跟进) carried over. */
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { AppErrorShape, Result } from '../../../../shared/contract/result';
import type {
  FollowUpHistory,
  LogEntryView,
  ShiftLogView,
} from '../../../../shared/contract/shiftViews';
import type { LogCategory } from '../../../../shared/domain/shift';
import { changes } from '../../app/sameData';
import { call, follow, type LiveFollower } from '../../api/client';

interface ShiftLogState {
  log: ShiftLogView | null;
  error: AppErrorShape | null;
  load(): Promise<void>;
  add(input: Input<'shiftLog.add'>): Promise<AppErrorShape | null>;
  edit(entryId: string, category: LogCategory, body: string): Promise<AppErrorShape | null>;
  correct(entryId: string, body: string): Promise<AppErrorShape | null>;
  completeFollowUp(entryId: string, note: string): Promise<AppErrorShape | null>;
  history(entryId: string): Promise<Result<FollowUpHistory>>;
}

/** Newest first: the desk reads the log from the top. */
const newestFirst = (entries: LogEntryView[]) => [...entries].sort((a, b) => b.at - a.at);

export const useShiftLogStore = create<ShiftLogState>((set, get) => {
  const after = async (r: Result<LogEntryView>): Promise<AppErrorShape | null> => {
    if (!r.ok) return r.error;
    await get().load();
    return null;
  };
  return {
    log: null,
    error: null,
    async load() {
      const r = await call('shiftLog.list');
      if (!r.ok) return set({ error: r.error });
      // The same log keeps its object: a reopened screen does not draw its entries twice.
      const log = { ...r.data, entries: newestFirst(r.data.entries) };
      const next = changes(get(), { log, error: null });
      if (next) set(next);
    },
    async add(input) {
      return after(await call('shiftLog.add', { ...input, body: input.body.trim() }));
    },
    async edit(entryId, category, body) {
      return after(await call('shiftLog.edit', { entryId, category, body: body.trim() }));
    },
    async correct(entryId, body) {
      return after(await call('shiftLog.correct', { entryId, body: body.trim() }));
    },
    async completeFollowUp(entryId, note) {
      return after(await call('shiftLog.completeFollowUp', { entryId, note: note.trim() }));
    },
    history(entryId) {
      return call('shiftLog.followUpHistory', { entryId });
    },
  };
});

export const shiftLogLive: LiveFollower = {
  channel: 'shiftLog.list',
  follow: () =>
    follow('shiftLog.list', (log) =>
      useShiftLogStore.setState({
        log: { ...log, entries: newestFirst(log.entries) },
        error: null,
      }),
    ),
  // Only a log already on screen: without a shift at work there is none to read.
  reload: () => (useShiftLogStore.getState().log ? useShiftLogStore.getState().load() : null),
};
