/** The webcam dialog: whose photo is being taken, and saving it through main. */
import { create } from 'zustand';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { call } from '../../api/client';
import { usePhotoStore } from './store';

interface CameraState {
  /** The member the dialog is open for; null = closed. */
  client: { id: string; name: string } | null;
  saving: boolean;
  error: AppErrorShape | null;
  open(client: { id: string; name: string }): void;
  close(): void;
  /** main checks the type, the size and who may change the file. */
  save(dataUrl: string): Promise<boolean>;
}

export const useCameraStore = create<CameraState>((set, get) => ({
  client: null,
  saving: false,
  error: null,
  open: (client) => set({ client, saving: false, error: null }),
  close: () => set({ client: null, saving: false, error: null }),
  async save(dataUrl) {
    const client = get().client;
    if (!client || get().saving) return false;
    set({ saving: true, error: null });
    const r = await call('clients.setPhoto', { id: client.id, dataUrl });
    if (get().client?.id !== client.id) return false;
    if (!r.ok) {
      set({ saving: false, error: r.error });
      return false;
    }
    usePhotoStore.getState().put(client.id, dataUrl);
    set({ client: null, saving: false, error: null });
    return true;
  },
}));
