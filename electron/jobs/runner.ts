import { performance } from 'node:perf_hooks';
import type { JobKind, JobPhase, JobResult, JobView } from '../../shared/contract/jobViews';
import type { AppErrorShape } from '../../shared/contract/result';
import { appendAudit } from '../audit/chain';
import type { Db } from '../db/types';
import { AppError } from '../ipc/errors';

/**
 * A chunk of work holds the one writer connection for about this long (its commit comes on
 * top). 20 ms gave a desk-call p95 of ~60 ms in `npm run bench` on 2 busy cores; 10 ms gives
 * ~45 ms. A desk call that arrives meanwhile waits for the rest of the chunk, so this bounds
 * its extra latency.
 */
export const CHUNK_BUDGET_MS = 10;
/** Progress events at most this often (and always on a phase change or the end). */
const PROGRESS_EVERY_MS = 150;
/** Ended jobs kept for jobs.list; jobs live in memory and die with the process. */
const KEEP_ENDED = 20;

export interface JobOwner {
  clientId: string;
  staffId: string | null;
  staffName: string;
  /**
   * Progress and the kept answer go to this window only, signed in or not: a restore
   * preview runs before any vault (and so any session) exists.
   */
  toWindow?: boolean;
}

/** What a job's code sees: chunks with a deadline, progress, and its end audit row. */
export interface JobControl {
  readonly id: string;
  /** Waits for the next turn of the event loop, then runs work with a deadline (performance.now ms). */
  chunk<T>(work: (deadline: number) => T): Promise<T>;
  progress(phase: JobPhase, done: number, total: number): void;
  /** From here on the job finishes even if someone asks to cancel (e.g. after publishing). */
  pastNoReturn(): void;
  /** Writes the job's end row; call it inside the transaction that makes the result final. */
  auditEnd(db: Db, detail: Record<string, unknown>, outcome?: 'ok' | 'failed'): void;
  /**
   * Keeps an answer only the owner fetches (e.g. an import preview's rows): unlike the
   * result it goes in no event and no audit row. Forgotten with the job.
   */
  keep(output: unknown): void;
}

export interface JobSpec {
  kind: JobKind;
  /** The audit row's target, e.g. the export request the job writes. */
  target?: { type: string; id: string };
  run(job: JobControl): Promise<JobResult>;
  /** Removes whatever run wrote; runs after a failure or a cancel, and cannot be cancelled. */
  undo?(job: JobControl): Promise<void>;
  /**
   * Stops the work at once instead of at the next chunk (a jobs-worker task is ended); run
   * then rejects with Cancelled. A job with undo or cancel can be cancelled.
   */
  cancel?(): void;
  /** Writes no end audit row: the job changes nothing and its channel is not audited. */
  unaudited?: boolean;
}

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

/** The process is closing the vault: the job stops where it is and the next open cleans up. */
export class JobStopped extends Error {}

interface Entry {
  view: JobView;
  owner: JobOwner;
  spec: JobSpec;
  cancelAsked: boolean;
  audited: boolean;
  output?: unknown;
  lastSent: number;
  generation: number;
  done: Promise<JobView>;
}

export interface RunnerEnv {
  now(): number;
  db(): Db | null;
  log: { error(message: string, meta?: Record<string, unknown>): void };
  /** Sends the view to every window where the job's owner is signed in. */
  publish(owner: JobOwner, view: JobView): void;
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

function errorShape(err: unknown): AppErrorShape {
  if (err instanceof Cancelled)
    return { code: 'CONFLICT', message: 'Cancelled.', reason: 'jobs.cancelled' };
  if (err instanceof AppError) return err.toShape();
  return {
    code: 'INTERNAL',
    message: 'Something went wrong; nothing was saved.',
    reason: 'internal',
  };
}

/** Runs jobs in time-budgeted chunks on the thread that hosts Core, between desk calls. */
export class JobRunner {
  private readonly jobs = new Map<string, Entry>();
  /** Bumped when the vault closes: jobs of an older generation stop at their next chunk. */
  private generation = 0;

  constructor(private readonly env: RunnerEnv) {}

  /** Registers and starts the job; call it once the transaction that started it has committed. */
  start(id: string, owner: JobOwner, spec: JobSpec): JobView {
    const view: JobView = {
      id,
      kind: spec.kind,
      state: 'running',
      phase: 'queued',
      done: 0,
      total: 0,
      startedAt: this.env.now(),
      endedAt: null,
      startedByName: owner.staffName,
      cancellable: !!(spec.undo || spec.cancel),
      result: null,
      error: null,
    };
    const entry = {
      view,
      owner,
      spec,
      cancelAsked: false,
      audited: false,
      lastSent: 0,
      generation: this.generation,
    } as Entry;
    this.jobs.set(id, entry);
    entry.done = this.drive(entry);
    this.send(entry, true);
    return { ...view };
  }

  get(id: string): JobView | undefined {
    const e = this.jobs.get(id);
    return e ? { ...e.view } : undefined;
  }

  ownerOf(id: string): JobOwner | undefined {
    return this.jobs.get(id)?.owner;
  }

  /** This person's jobs, running first, then the most recent. */
  listFor(staffId: string): JobView[] {
    return [...this.jobs.values()]
      .filter((e) => e.owner.staffId === staffId)
      .map((e) => ({ ...e.view }))
      .sort(
        (a, b) =>
          Number(b.state === 'running') - Number(a.state === 'running') ||
          b.startedAt - a.startedAt,
      );
  }

