/** The desk's current shift (值班): opening, attendance (考勤), checklists, acknowledgements. */
import { create } from 'zustand';
import type { HandoverView } from '../../../../shared/contract/handoverViews';
import type { AppErrorShape, Result } from '../../../../shared/contract/result';
import type { CurrentShift, ShiftView } from '../../../../shared/contract/shiftViews';
import { changes, sameData } from '../../app/sameData';
import { call, follow, type LiveFollower } from '../../api/client';

interface ShiftState {
  current: CurrentShift | null;
  /** The last shift seen at work here, kept after its hand-over to show how it ended. */
  last: ShiftView | null;
  /** main's clock minus ours when it last answered: time left counts on main's time. */
  offsetMs: number;
  error: AppErrorShape | null;
  /** The shift whose handover reminder was put away on other screens. */
  reminderDismissedFor: string | null;
  load(): Promise<void>;
  open(templateId: string, openingFloatCents: number): Promise<AppErrorShape | null>;
  clock(direction: 'in' | 'out', username: string, pin: string): Promise<AppErrorShape | null>;
  check(itemId: string, done: boolean): Promise<AppErrorShape | null>;
  acknowledge(kind: 'handover' | 'message', refId: string): Promise<AppErrorShape | null>;
  start(): Promise<AppErrorShape | null>;
  prepareHandover(): Promise<Result<HandoverView>>;
  dismissReminder(shiftId: string): void;
}

const noShift: Result<never> = {
  ok: false,
  error: { code: 'CONFLICT', message: 'No shift at work.', reason: 'shifts.none' },
};

/** The shift that was at work here and is not any more (handed over), as it stands now. */
async function ended(last: ShiftView | null): Promise<ShiftView | null> {
  if (!last || last.status === 'closed' || last.status === 'abandoned') return last;
  const r = await call('shifts.get', { shiftId: last.id });
  return r.ok ? r.data : last;
}

/**
 * Main's clock less the desk's. Every read moves it by the milliseconds the answer took; the
 * screens show minutes, so it only moves by a second or more, and the page is not redrawn.
 */
function steadyOffset(before: number, mainNow: number): number {
  const offset = mainNow - Date.now();
  return Math.abs(offset - before) < 1000 ? before : offset;
}

export const useShiftStore = create<ShiftState>((set, get) => {
  const shiftId = () => get().current?.shift?.id ?? null;
  /** A changed shift replaces the one on screen; a refusal is handed back to the form. */
  const apply = (r: Result<ShiftView>): AppErrorShape | null => {
    if (!r.ok) return r.error;
    const current = get().current;
    if (current) set({ current: { ...current, shift: r.data }, last: r.data });
    return null;
  };
  return {
    current: null,
    last: null,
    offsetMs: 0,
    error: null,
    reminderDismissedFor: null,
    async load() {
      const r = await call('shifts.current');
      if (!r.ok) return set({ error: r.error });
      const offsetMs = steadyOffset(get().offsetMs, r.data.now);
      const last = r.data.shift ?? (await ended(get().last));
      // Only main's clock moved: the shift on screen keeps its object and is not redrawn.
      const before = get().current;
      const same = !!before && sameData({ ...before, now: 0 }, { ...r.data, now: 0 });
      set({ ...changes(get(), { last }), current: same ? before : r.data, offsetMs, error: null });
    },
    async open(templateId, openingFloatCents) {
      const r = await call('shifts.open', { templateId, openingFloatCents });
      if (!r.ok) return r.error;
      await get().load();
      return null;
    },
    async clock(direction, username, pin) {
      const id = shiftId();
      if (!id) return noShift.error;
      const channel = direction === 'in' ? 'shifts.clockIn' : 'shifts.clockOut';
      return apply(await call(channel, { shiftId: id, username: username.trim(), pin }));
    },
    async check(itemId, done) {
      const id = shiftId();
      if (!id) return noShift.error;
      return apply(await call('shifts.check', { shiftId: id, itemId, done }));
    },
    async acknowledge(kind, refId) {
      const id = shiftId();
      if (!id) return noShift.error;
      return apply(await call('shifts.acknowledge', { shiftId: id, kind, refId }));
    },
    async start() {
      const id = shiftId();
      if (!id) return noShift.error;
      return apply(await call('shifts.start', { shiftId: id }));
    },
    async prepareHandover() {
      const id = shiftId();
      if (!id) return noShift;
      return call('handover.prepare', { shiftId: id });
    },
    dismissReminder(shiftId) {
      set({ reminderDismissedFor: shiftId });
    },
  };
});

/** A shift still being worked at the desk (not yet handed over). */
export function atWork(shift: ShiftView | null | undefined): shift is ShiftView {
  return !!shift && (shift.status === 'opening' || shift.status === 'open');
}

/** The shift as main sees it now; a shift handed over elsewhere stays on screen as `last`. */
export const shiftLive: LiveFollower = {
  channel: 'shifts.current',
  follow: () =>
    follow('shifts.current', (current) =>
      useShiftStore.setState((s) => ({
        current,
        last: current.shift ?? s.last,
        offsetMs: steadyOffset(s.offsetMs, current.now),
        error: null,
      })),
    ),
  reload: () => useShiftStore.getState().load(),
};
