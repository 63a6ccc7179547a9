/**
 * The statements of the supervisor's board (投诉看板). Each reads through an index of
 * migration 015 (tests/main/complaintBoard.test.ts checks the plans), so the board stays
 * quick however many closed cases the vault keeps.
 */
export const BOARD_SQL = {
  /** Every case not closed: counts, attention, by owner and by category come from these. */
  openCases: `SELECT id, owner_id, category, severity, state, level, reopened_count, received_at,
      clock_from,
      first_response_due, resolution_due, responded_at
    FROM complaints INDEXED BY complaints_open_due WHERE state <> 'closed'`,
  responded: `SELECT response_minutes FROM complaints INDEXED BY complaints_responded
    WHERE responded_at IS NOT NULL AND responded_at >= ? AND responded_at <= ?
      AND response_minutes IS NOT NULL ORDER BY response_minutes`,
  resolved: `SELECT resolution_minutes FROM complaints INDEXED BY complaints_resolved
    WHERE resolved_at IS NOT NULL AND resolved_at >= ? AND resolved_at <= ?
      AND resolution_minutes IS NOT NULL ORDER BY resolution_minutes`,
  // Most calls end with a day, so the statistics would tempt SQLite to scan them all; the
  // last 8 weeks are a small slice of two years.
  // The week's Monday: six days back, then forward to the next Monday (the day itself if one).
  satisfaction: `SELECT date(done_day, '-6 days', 'weekday 1') AS week, sum(score) AS sum,
      count(*) AS count
    FROM follow_up_calls INDEXED BY follow_up_calls_done_day
    WHERE done_day IS NOT NULL AND done_day >= ? AND complaint_id IS NOT NULL
      AND score IS NOT NULL
    GROUP BY week`,
  callsDue: `SELECT count(*) FROM follow_up_calls
    WHERE done_at IS NULL AND dropped_at IS NULL AND due_day = ?`,
  callsDone: 'SELECT count(*) FROM follow_up_calls WHERE done_day IS NOT NULL AND done_day = ?',
  callsOverdue: `SELECT count(*) FROM follow_up_calls
    WHERE done_at IS NULL AND dropped_at IS NULL AND due_day < ?`,
  callsDropped: `SELECT count(*) FROM follow_up_calls
    WHERE dropped_at IS NOT NULL AND dropped_at >= ? AND dropped_at < ?`,
  // CROSS JOIN keeps json_each outside: staff is read by primary key, however small it is.
  staffNames: `SELECT s.id, s.display_name FROM json_each(?) j CROSS JOIN staff s
    ON s.id = j.value`,
} as const;

export interface OpenCaseRow {
  id: string;
  owner_id: string;
  category: string;
  severity: string;
  state: string;
  level: number;
  reopened_count: number;
  received_at: number;
  first_response_due: number | null;
  resolution_due: number | null;
  responded_at: number | null;
}
