import type { AppErrorShape } from './result';

/** Long work that runs as a job: started by a channel, done in chunks, reported by events. */
export const JOB_KINDS = [
  'clients.preview',
  'clients.import',
  'exports.write',
  'backups.make',
  'backups.drill',
  'backups.preview',
  'integrity.check',
  'complaints.export',
  'personData.export',
  'retention.run',
  'reports.build',
  'reports.export',
  'headOffice.push',
  'headOffice.export',
  'hq.read',
  'hq.enrol',
  'hq.verify',
  'hq.import',
  'hq.export',
] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

/** What the job is doing now; the renderer words it ("Saving rows 12,000 of 20,000"). */
export type JobPhase =
  | 'queued'
  | 'checking'
  | 'saving'
  | 'publishing'
  | 'reading'
  | 'writing'
  | 'undoing'
  | 'copying'
  | 'verifying'
  /** A retention run blanking personal fields, whole records at a time. */
  | 'anonymising'
  /** A push waiting to try head office again (the server did not answer). */
  | 'retrying'
  | 'finished';

/** Counts and names a job leaves behind; never personal data. */
export interface JobResult {
  imported?: number;
  /** Rows that would import (a preview) and rows with errors. */
  valid?: number;
  invalid?: number;
  fileName?: string;
  /** Bytes written (a backup's local copy). */
  size?: number;
  /** Backup targets that failed or were missing (the local copy may still be good). */
  failures?: number;
  /** Records anonymised by a retention run, all kinds together. */
  anonymised?: number;
  /** Bundles head office now holds (a push or an offline file), and tries a push took. */
  bundles?: number;
  attempts?: number;
  /** Head office's check: branches checked and the problems found in all. */
  branches?: number;
  problems?: number;
}

export interface JobView {
  id: string;
  kind: JobKind;
  state: JobState;
  phase: JobPhase;
  /** Units of the current phase done and in all (rows, files…). */
  done: number;
  total: number;
  startedAt: number;
  endedAt: number | null;
  startedByName: string;
  /** False once the job has passed its point of no return (an import being published). */
  cancellable: boolean;
  result: JobResult | null;
  error: AppErrorShape | null;
}

/** What a channel that starts a job answers at once. */
export interface JobStarted {
  jobId: string;
}
