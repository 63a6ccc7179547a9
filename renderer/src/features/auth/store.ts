import { create } from 'zustand';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { ColorScheme, Language, SessionView } from '../../../../shared/contract/views';
import { call, onFailure, subscribe } from '../../api/client';
import { go } from '../../app/route';

interface SessionState {
  session: SessionView | null;
  loaded: boolean;
  /** On the lock screen, the person chose "switch user" and sees the login form. */
  switching: boolean;
  load(): Promise<void>;
  login(username: string, pin: string): Promise<AppErrorShape | null>;
  unlock(pin: string): Promise<AppErrorShape | null>;
  lock(): Promise<void>;
  logout(): Promise<void>;
  changePin(currentPin: string, newPin: string): Promise<AppErrorShape | null>;
  setPreferences(p: { language?: Language; colorScheme?: ColorScheme }): Promise<void>;
  reportActivity(): Promise<void>;
  setSwitching(on: boolean): void;
  /** Locks first, so leaving the sign-in form again never reveals the desk without a PIN. */
  switchUser(): Promise<void>;
}

export const useSessionStore = create<SessionState>((set, get) => ({
  session: null,
  loaded: false,
  switching: false,
  async load() {
    const r = await call('session.get');
    set({ session: r.ok ? r.data : null, loaded: true });
  },
  async login(username, pin) {
    const before = get().session?.staffId;
    const r = await call('auth.login', { username, pin });
    if (!r.ok) return r.error;
    // Someone else at the PC starts on their own desk, not on the last person's screen.
    if (before && before !== r.data.staffId) go('home');
    set({ session: r.data, switching: false });
    return null;
  },
  async unlock(pin) {
    const r = await call('auth.unlock', { pin });
    if (!r.ok) return r.error;
    set({ session: r.data });
    return null;
  },
  async lock() {
    const r = await call('auth.lock');
    if (r.ok) set({ session: r.data });
  },
  async logout() {
    await call('auth.logout');
    set({ session: null, switching: false });
  },
  async changePin(currentPin, newPin) {
    const r = await call('auth.changePin', { currentPin, newPin });
    if (!r.ok) return r.error;
    set({ session: r.data });
    return null;
  },
  async setPreferences(p) {
    if (!get().session) return;
    const r = await call('auth.setPreferences', p);
    if (r.ok) set({ session: r.data });
  },
  async reportActivity() {
    if (get().session && !get().session!.locked) await call('auth.activity');
  },
  setSwitching: (on) => set({ switching: on }),
  async switchUser() {
    await get().lock();
    set({ switching: true });
  },
}));

// Main may lock or end the session on its own (idle, deactivation): follow it.
subscribe('session.changed', (session) => useSessionStore.setState({ session }));
onFailure((_channel, error) => {
  if (
    error.reason === 'auth.screenLocked' ||
    error.reason === 'auth.noSession' ||
    error.reason === 'auth.deactivated'
  ) {
    void useSessionStore.getState().load();
  }
});
