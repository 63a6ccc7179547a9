import type { JobPhase } from '../../shared/contract/jobViews';
import type { AppErrorShape } from '../../shared/contract/result';

/** What the jobs worker needs to open its own read connection; lives only in memory. */
export interface ReadAccess {
  dbFile: string;
  keyHex: string;
  nativeBinding?: string;
}

/** A named read task and its plain-data parameters (exports now, `VACUUM INTO` backups next). */
export interface ReadWorkerData {
  access: ReadAccess;
  /** null: a warm worker, loaded and waiting for its task in a `run` message. */
  task: string | null;
  params: unknown;
}

/**
 * Core → worker: `go` lets the task do its one irreversible step (e.g. write the file);
 * `run` gives a warm worker its task.
 */
export type ToReadWorker = { type: 'go' } | { type: 'run'; task: string; params: unknown };

/** Worker → Core. */
export type FromReadWorker =
  | { type: 'progress'; phase: JobPhase; done: number; total: number }
  /** The task is ready for its irreversible step and waits for `go` (cancel is refused after). */
  | { type: 'ready' }
  | { type: 'result'; result: unknown }
  /** A refusal a person or another process caused (a full disk, a file already there). */
  | { type: 'error'; error: AppErrorShape }
  /** A bug: only the error's name travels, never its message (it may hold values). */
  | { type: 'crash'; name: string };

/** What a task sees of the worker. */
export interface ReadTaskControl {
  progress(phase: JobPhase, done: number, total: number): void;
  /** Resolves when Core lets the task do its irreversible step. */
  ready(): Promise<void>;
}
