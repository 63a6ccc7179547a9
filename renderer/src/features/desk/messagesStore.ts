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
  /** Notes whose banner was shown, as `signIn|id`: from then on the badge is enough. */
  seen: string[];
  load(): Promise<void>;
  markRead(id: string): Promise<AppErrorShape | null>;
  send(toStaffId: string | null, body: string): Promise<AppErrorShape | null>;
  recordCall(input: Input<'calls.record'>): Promise<Result<CallRecorded>>;
  /** The unread notes on screen now have been seen in this sign-in. */
  markSeen(signIn: string, staffId: string): void;
}

/** Unread notes for this person: addressed to them, or to the next shift. */
export function unreadFor(messages: MessageView[], staffId: string): MessageView[] {
  return messages.filter(
    (m) => m.readAt === null && (m.toStaffId === staffId || m.toStaffId === null),
  );
}

/** `staff@start`: one sign-in, so the next person at this PC sees their own banner. */
export const signInKey = (s: { staffId: string; startedAt: number }) =>
  `${s.staffId}@${s.startedAt}`;

/** Unread notes this sign-in has not had a banner for yet. */
export function unseenFor(
  messages: MessageView[],
  seen: string[],
  s: { staffId: string; startedAt: number },
): MessageView[] {
  const key = signInKey(s);
  return unreadFor(messages, s.staffId).filter((m) => !seen.includes(`${key}|${m.id}`));
}

export const useMessagesStore = create<MessagesState>((set, get) => ({
  messages: [],
  error: null,
  seen: [],
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
  markSeen: (signIn, staffId) => {
    const keys = unreadFor(get().messages, staffId).map((m) => `${signIn}|${m.id}`);
    const seen = new Set(get().seen);
    if (keys.every((k) => seen.has(k))) return;
    set({ seen: [...seen, ...keys] });
  },
}));

/** Main reads "my messages" for each person, so this is always this person's list. */
export const messagesLive: LiveFollower = {
  channel: 'messages.list',
  follow: () =>
    follow('messages.list', (messages) => useMessagesStore.setState({ messages, error: null })),
  reload: () => useMessagesStore.getState().load(),
};
