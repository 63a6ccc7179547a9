/** One complaint case on screen: read, every handling step, attachments; main decides `may`. */
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { ComplaintView } from '../../../../shared/contract/complaintViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { call } from '../../api/client';

/** The case steps that answer the whole case again. */
export type CaseStep =
  | 'complaints.respond'
  | 'complaints.addAction'
  | 'complaints.setPlan'
  | 'complaints.wait'
  | 'complaints.resolve'
  | 'complaints.escalate'
  | 'complaints.offerTransfer'
  | 'complaints.answerTransfer';

interface CaseState {
  view: ComplaintView | null;
  /** main's clock minus ours when it last answered: the countdown ticks on main's time. */
  offsetMs: number;
  error: AppErrorShape | null;
  load(id: string): Promise<void>;
  /** Runs a step; the answer replaces the case. main's refusal is returned for the form. */
  step<C extends CaseStep>(channel: C, input: Input<C>): Promise<AppErrorShape | null>;
  addNote(body: string): Promise<AppErrorShape | null>;
  attach(fileName: string, mimeType: string, contentBase64: string): Promise<AppErrorShape | null>;
  /** The file's content as a data URL to open, or main's refusal. */
  attachment(attachmentId: string): Promise<{ url: string } | { error: AppErrorShape }>;
  /** 回访: a follow-up call's outcome (score for a reached client); the case is read again. */
  recordCall(input: Input<'followUps.record'>): Promise<AppErrorShape | null>;
  clear(): void;
}

export const useCaseStore = create<CaseState>((set, get) => {
  const show = (view: ComplaintView) => set({ view, offsetMs: view.now - Date.now(), error: null });
  const reload = async () => {
    const id = get().view?.id;
    if (id) await get().load(id);
  };
  return {
    view: null,
    offsetMs: 0,
    error: null,
    async load(id) {
      const r = await call('complaints.get', { complaintId: id });
      if (r.ok) show(r.data);
      else set({ error: r.error, view: get().view?.id === id ? get().view : null });
    },
    async step(channel, input) {
      // Every step answers the case; its input was checked against its own channel's type.
      const r = await call(channel as 'complaints.respond', input as Input<'complaints.respond'>);
      if (!r.ok) return r.error;
      show(r.data);
      return null;
    },
    async addNote(body) {
      const id = get().view?.id;
      if (!id) return null;
      const r = await call('complaints.addInternalNote', { complaintId: id, body: body.trim() });
      if (!r.ok) return r.error;
      await reload();
      return null;
    },
    async attach(fileName, mimeType, contentBase64) {
      const id = get().view?.id;
      if (!id) return null;
      const r = await call('complaints.attach', {
        complaintId: id,
        fileName,
        mimeType,
        contentBase64,
      });
      if (!r.ok) return r.error;
      await reload();
      return null;
    },
    async attachment(attachmentId) {
      const id = get().view?.id ?? '';
      const r = await call('complaints.attachment', { complaintId: id, attachmentId });
      if (!r.ok) return { error: r.error };
      return { url: `data:${r.data.mimeType};base64,${r.data.contentBase64}` };
    },
    async recordCall(input) {
      const r = await call('followUps.record', input);
      if (!r.ok) return r.error;
      await reload();
      return null;
    },
    clear: () => set({ view: null, error: null }),
  };
});
