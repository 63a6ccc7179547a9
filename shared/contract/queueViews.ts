import type { QueueLevel, QueueStatus } from '../domain/queue';

/** One ticket of the waiting queue (排队叫号). */
export interface QueueTicketView {
  id: string;
  businessDate: string;
  /** Per business day: 1, 2, 3… */
  number: number;
  name: string | null;
  /** Masked (138****5678). */
  phoneMasked: string | null;
  purpose: string | null;
  takenAt: number;
  calledAt: number | null;
  calledByName: string | null;
  counter: string | null;
  servedAt: number | null;
  leftAt: number | null;
  status: QueueStatus;
  /** Until called (or `now` of the answer while waiting). */
  waitedMs: number;
  /** Computed in main from the settings at `now` of the answer. */
  level: QueueLevel;
  /** When the desk should go to the person (请接待). */
  attendAt: number;
  /** When the desk should report the wait (请上报). */
  escalateAt: number;
}

export interface QueueList {
  /** main's clock when answering, so the renderer can run the timers on main's time. */
  now: number;
  /** The settings in force: the screen states them. */
  attendMinutes: number;
  escalateMinutes: number;
  tickets: QueueTicketView[];
}

/** The queue figures of a business day; waits run from taking the number to being called. */
export interface QueueDayCounts {
  businessDate: string;
  taken: number;
  served: number;
  left: number;
  /** Still waiting or called. */
  open: number;
  averageWaitMs: number | null;
  p90WaitMs: number | null;
}
