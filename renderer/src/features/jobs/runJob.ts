import type { JobStarted, JobView } from '../../../../shared/contract/jobViews';
import type { AppErrorShape, Result } from '../../../../shared/contract/result';
import { subscribe } from '../../api/client';

export type JobOutcome = { ok: true; job: JobView } | { ok: false; error: AppErrorShape };

/**
 * Starts a job and follows it to its end. It listens before the call: main sends the first
 * view (and, for a tiny job, the last) before the call's answer arrives. Works without a
 * session too: a restore preview's views go to the window that asked.
 */
export async function runJob(
  start: () => Promise<Result<JobStarted>>,
  onView: (view: JobView) => void,
): Promise<JobOutcome> {
  const seen = new Map<string, JobView>();
  let wanted: string | null = null;
  let finish: (view: JobView) => void = () => {};
  const ended = new Promise<JobView>((resolve) => (finish = resolve));
  const take = (view: JobView) => {
    onView(view);
    if (view.state !== 'running') finish(view);
  };
  const off = subscribe('job.progress', (view) => {
    seen.set(view.id, view);
    if (view.id === wanted) take(view);
  });
  const r = await start();
  if (!r.ok) {
    off();
    return { ok: false, error: r.error };
  }
  wanted = r.data.jobId;
  const last = seen.get(wanted);
  if (last) take(last);
  const job = await ended;
  off();
  return job.state === 'done' ? { ok: true, job } : { ok: false, error: job.error! };
}
