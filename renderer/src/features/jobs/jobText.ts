import type { JobView } from '../../../../shared/contract/jobViews';
import type { T } from '../../app/i18n';

/** "Saving rows 12,000 of 20,000", or how the job ended. */
export function jobLine(t: T, job: JobView): string {
  if (job.state !== 'running') return t(`jobs.state.${job.state}`);
  const n = (x: number) => x.toLocaleString('en-US');
  return t(`jobs.phase.${job.phase}`, { done: n(job.done), total: n(job.total) });
}

/** 0–100 for Mantine's Progress; a finished job is full, a job without a count is half. */
export function jobPercent(job: JobView): number {
  if (job.state !== 'running') return 100;
  return job.total > 0 ? Math.min(100, Math.round((job.done / job.total) * 100)) : 0;
}
