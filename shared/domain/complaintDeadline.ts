import type { ComplaintState } from './complaint';

/** Where a case stands against its deadline; see DeadlineState in the complaint views. */
export type DeadlineStateName = 'onTime' | 'dueSoon' | 'overdue' | 'paused' | 'done';

/** "Due soon" starts at most this long before the deadline. */
export const DUE_SOON_AT_MOST_MS = 2 * 3_600_000;

export interface DeadlineFacts {
  state: ComplaintState | string;
  /** When the clock started: the intake, or the last reopening (the time allowed counts from here). */
  clockFrom: number;
  firstResponseDue: number | null;
  resolutionDue: number | null;
  respondedAt: number | null;
}

/** The deadline that matters now: the first response until given, then the resolution. */
export function nextDueAt(c: DeadlineFacts): number | null {
  return c.respondedAt === null ? c.firstResponseDue : c.resolutionDue;
}

/**
 * Due soon within the last quarter of the time allowed since the clock started, at most 2 h
 * before; paused while it waits for the client and its level stops the clock (the stored
 * deadline is then open); done once resolved or closed. Main decides the list's states with
 * it and the renderer's countdown ticks between reads with the same thresholds.
 */
export function deadlineState(c: DeadlineFacts, now: number): DeadlineStateName {
  if (c.state === 'resolved' || c.state === 'closed') return 'done';
  const due = nextDueAt(c);
  if (due === null) return c.state === 'waitingForClient' ? 'paused' : 'onTime';
  if (now >= due) return 'overdue';
  const soon = Math.min(DUE_SOON_AT_MOST_MS, (due - c.clockFrom) / 4);
  return due - now <= soon ? 'dueSoon' : 'onTime';
}
