import type { ComplaintSeverity, ComplaintState } from './complaint';
import { clockPaused } from './complaint';
import { dueAt, type ClockPause, type ServiceClock, type SiteCalendar } from './siteCalendar';

/** A service level (首次响应时限 / 处理时限) for one category and severity. */
export interface ServiceLevel {
  firstResponseMinutes: number;
  resolutionMinutes: number;
  clock: ServiceClock;
  pausesWhileWaiting: boolean;
}

/** Defaults: first response within 24 h of opening hours; resolution by severity. */
export const DEFAULT_SERVICE_LEVELS: Record<ComplaintSeverity, ServiceLevel> = {
  low: {
    firstResponseMinutes: 24 * 60,
    resolutionMinutes: 5 * 24 * 60,
    clock: 'opening',
    pausesWhileWaiting: true,
  },
  normal: {
    firstResponseMinutes: 24 * 60,
    resolutionMinutes: 3 * 24 * 60,
    clock: 'opening',
    pausesWhileWaiting: true,
  },
  high: {
    firstResponseMinutes: 4 * 60,
    resolutionMinutes: 24 * 60,
    clock: 'opening',
    pausesWhileWaiting: true,
  },
  critical: {
    firstResponseMinutes: 60,
    resolutionMinutes: 8 * 60,
    clock: 'clock',
    pausesWhileWaiting: false,
  },
};

/** One change of a case's state, as its history keeps it. */
export interface StateChange {
  at: number;
  state: ComplaintState;
}

export interface CaseDeadlineSet {
  firstResponseDue: number | null;
  resolutionDue: number | null;
}

/**
 * The deadlines of a case from its history alone, so a changed calendar or level can
 * recompute every open case: the clock starts at the last (re)opening, and stands still
 * while the case waits for the client when the level says so.
 */
export function deadlinesFromHistory(
  history: readonly StateChange[],
  level: ServiceLevel,
  cal: SiteCalendar,
): CaseDeadlineSet {
  const opened = history.findLast((c) => c.state === 'open');
  if (!opened) return { firstResponseDue: null, resolutionDue: null };
  const since = history.filter((c) => c.at >= opened.at);
  const pauses: ClockPause[] = [];
  since.forEach((c, i) => {
    if (!clockPaused(c.state, level.pausesWhileWaiting)) return;
    pauses.push({ from: c.at, to: since[i + 1]?.at ?? null });
  });
  return {
    firstResponseDue: dueAt(opened.at, level.firstResponseMinutes, cal, level.clock, pauses),
    resolutionDue: dueAt(opened.at, level.resolutionMinutes, cal, level.clock, pauses),
  };
}
