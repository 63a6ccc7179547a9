import type {
  ChannelName,
  EventName,
  EventPayloads,
  Input,
  Output,
} from '../../../shared/contract';
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

export function hasBridge(): boolean {
  return typeof window !== 'undefined' && !!window.deskbook;
}

/** Typed call over the preload bridge. Never throws: transport failures become a Result. */
export async function call<C extends ChannelName>(
  channel: C,
  ...args: Args<C>
): Promise<Result<Output<C>>> {
  let result: Result<Output<C>>;
  try {
    result = (await window.deskbook!.invoke(channel, args[0])) as Result<Output<C>>;
  } catch {
    result = {
      ok: false,
      error: { code: 'INTERNAL', message: 'No answer from the app.', reason: 'transport' },
    };
  }
  if (!result.ok) failureListeners.forEach((l) => l(channel, result.error));
  return result;
}

export function subscribe<E extends EventName>(
  event: E,
  listener: (payload: EventPayloads[E]) => void,
): () => void {
  if (!hasBridge()) return () => {};
  return window.deskbook!.on(event, (payload) => listener(payload as EventPayloads[E]));
}

/** Lets the session store notice an ended or locked session from any feature's call. */
export function onFailure(listener: FailureListener): () => void {
  failureListeners.add(listener);
  return () => failureListeners.delete(listener);
}
