import type { ClientConfig } from 'pg';
import type { JobResult } from '../../../shared/contract/jobViews';
import { PUSH_BATCH, PushConflictError, pushPending } from '../../headOffice/push';
import type { SignedBundle } from '../../headOffice/bundle';
import type { AppEnv } from '../../ipc/context';
import { AppError } from '../../ipc/errors';
import { Cancelled, JobStopped, type JobControl, type JobSpec } from '../../jobs';
import { pushConnection, recordAttempt } from './headOfficeConfig';
import { markPushed, outboxStatus, pendingBundles } from './outbox';

/** Waits between tries when head office does not answer: 1 s, doubling, at most 5 min. */
export const BACKOFF_FIRST_MS = 1000;
export const BACKOFF_MAX_MS = 5 * 60_000;

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  // the server is starting up or shutting down
  '57P01',
  '57P03',
]);

/** No answer (worth another try later) as opposed to an answer that says no. */
export function isUnreachable(err: unknown): boolean {
  const code = (err as { code?: string }).code;
  if (code && UNREACHABLE.has(code)) return true;
  return /timeout|Connection terminated/i.test((err as Error).message ?? '');
}

function refusal(err: unknown): AppError {
  if (err instanceof PushConflictError)
    return new AppError('CONFLICT', err.message, { reason: 'headOffice.conflict' });
  const code = (err as { code?: string }).code;
  if (code === '28P01' || code === '28000')
    return new AppError('CONFLICT', 'Head office refused the branch role or its password.', {
      reason: 'headOffice.login',
    });
  if (code === '42501')
    return new AppError('CONFLICT', 'Head office does not let this role store bundles.', {
      reason: 'headOffice.permission',
    });
  return new AppError('CONFLICT', 'Head office refused the push.', {
    reason: /certificate|self.signed|SSL|TLS/i.test((err as Error).message ?? '')
      ? 'headOffice.tls'
      : 'headOffice.refused',
  });
}

/** Sleeps, but a cancel (checked every 250 ms) or a closed vault ends the wait. */
async function wait(job: JobControl, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    await new Promise<void>((r) => setTimeout(r, Math.min(250, until - Date.now())).unref());
    await job.chunk(() => undefined);
  }
}

interface Round {
  connection: ClientConfig | null;
  bundles: SignedBundle[];
  total: number;
}

/**
 * One try: the pending bundles in seq order, PUSH_BATCH at a time, each batch marked
 * pushed ('pg') on the writer once head office has committed it.
 */
async function pushRound(env: AppEnv, job: JobControl, round: Round, done: number) {
  for (let i = 0; i < round.bundles.length; i += PUSH_BATCH) {
    const batch = round.bundles.slice(i, i + PUSH_BATCH);
    await pushPending(batch, round.connection!);
    await job.chunk(() => {
      const db = env.db()!;
      db.transaction(() =>
        markPushed(
          db,
          batch.map((b) => b.bundle.seq),
          'pg',
          env.now(),
        ),
      ).immediate();
    });
    done += batch.length;
    job.progress('saving', done, round.total);
  }
  return done;
}

function readRound(env: AppEnv, job: JobControl): Promise<Round> {
  return job.chunk(() => {
    const db = env.db()!;
    return {
      connection: pushConnection(db),
      bundles: pendingBundles(db),
      total: outboxStatus(db).pending,
    };
  });
}

function note(env: AppEnv, job: JobControl, outcome: 'ok' | 'failed', reason: string | null) {
  return job.chunk(() => {
    const db = env.db()!;
    db.transaction(() => recordAttempt(db, env.now(), outcome, reason)).immediate();
  });
}

/** Pushes until the outbox is empty; an unreachable server is tried again with backoff. */
export function pushJob(env: AppEnv): JobSpec {
  return {
    kind: 'headOffice.push',
    target: { type: 'headOffice', id: 'push' },
    cancel: () => {},
    async run(job): Promise<JobResult> {
      let done = 0;
      let attempts = 0;
      let delay = BACKOFF_FIRST_MS;
      for (;;) {
        const round = await readRound(env, job);
        if (!round.connection)
          throw new AppError('CONFLICT', 'Head office is not set up.', {
            reason: 'headOffice.notConfigured',
          });
        if (round.bundles.length === 0) break;
        attempts++;
        job.progress('saving', done, done + round.total);
        try {
          done = await pushRound(env, job, { ...round, total: done + round.total }, done);
          delay = BACKOFF_FIRST_MS;
        } catch (err) {
          if (err instanceof Cancelled || err instanceof JobStopped) throw err;
          if (!isUnreachable(err)) {
            const refused = refusal(err);
            await note(env, job, 'failed', refused.extra.reason ?? null);
            throw refused;
          }
          await note(env, job, 'failed', 'headOffice.unreachable');
          job.progress('retrying', done, done + round.total);
          await wait(job, delay);
          delay = Math.min(delay * 2, BACKOFF_MAX_MS);
        }
      }
      await note(env, job, 'ok', null);
      return { bundles: done, attempts };
    },
  };
}
