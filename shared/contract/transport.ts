/**
 * The only place that turns contract names into transport strings. Kept free of
 * dependencies so the sandboxed preload can import it without bundling zod.
 */
export const INVOKE_PREFIX = 'deskbook:';
export const EVENT_PREFIX = 'deskbook-event:';

export function invokeChannel(name: string): string {
  return INVOKE_PREFIX + name;
}

export function eventChannel(name: string): string {
  return EVENT_PREFIX + name;
}

/** Main tells the windows whether the db worker is up (true) or has stopped (false). */
export const CONNECTION_CHANNEL = 'deskbook-connection';

/** What the preload (or the e2e harness bridge) puts on `window.deskbook`. */
export interface DeskbookBridge {
  invoke(channel: string, input: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
  /** Whether main can answer: false when the transport or the db worker is gone. */
  onConnection?(listener: (up: boolean) => void): () => void;
}
