/** The job runner: long work in time-budgeted chunks, and the read-only jobs worker. */
export { exportFolder, jobOwner, workerFileJob, type WorkerFile } from './fileJobs';
export { jobHandlers } from './jobHandlers';
export type { ReadAccess, ReadTaskControl } from './readProtocol';
export { ReadWorkers, type ReadRun } from './readWorkers';
export {
  Cancelled,
  CHUNK_BUDGET_MS,
  JobRunner,
  JobStopped,
  type JobControl,
  type JobOwner,
  type JobSpec,
} from './runner';
