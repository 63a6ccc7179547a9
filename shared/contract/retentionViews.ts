import type { RetentionKind } from '../domain/retention';

/** One kind's period on the retention screen. */
export interface RetentionPeriod {
  kind: RetentionKind;
  months: number;
  defaultMonths: number;
}

/** What the last run did (from its end audit row): counts only, never personal data. */
export interface RetentionLastRun {
  at: number;
  byName: string | null;
  ended: 'done' | 'cancelled' | 'failed';
  counts: Partial<Record<RetentionKind, number>>;
  total: number;
}

export interface RetentionSettings {
  periods: RetentionPeriod[];
  minMonths: number;
  maxMonths: number;
  lastRun: RetentionLastRun | null;
  /** The run going on now, if any (one at a time). */
  runningJobId: string | null;
}

/** What the next run would change for one kind. */
export interface RetentionPreviewRow {
  kind: RetentionKind;
  months: number;
  /** First day kept: records dated before it are due. */
  cutOff: string;
  due: number;
  /** Business date of the oldest due record, null when none is due. */
  oldest: string | null;
}

export interface RetentionPreview {
  at: number;
  rows: RetentionPreviewRow[];
  total: number;
}
