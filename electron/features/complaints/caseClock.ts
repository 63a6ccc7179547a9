import type {
  ComplaintCategory,
  ComplaintSeverity,
  ComplaintState,
} from '../../../shared/domain/complaint';
import { levelDueAt } from '../../../shared/domain/escalation';
import { deadlinesFromHistory, type StateChange } from '../../../shared/domain/serviceLevel';
import type { Db } from '../../db/types';
import { countedUntil } from './boardTimes';
import { readCalendar, readChain, serviceLevelFor } from './serviceSettings';

interface ClockRow {
  category: ComplaintCategory;
  severity: ComplaintSeverity;
  state: ComplaintState;
  level: number;
  responded_at: number | null;
  resolved_at: number | null;
}

/** The case's state changes in order: every event that carries a state. */
export function stateHistory(db: Db, complaintId: string): StateChange[] {
  return db
    .prepare(
      `SELECT at, state FROM complaint_events
       WHERE complaint_id = ? AND state IS NOT NULL ORDER BY at, rowid`,
    )
    .all(complaintId) as StateChange[];
}

/**
 * Recomputes a case's deadlines from its history and the site's settings, and when its next
 * escalation level falls due; run after every change of state, level or settings. A resolved
 * or closed case escalates no further.
 */
export function refreshCaseClock(db: Db, complaintId: string): void {
  const c = db
    .prepare(
      'SELECT category, severity, state, level, responded_at, resolved_at FROM complaints WHERE id = ?',
    )
    .get(complaintId) as ClockRow | undefined;
  if (!c) return;
  const level = serviceLevelFor(db, c.category, c.severity);
  const history = stateHistory(db, complaintId);
  const cal = readCalendar(db);
  const d = deadlinesFromHistory(history, level, cal);
  const minutesTo = (end: number | null) => {
    const m = end === null ? null : countedUntil(history, end, level, cal);
    return m === null ? null : Math.round(m);
  };
  let next: number | null = null;
  if (c.state !== 'resolved' && c.state !== 'closed') {
    const chain = readChain(db);
    const deadlines = { ...d, respondedAt: c.responded_at };
    for (let i = c.level + 1; i <= chain.length; i += 1) {
      const due = levelDueAt(chain, i, deadlines);
      if (due !== null && (next === null || due < next)) next = due;
    }
  }
  const from = history.findLast((h) => h.state === 'open')?.at ?? null;
  db.prepare(
    `UPDATE complaints SET first_response_due = ?, resolution_due = ?, next_level_at = ?,
       clock_from = ?, response_minutes = ?, resolution_minutes = ? WHERE id = ?`,
  ).run(
    d.firstResponseDue,
    d.resolutionDue,
    next,
    from,
    minutesTo(c.responded_at),
    minutesTo(c.resolved_at),
    complaintId,
  );
}

/** After the calendar, a level or the chain changed: every case not closed, recomputed. */
export function refreshOpenCases(db: Db): number {
  const ids = db
    .prepare("SELECT id FROM complaints INDEXED BY complaints_open_due WHERE state <> 'closed'")
    .pluck()
    .all() as string[];
  for (const id of ids) refreshCaseClock(db, id);
  return ids.length;
}
