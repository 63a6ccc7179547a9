import { vi } from 'vitest';
import type { EventName, EventPayloads } from '../../../shared/contract';
import type { DeskbookBridge } from '../../../shared/contract/transport';

type Listener = (payload: unknown) => void;

/**
 * A transport whose invoke is a spy and whose events the test sends: proves a store
 * follows main's push without asking main for anything.
 */
export function liveBridge(answers: Record<string, unknown> = {}) {
  const listeners = new Map<string, Set<Listener>>();
  const connection = new Set<(up: boolean) => void>();
  const invoke = vi.fn(async (channel: string, _input: unknown) => {
    void _input;
    return answers[channel] ?? { ok: false, error: { code: 'NOT_FOUND', message: 'unscripted' } };
  });
  const bridge: DeskbookBridge = {
    invoke,
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
    onConnection(listener) {
      connection.add(listener);
      return () => connection.delete(listener);
    },
  };
  window.deskbook = bridge;
  return {
    invoke,
    emit<E extends EventName>(event: E, payload: EventPayloads[E]) {
      (listeners.get(event) ?? new Set()).forEach((l) => l(payload));
    },
    setUp(up: boolean) {
      connection.forEach((l) => l(up));
    },
    listening: (event: string) => (listeners.get(event)?.size ?? 0) > 0,
  };
}
