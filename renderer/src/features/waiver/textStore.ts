/** The waiver text a supervisor keeps: the active version, and saving the next one. */
import { create } from 'zustand';
import type { AppErrorShape, Result } from '../../../../shared/contract/result';
import type { WaiverText } from '../../../../shared/contract/waiverViews';
import { call } from '../../api/client';

interface WaiverTextState {
  text: WaiverText | null;
  error: AppErrorShape | null;
  load(): Promise<void>;
  save(title: string, body: string): Promise<Result<WaiverText>>;
}

export const useWaiverTextStore = create<WaiverTextState>((set) => ({
  text: null,
  error: null,
  async load() {
    const r = await call('waivers.text');
    set(r.ok ? { text: r.data, error: null } : { error: r.error });
  },
  async save(title, body) {
    const r = await call('waivers.setText', { title: title.trim(), body: body.trim() });
    if (r.ok) set({ text: r.data, error: null });
    else if (r.error.code === 'FORBIDDEN') set({ error: r.error });
    return r;
  },
}));
