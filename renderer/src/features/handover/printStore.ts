/** The print view: one handover or a whole day, and saving the page as PDF. */
import { create } from 'zustand';
import type { HandoverDayPrint, HandoverView } from '../../../../shared/contract/handoverViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { call } from '../../api/client';

export type PrintTarget = { kind: 'handover'; id: string } | { kind: 'day'; date: string };

/** "handover:<id>" or "day:YYYY-MM-DD"; anything else prints nothing. */
export function parsePrintParam(param: string | null | undefined): PrintTarget | null {
  const m = /^(handover|day):(.+)$/.exec(param ?? '');
  if (!m) return null;
  if (m[1] === 'handover') return { kind: 'handover', id: m[2]! };
  return /^\d{4}-\d{2}-\d{2}$/.test(m[2]!) ? { kind: 'day', date: m[2]! } : null;
}

/** A file name main accepts: letters, digits, space, dot, dash, underscore; ends in .pdf. */
export function pdfFileName(parts: string[]): string {
  const base = parts
    .join(' ')
    .replace(/[^\p{L}\p{N} ._-]+/gu, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 76);
  return `${base || 'handover'}.pdf`;
}

const inElectron = () =>
  typeof navigator !== 'undefined' && /\bElectron\//.test(navigator.userAgent);

interface PrintState {
  param: string | null;
  handover: HandoverView | null;
  day: HandoverDayPrint | null;
  error: AppErrorShape | null;
  loadedAt: number | null;
  saving: boolean;
  savedAs: string | null;
  load(target: PrintTarget, param: string): Promise<void>;
  /** Electron writes the PDF; where it cannot (harness, browser), the print dialog opens. */
  savePdf(fileName: string, paper?: 'a4' | 'badge'): Promise<AppErrorShape | null>;
}

export const usePrintStore = create<PrintState>((set, get) => ({
  param: null,
  handover: null,
  day: null,
  error: null,
  loadedAt: null,
  saving: false,
  savedAs: null,
  async load(target, param) {
    if (get().param !== param)
      set({ param, handover: null, day: null, error: null, savedAs: null });
    const r =
      target.kind === 'handover'
        ? await call('handover.get', { handoverId: target.id })
        : await call('handover.printDay', { businessDate: target.date });
    if (get().param !== param) return;
    if (!r.ok) return set({ error: r.error });
    set(
      target.kind === 'handover'
        ? { handover: r.data as HandoverView, error: null, loadedAt: Date.now() }
        : { day: r.data as HandoverDayPrint, error: null, loadedAt: Date.now() },
    );
  },
  async savePdf(fileName, paper) {
    set({ saving: true, savedAs: null });
    const r = await call('print.savePdf', paper ? { fileName, paper } : { fileName });
    set({ saving: false });
    if (!r.ok) return r.error;
    if (r.data.saved) set({ savedAs: r.data.fileName ?? fileName });
    // Electron answers saved:false when the person cancelled its save dialog; elsewhere it
    // means no PDF writer, and the print dialog (with "Save as PDF") does the job.
    else if (!inElectron()) window.print();
    return null;
  },
}));
