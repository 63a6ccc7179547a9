/** The job runner: long work in time-budgeted chunks, and the read-only jobs worker. */
export { jobHandlers } from './jobHandlers';
export {
  Cancelled,
  CHUNK_BUDGET_MS,
  JobRunner,
  type JobControl,
  type JobOwner,
  type JobSpec,
} from './runner';
