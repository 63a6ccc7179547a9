/** The waiting queue of a service hall (排队叫号): statuses and service-level rules. */
import { MINUTE_MS } from './time';

export const QUEUE_STATUSES = ['waiting', 'called', 'served', 'left'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

/** ok → attend (someone goes to the person, 送上一杯水) → escalate (ask the counter, 上报). */
export const QUEUE_LEVELS = ['ok', 'attend', 'escalate'] as const;
export type QueueLevel = (typeof QUEUE_LEVELS)[number];

export const DEFAULT_QUEUE_ATTEND_MINUTES = 5;
export const DEFAULT_QUEUE_ESCALATE_MINUTES = 15;

export interface QueueLimits {
  attendMinutes: number;
  escalateMinutes: number;
}

/** When each prompt falls due; escalation never comes before attention. */
export function queueDeadlines(takenAt: number, limits: QueueLimits) {
  const attendAt = takenAt + limits.attendMinutes * MINUTE_MS;
  const escalateAt = Math.max(attendAt, takenAt + limits.escalateMinutes * MINUTE_MS);
  return { attendAt, escalateAt };
}

export function queueLevel(waitedMs: number, takenAt: number, limits: QueueLimits): QueueLevel {
  const { attendAt, escalateAt } = queueDeadlines(takenAt, limits);
  const at = takenAt + waitedMs;
  if (at >= escalateAt) return 'escalate';
  if (at >= attendAt) return 'attend';
  return 'ok';
}

/** Nearest-rank percentile of a list of durations; null when empty. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}
