/** The incoming side's check of each section: confirmed, or flagged with a note. */
import { create } from 'zustand';
import { HANDOVER_SECTIONS, type HandoverSection } from '../../../../shared/domain/shift';

export type Check = { kind: 'confirm' } | { kind: 'flag'; note: string };

interface ReceiveState {
  /** The handover these checks belong to; another handover starts from none. */
  handoverId: string | null;
  checks: Partial<Record<HandoverSection, Check>>;
  start(handoverId: string): void;
  confirm(section: HandoverSection): void;
  flag(section: HandoverSection): void;
  setNote(section: HandoverSection, note: string): void;
  /** Back to unchecked, e.g. a confirmation clicked by mistake. */
  clear(section: HandoverSection): void;
}

export const useReceiveStore = create<ReceiveState>((set, get) => {
  const put = (section: HandoverSection, check: Check | undefined) =>
    set({ checks: { ...get().checks, [section]: check } });
  return {
    handoverId: null,
    checks: {},
    start(handoverId) {
      if (get().handoverId !== handoverId) set({ handoverId, checks: {} });
    },
    confirm: (section) => put(section, { kind: 'confirm' }),
    flag(section) {
      const current = get().checks[section];
      put(section, { kind: 'flag', note: current?.kind === 'flag' ? current.note : '' });
    },
    setNote: (section, note) => put(section, { kind: 'flag', note }),
    clear: (section) => put(section, undefined),
  };
});

/** Every section checked, every flag explained: what main's schema asks of the receipt. */
export function receipt(checks: Partial<Record<HandoverSection, Check>>) {
  const confirmed = HANDOVER_SECTIONS.filter((s) => checks[s]?.kind === 'confirm');
  const flags = HANDOVER_SECTIONS.flatMap((s) => {
    const c = checks[s];
    return c?.kind === 'flag' ? [{ section: s, note: c.note.trim() }] : [];
  });
  const checked = confirmed.length + flags.length;
  const ready = checked === HANDOVER_SECTIONS.length && flags.every((f) => f.note !== '');
  return { confirmed, flags, checked, ready };
}
