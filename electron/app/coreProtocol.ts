import type { MessagePort } from 'node:worker_threads';
import type { ChannelName, EventName, EventPayloads } from '../../shared/contract';
import type { Result } from '../../shared/contract/result';
import type { KdfParams } from '../vault/wrap';

/**
 * The typed messages between the main thread (CoreHost) and the db worker (coreWorker).
 * Channel and event names come from the contract; nothing here names a channel string.
 */

/** How the worker seals the vault key: a passphrase (harness), or the main thread's safeStorage. */
export type KeySpec =
  { kind: 'passphrase'; passphrase: string; kdf?: KdfParams } | { kind: 'host' };

/** Where approved exports go: a fixed folder (harness), or a dialog the main thread shows. */
export type FolderSpec = { kind: 'fixed'; dir: string } | { kind: 'host' };

export interface CoreSettings {
  dataDir: string;
  key: KeySpec;
  exportFolder: FolderSpec;
  pinKdf?: KdfParams;
  recoveryKdf?: KdfParams;
  /** Added to Date.now() for Core's clock (the harness's seed travels in time). */
  clockOffsetMs?: number;
  /** How often Core.tick runs the idle lock and declassification. */
  tickMs?: number;
  nativeBinding?: string;
  /** The address the LAN listener binds when enabled (all interfaces by default; tests 127.0.0.1). */
  lanHost?: string;
  /** Tests only: allows the debug messages (query rows, travel the clock). Electron never sets it. */
  debug?: boolean;
}

/** The worker blocks on `signal` while the main thread answers a host call on `port`. */
export interface HostCallLink {
  signal: SharedArrayBuffer;
  port: MessagePort;
}

export interface CoreWorkerData {
  settings: CoreSettings;
  hostCalls: HostCallLink;
}

export type DebugOp =
  | { op: 'queryAll'; sql: string; params: unknown[] }
  | { op: 'queryValue'; sql: string; params: unknown[] }
  | { op: 'travel'; ms: number };

export type ToWorker =
  | { type: 'dispatch'; id: number; channel: ChannelName; input: unknown; clientId: string }
  | { type: 'endClient'; clientId: string }
  | { type: 'lockAll' }
  | { type: 'debug'; id: number; debug: DebugOp }
  | { type: 'close' };

export type EventMessage = {
  [E in EventName]: { type: 'event'; clientId: string; event: E; payload: EventPayloads[E] };
}[EventName];

export type FromWorker =
  | { type: 'ready' }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'debugResult'; id: number; ok: true; value: unknown }
  | { type: 'debugResult'; id: number; ok: false; message: string }
  | EventMessage
  | { type: 'closed' };

/** What the worker asks of the main thread, synchronously, because Core's calls are. */
export type HostCall =
  | { op: 'seal'; secretHex: string }
  | { op: 'unseal'; sealed: string }
  | { op: 'chooseFolder'; clientId: string };

export type HostAnswer = { ok: true; value: string | null } | { ok: false; message: string };

export interface HostCallMessage {
  id: number;
  call: HostCall;
}

export interface HostAnswerMessage {
  id: number;
  answer: HostAnswer;
}

/** A dialog waits for a person; sealing and unsealing should take milliseconds. */
export const HOST_CALL_TIMEOUT_MS: Record<HostCall['op'], number> = {
  seal: 15_000,
  unseal: 15_000,
  chooseFolder: 10 * 60_000,
};