  /** Asks the job to stop at its next chunk; refused once it has passed its point of no return. */
  cancel(id: string): JobView {
    const e = this.jobs.get(id);
    if (!e) throw new AppError('NOT_FOUND', 'No such job.', { reason: 'jobs.notFound' });
    if (e.view.state !== 'running')
      throw new AppError('CONFLICT', 'The job has ended.', { reason: 'jobs.ended' });
    if (!e.view.cancellable)
      throw new AppError('CONFLICT', 'The job is finishing and cannot stop now.', {
        reason: 'jobs.notCancellable',
      });
    e.cancelAsked = true;
    e.spec.cancel?.();
    return { ...e.view };
  }

  /** Resolves with the job's last view once it has ended (tests, the bench, shutdown). */
  whenEnded(id: string): Promise<JobView> {
    const e = this.jobs.get(id);
    return e ? e.done : Promise.reject(new Error(`unknown job ${id}`));
  }

  /** What the job kept for its owner (see JobControl.keep); undefined for anyone else. */
  outputFor(id: string, staffId: string): unknown {
    const e = this.jobs.get(id);
    return e && e.owner.staffId === staffId && e.view.state === 'done' ? e.output : undefined;
  }

  /** What a window's own job kept (JobOwner.toWindow); undefined for any other window. */
  outputForWindow(id: string, clientId: string): unknown {
    const e = this.jobs.get(id);
    const mine = e?.owner.toWindow && e.owner.clientId === clientId;
    return mine && e.view.state === 'done' ? e.output : undefined;
  }

  /** Whether a running job works on this target (e.g. an export request being written). */
  runningOn(type: string, id: string): boolean {
    return [...this.jobs.values()].some(
      (e) => e.view.state === 'running' && e.spec.target?.type === type && e.spec.target.id === id,
    );
  }

  running(): JobView[] {
    return [...this.jobs.values()]
      .filter((e) => e.view.state === 'running')
      .map((e) => ({ ...e.view }));
  }

  /** The vault closes: running jobs stop at their next chunk, leaving their marks for recovery. */
  stop(): void {
    this.generation += 1;
  }

  private control(e: Entry): JobControl {
    return {
      id: e.view.id,
      chunk: async (work) => {
        await turn();
        if (e.generation !== this.generation || !this.env.db()) throw new JobStopped();
        if (e.cancelAsked && e.view.cancellable && e.view.state === 'running')
          throw new Cancelled();
        return work(performance.now() + CHUNK_BUDGET_MS);
      },
      progress: (phase, done, total) => {
        const changed = phase !== e.view.phase;
        Object.assign(e.view, { phase, done, total });
        this.send(e, changed);
      },
      pastNoReturn: () => {
        e.view.cancellable = false;
        e.cancelAsked = false;
      },
      auditEnd: (db, detail, outcome = 'ok') => {
        this.writeAudit(db, e, outcome, { ended: 'done', ...detail });
      },
      keep: (output) => {
        e.output = output;
      },
    };
  }

  private async drive(e: Entry): Promise<JobView> {
    await turn();
    const job = this.control(e);
    try {
      e.view.result = await e.spec.run(job);
      this.end(e, 'done');
    } catch (err) {
      if (err instanceof JobStopped) return { ...e.view };
      if (!(err instanceof AppError) && !(err instanceof Cancelled))
        this.env.log.error('job failed', { kind: e.spec.kind, error: (err as Error).name });
      e.view.error = errorShape(err);
      await this.undo(e, job);
      this.end(e, err instanceof Cancelled ? 'cancelled' : 'failed');
    }
    return { ...e.view };
  }

  private async undo(e: Entry, job: JobControl): Promise<void> {
    e.view.cancellable = false;
    e.cancelAsked = false;
    try {
      await e.spec.undo?.(job);
    } catch (err) {
      // What is left keeps its job mark and stays invisible; the next open removes it.
      if (!(err instanceof JobStopped))
        this.env.log.error('job undo failed', { kind: e.spec.kind });
    }
  }

  private end(e: Entry, state: 'done' | 'failed' | 'cancelled'): void {
    Object.assign(e.view, {
      state,
      phase: 'finished',
      endedAt: this.env.now(),
      cancellable: false,
    });
    const db = this.env.db();
    if (db && !e.audited && !e.spec.unaudited) {
      const outcome = state === 'done' ? 'ok' : 'failed';
      const reason = e.view.error?.reason ?? e.view.error?.code;
      db.transaction(() =>
        this.writeAudit(db, e, outcome, {
          ended: state,
          ...(reason ? { reason } : {}),
          ...e.view.result,
        }),
      )();
    }
    this.send(e, true);
    this.forgetOld();
  }

  private writeAudit(db: Db, e: Entry, outcome: 'ok' | 'failed', detail: Record<string, unknown>) {
    e.audited = true;
    appendAudit(db, {
      at: this.env.now(),
      actorId: e.owner.staffId,
      actorName: e.owner.staffId ? e.owner.staffName : null,
      action: `${e.spec.kind}.end`,
      targetType: e.spec.target?.type ?? 'job',
      targetId: e.spec.target?.id ?? e.view.id,
      outcome,
      detail: { job: e.view.id, ...detail },
    });
  }

  private send(e: Entry, force: boolean): void {
    const t = performance.now();
    if (!force && t - e.lastSent < PROGRESS_EVERY_MS) return;
    e.lastSent = t;
    if (e.owner.staffId || e.owner.toWindow) this.env.publish(e.owner, { ...e.view });
  }

  private forgetOld(): void {
    const ended = [...this.jobs.values()].filter((e) => e.view.state !== 'running');
    for (const e of ended.slice(0, Math.max(0, ended.length - KEEP_ENDED)))
      this.jobs.delete(e.view.id);
  }
}
