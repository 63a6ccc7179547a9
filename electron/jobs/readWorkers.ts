import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { JobPhase } from '../../shared/contract/jobViews';
import { AppError } from '../ipc/errors';
import type { FromReadWorker, ReadAccess, ReadWorkerData, ToReadWorker } from './readProtocol';
import { Cancelled, JobStopped } from './runner';

/**
 * The built app runs out/main/readWorker.js, an electron-vite entry whose path the db
 * worker's entry passes in (this module may sit in a shared chunk in another folder).
 * Tests and tsx runs have only the TypeScript source, loaded through tsx's require hook
 * (`--import tsx` does not reach a worker's loader on Node 20; `--require tsx/cjs` does).
 */
function workerEntry(built: string | undefined): { file: string; execArgv: string[] } {
  if (built && existsSync(built)) return { file: built, execArgv: [] };
  return { file: join(__dirname, '../app/readWorker.ts'), execArgv: ['--require', 'tsx/cjs'] };
}

export interface ReadTaskEvents {
  progress(phase: JobPhase, done: number, total: number): void;
  /** The task waits before its irreversible step; answer by calling go (or cancel). */
  ready(go: () => void): void;
}

/** One task on its own thread: its answer, and a cancel that ends the thread at once. */
export interface ReadRun<R> {
  result: Promise<R>;
  cancel(): void;
}

const unavailable = () =>
  new AppError('CONFLICT', 'The vault is not open.', { reason: 'vault.closed' });

function errorFrom(m: Extract<FromReadWorker, { type: 'error' }>): AppError {
  const { code, message, ...extra } = m.error;
  return new AppError(code, message, extra);
}

const sameAccess = (a: ReadAccess, b: ReadAccess) =>
  a.dbFile === b.dbFile && a.keyHex === b.keyHex && a.nativeBinding === b.nativeBinding;

/** Spawns jobs workers for read-only tasks and ends them all when the vault closes. */
export class ReadWorkers {
  /** Each running worker's stop, for the vault closing under it. */
  private readonly stops = new Map<Worker, () => void>();
  /**
   * A new thread spends ~250 ms loading the worker's code before any figure, more than a
   * monthly report's own work, so (when `warm`) one loaded worker waits for the next task.
   */
  private spare: { worker: Worker; access: ReadAccess } | null = null;

  constructor(
    private readonly access: () => ReadAccess | null,
    /** The built read worker, when running from a bundle. */
    private readonly builtEntry?: string,
    /** The SQLite module's binary, for a file opened without an open vault. */
    private readonly nativeBinding?: string,
    /** Keep a warm worker (the app); tests leave it off, so each Core spawns only on demand. */
    private readonly warm = false,
  ) {}

  /** A loaded worker is waiting for the next task (the spare's thread, for tests to watch). */
  get waiting(): Worker | null {
    return this.spare?.worker ?? null;
  }

  /** Loads a worker that waits for a task; a no-op when one waits or the vault is closed. */
  warmUp(): void {
    if (!this.warm || this.spare) return;
    const access = this.access();
    if (!access) return;
    const worker = this.spawn({ access, task: null, params: null });
    // A waiting worker must not keep the process alive, nor its failure reach anyone.
    worker.unref();
    worker.on('error', () => {});
    worker.on('exit', () => {
      if (this.spare?.worker === worker) this.spare = null;
    });
    this.spare = { worker, access };
  }

  private spawn(workerData: ReadWorkerData): Worker {
    const { file, execArgv } = workerEntry(this.builtEntry);
    // The key travels only in workerData, in memory; it is never logged.
    return new Worker(file, { workerData, execArgv });
  }

  /** The warm worker for this access, or a new thread with its task. */
  private workerFor(access: ReadAccess, task: string, params: unknown, own: boolean): Worker {
    const spare = this.spare;
    this.spare = null;
    if (spare && !own && sameAccess(spare.access, access)) {
      spare.worker.removeAllListeners();
      spare.worker.ref();
      spare.worker.postMessage({ type: 'run', task, params } satisfies ToReadWorker);
      return spare.worker;
    }
    if (spare) void spare.worker.terminate();
    return this.spawn({ access, task, params });
  }

  /**
   * `own` names another encrypted file and its key (a backup copy being checked): the
   * task then needs no open vault (a restore preview on a new PC or a damaged start).
   */
  run<R>(
    task: string,
    params: unknown,
    events: ReadTaskEvents,
    own?: { dbFile: string; keyHex: string },
  ): ReadRun<R> {
    const nb = this.nativeBinding ? { nativeBinding: this.nativeBinding } : {};
    const access = own ? { ...own, ...nb } : this.access();
    if (!access) return { result: Promise.reject(unavailable()), cancel: () => {} };
    const worker = this.workerFor(access, task, params, own !== undefined);
    let ending: Error | null = null;
    const end = (why: Error) => {
      ending ??= why;
      void worker.terminate();
    };
    this.stops.set(worker, () => end(new JobStopped()));
    const result = new Promise<R>((resolve, reject) => {
      worker.on('message', (m: FromReadWorker) => {
        if (m.type === 'progress') events.progress(m.phase, m.done, m.total);
        else if (m.type === 'ready')
          events.ready(() => worker.postMessage({ type: 'go' } satisfies ToReadWorker));
        else if (m.type === 'result') resolve(m.result as R);
        else if (m.type === 'error') reject(errorFrom(m));
        else reject(Object.assign(new Error('read task failed'), { name: m.name }));
      });
      // Only the error's name: a message could carry a path or a value.
      worker.on('error', (err) =>
        reject(Object.assign(new Error('read worker failed'), { name: err.name })),
      );
      worker.on('exit', () => {
        this.stops.delete(worker);
        reject(ending ?? new Error('read worker ended without an answer'));
        // Loaded after the task, so the next one's load does not slow this one down.
        this.warmUp();
      });
    });
    return { result, cancel: () => end(new Cancelled()) };
  }

  /** The vault closes: every task stops where it is. */
  stopAll(): void {
    for (const stop of this.stops.values()) stop();
    const spare = this.spare;
    this.spare = null;
    if (spare) void spare.worker.terminate();
  }
}
