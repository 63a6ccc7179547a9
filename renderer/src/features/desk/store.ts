/** The reception lookup box and the check-in of the member chosen from it. */
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { CheckInResult, DeskLookupEntry } from '../../../../shared/contract/deskViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { call } from '../../api/client';
import { createSearchStore } from '../../app/searchStore';

/* ------------------------------------------------------------------ lookup */

export const LOOKUP_LIMIT = 12;

/** The reception lookup: the client search plus who is on site now, with their tag. */
export const useLookupStore = createSearchStore<DeskLookupEntry>((q) =>
  call('desk.lookup', { q, limit: LOOKUP_LIMIT }),
);

/* ------------------------------------------------------------------ check-in */

export interface CheckedOut {
  clientId: string | null;
  name: string | null;
  tagNumber: string | null;
}

export interface Override {
  overrideStaff: string;
  overridePin: string;
  overrideReason: string;
}

interface CheckInState {
  /** The member on the check-in panel. */
  entry: DeskLookupEntry | null;
  busy: boolean;
  error: AppErrorShape | null;
  /** The last check-in done at this desk, shown until the next member. */
  done: CheckInResult | null;
  /** The last check-out done at this desk: the panel says the member has left. */
  checkedOut: CheckedOut | null;
  /** A member scanned over while still waiting for a tag: named so nobody is lost. */
  skipped: string | null;
  select(entry: DeskLookupEntry): void;
  close(): void;
  /** Forgets everything, e.g. when the desk is left or another person signs in. */
  reset(): void;
  checkIn(tagNumber: string, override?: Override): Promise<CheckInResult | null>;
}

export const useCheckInStore = create<CheckInState>((set, get) => ({
  entry: null,
  busy: false,
  error: null,
  done: null,
  checkedOut: null,
  skipped: null,
  select: (entry) => {
    const before = get().entry;
    const waiting = before && !before.onSite && before.summary.id !== entry.summary.id;
    set({
      entry,
      error: null,
      done: null,
      checkedOut: null,
      skipped: waiting ? before.summary.name : null,
    });
  },
  close: () => set({ entry: null, error: null, busy: false, skipped: null }),
  reset: () =>
    set({ entry: null, error: null, busy: false, done: null, checkedOut: null, skipped: null }),
  async checkIn(tagNumber, override) {
    const entry = get().entry;
    if (!entry || get().busy) return null;
    const input: Input<'desk.checkIn'> = {
      clientId: entry.summary.id,
      ...(tagNumber.trim() ? { tagNumber: tagNumber.trim() } : {}),
      ...(override ?? {}),
    };
    set({ busy: true, error: null });
    const r = await call('desk.checkIn', input);
    if (!r.ok) {
      set({ busy: false, error: r.error });
      return null;
    }
    // The next member is already in the queue: the panel shows the tag to hand over.
    set({ busy: false, done: r.data, entry: null, checkedOut: null, skipped: null });
    return r.data;
  },
}));

/** A check-out done anywhere at this desk: the panel stops saying the member is in. */
export function noteCheckOut(out: CheckedOut): void {
  const { entry } = useCheckInStore.getState();
  const same = !!entry && entry.summary.id === out.clientId;
  useCheckInStore.setState({
    checkedOut: out,
    done: null,
    ...(same ? { entry: null, error: null, skipped: null } : {}),
  });
}

/** After a waiver is signed at the desk, the warning goes from the panel and the results. */
export function markWaiverSigned(clientId: string): void {
  const clear = (e: DeskLookupEntry) =>
    e.summary.id === clientId ? { ...e, waiverMissing: false } : e;
  const { entry } = useCheckInStore.getState();
  if (entry) useCheckInStore.setState({ entry: clear(entry) });
  useLookupStore.setState((s) => ({ results: s.results.map(clear) }));
}
