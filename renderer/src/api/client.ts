import type {
  ChannelName,
  EventName,
  EventPayloads,
  Input,
  Output,
} from '../../../shared/contract';
import { viewEvent, type LiveView } from '../../../shared/contract/live';
import type { AppErrorShape, Result } from '../../../shared/contract/result';
import type { DeskbookBridge } from '../../../shared/contract/transport';

declare global {
  interface Window {
    deskbook?: DeskbookBridge;
  }
}

type Args<C extends ChannelName> =
  undefined extends Input<C> ? [input?: Input<C>] : [input: Input<C>];
type FailureListener = (channel: ChannelName, error: AppErrorShape) => void;

const failureListeners = new Set<FailureListener>();
/** What the bridge last said about the line to main; calls are refused while it is down. */
let online = true;
/** When main last answered or pushed something: the connection bar shows it. */
let lastUpdate: number | null = null;

const OFFLINE: AppErrorShape = {
  code: 'INTERNAL',
  message: 'The connection to the app is lost; nothing was sent.',
  reason: 'transport.offline',
};

export function hasBridge(): boolean {
  return typeof window !== 'undefined' && !!window.deskbook;
}

/** Typed call over the preload bridge. Never throws: transport failures become a Result. */
export async function call<C extends ChannelName>(
  channel: C,
  ...args: Args<C>
): Promise<Result<Output<C>>> {
  // Refused here, before anything leaves: the person keeps what they typed and tries again later.
  if (!online) return { ok: false, error: OFFLINE };
  let result: Result<Output<C>>;
  try {
    result = (await window.deskbook!.invoke(channel, args[0])) as Result<Output<C>>;
  } catch {
    result = {
      ok: false,
      error: { code: 'INTERNAL', message: 'No answer from the app.', reason: 'transport' },
    };
  }
  if (result.ok) lastUpdate = Date.now();
  if (!result.ok) failureListeners.forEach((l) => l(channel, result.error));
  return result;
}

export function subscribe<E extends EventName>(
  event: E,
  listener: (payload: EventPayloads[E]) => void,
): () => void {
  if (!hasBridge()) return () => {};
  return window.deskbook!.on(event, (payload) => {
    lastUpdate = Date.now();
    listener(payload as EventPayloads[E]);
  });
}

/** Lets the session store notice an ended or locked session from any feature's call. */
export function onFailure(listener: FailureListener): () => void {
  failureListeners.add(listener);
  return () => failureListeners.delete(listener);
}

/** A store that follows main's pushed views, and how to read it afresh after a lost line. */
export interface LiveFollower {
  /** The read channel whose roles decide whether this person reloads it. */
  channel: ChannelName;
  follow(): () => void;
  reload(): unknown;
}

/** Keeps a store's data in step with a view main pushes after every change (live.ts). */
export function follow<V extends LiveView>(view: V, apply: (data: Output<V>) => void): () => void {
  return subscribe(viewEvent(view), (payload) => apply(payload as Output<V>));
}

/** Whether the bridge can reach main; an older bridge without the signal is always up. */
export function watchConnection(listener: (up: boolean) => void): () => void {
  if (!hasBridge() || !window.deskbook!.onConnection) return () => {};
  return window.deskbook!.onConnection((up) => {
    online = up;
    listener(up);
  });
}

export function isOnline(): boolean {
  return online;
}

export function lastUpdateAt(): number | null {
  return lastUpdate;
}
