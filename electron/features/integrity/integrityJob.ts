import type { AppEnv } from '../../ipc/context';
import type { JobOwner, JobSpec } from '../../jobs';
import type { IntegrityTaskResult } from './integrityTask';

export const INTEGRITY_TASK = 'integrity.full';

/** Core starts the full check after every open; nobody is signed in yet, so no events. */
export const SYSTEM_OWNER: JobOwner = { clientId: 'core', staffId: null, staffName: 'system' };

/**
 * The full check: the jobs worker runs integrity_check and the whole audit walk, then Core
 * writes the end audit row (outcome failed when damage was found), which is also where
 * integrity.status reads the last result from, across restarts.
 */
export function integrityJob(env: AppEnv): JobSpec {
  let stop = () => {};
  return {
    kind: 'integrity.check',
    cancel: () => stop(),
    async run(job) {
      const task = await job.chunk(() =>
        env.reads.run<IntegrityTaskResult>(
          INTEGRITY_TASK,
          {},
          {
            progress: (phase, done, total) => job.progress(phase, done, total),
            ready: (go) => go(),
          },
        ),
      );
      stop = task.cancel;
      const found = await task.result;
      job.pastNoReturn();
      await job.chunk(() => {
        const db = env.db()!;
        const healthy = found.storageOk && found.auditIntact;
        db.transaction(() => job.auditEnd(db, { ...found }, healthy ? 'ok' : 'failed')).immediate();
        if (!healthy) env.log.error('integrity check found damage', { ...found });
      });
      return {};
    },
  };
}

export function startIntegrityJob(env: AppEnv, owner: JobOwner = SYSTEM_OWNER): string {
  const id = env.ids();
  env.jobs.start(id, owner, integrityJob(env));
  return id;
}
