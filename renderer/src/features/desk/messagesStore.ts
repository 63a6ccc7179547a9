/** The message book (留言本) and phone intake (来电登记), which may leave a message in it. */
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { CallRecorded, MessageView } from '../../../../shared/contract/receptionViews';
import type { AppErrorShape, Result } from '../../../../shared/contract/result';
import { call, follow, type LiveFollower } from '../../api/client';
import { useCountsStore } from './countsStore';
import { useRotationStore } from './rotationStore';

interface MessagesState {
  messages: MessageView[];
  error: AppErrorShape | null;
  /** The staff member who dismissed the unread banner this session. */
  bannerDismissedFor: string | null;
  /** The sign-in (staff id and start) whose every-screen notice was already dismissed. */
  signInNoticeDismissed: string | null;
  load(): Promise<void>;
  markRead(id: string): Promise<AppErrorShape | null>;
  send(toStaffId: string | null, body: string): Promise<AppErrorShape | null>;
  recordCall(input: Input<'calls.record'>): Promise<Result<CallRecorded>>;
  dismissBanner(staffId: string): void;
  dismissSignInNotice(signIn: string): void;
}

/** Unread notes for this person: addressed to them, or to the next shift. */
export function unreadFor(messages: MessageView[], staffId: string): MessageView[] {
  return messages.filter(
    (m) => m.readAt === null && (m.toStaffId === staffId || m.toStaffId === null),
  );
}

export const useMessagesStore = create<MessagesState>((set, get) => ({
  messages: [],
  error: null,
  bannerDismissedFor: null,
  signInNoticeDismissed: null,
  async load() {
    const r = await call('messages.list');
    set(r.ok ? { messages: r.data, error: null } : { error: r.error });
  },
  async markRead(id) {
    const r = await call('messages.markRead', { id });
    if (!r.ok) return r.error;
    set({ messages: get().messages.map((m) => (m.id === id ? r.data : m)) });
    return null;
  },
  async send(toStaffId, body) {
    const r = await call('messages.send', { toStaffId, body: body.trim() });
    if (!r.ok) return r.error;
    await get().load();
    return null;
  },
  async recordCall(input) {
    const r = await call('calls.record', input);
    if (r.ok) {
      void get().load();
      void useRotationStore.getState().load();
      void useCountsStore.getState().load();
    }
    return r;
  },
  dismissBanner: (staffId) => set({ bannerDismissedFor: staffId }),
  dismissSignInNotice: (signIn) => set({ signInNoticeDismissed: signIn }),
}));

/** Main reads "my messages" for each person, so this is always this person's list. */
export const messagesLive: LiveFollower = {
  channel: 'messages.list',
  follow: () =>
    follow('messages.list', (messages) => useMessagesStore.setState({ messages, error: null })),
  reload: () => useMessagesStore.getState().load(),
};
