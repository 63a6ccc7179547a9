/** The waiver (免责协议) a member signs at the desk: the active text and the signing. */
import { create } from 'zustand';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { WaiverText } from '../../../../shared/contract/waiverViews';
import { call } from '../../api/client';

interface WaiverState {
  /** The member signing now; null when the modal is closed. */
  clientId: string | null;
  memberName: string;
  text: WaiverText | null;
  busy: boolean;
  error: AppErrorShape | null;
  open(clientId: string, memberName: string): Promise<void>;
  close(): void;
  sign(signerName: string, signatureDataUrl: string): Promise<boolean>;
}

export const useWaiverStore = create<WaiverState>((set, get) => ({
  clientId: null,
  memberName: '',
  text: null,
  busy: false,
  error: null,
  async open(clientId, memberName) {
    set({ clientId, memberName, text: null, error: null, busy: false });
    const r = await call('waivers.text');
    if (get().clientId !== clientId) return;
    set(r.ok ? { text: r.data } : { error: r.error });
  },
  close: () => set({ clientId: null, memberName: '', text: null, error: null, busy: false }),
  async sign(signerName, signatureDataUrl) {
    const clientId = get().clientId;
    if (!clientId || get().busy) return false;
    set({ busy: true, error: null });
    const r = await call('waivers.sign', { clientId, signerName, signatureDataUrl });
    if (!r.ok) {
      set({ busy: false, error: r.error });
      return false;
    }
    set({ clientId: null, memberName: '', text: null, busy: false, error: null });
    return true;
  },
}));
