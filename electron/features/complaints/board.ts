import type {
  BoardCount,
  ComplaintBoard,
  ComplaintSummary,
  DeadlineState,
} from '../../../shared/contract/complaintViews';
import type { Role } from '../../../shared/domain/roles';
import type { Db } from '../../db/types';
import type { Handlers } from '../../ipc/handler';
import { BOARD_SQL, type OpenCaseRow } from './boardQueries';
import { boardSummaries, deadlineStateOf } from './boardSummary';
import { caseTimes, followUpsToday, satisfaction } from './boardTimes';

/** The attention list stops here: the board is a glance, the list screen has the rest. */
export const ATTENTION_LIMIT = 20;

/** A case's deadline state and its list line (the case handlers may pass their own). */
export interface BoardDeps {
  stateOf(row: OpenCaseRow, now: number): DeadlineState;
  summaries(db: Db, ids: readonly string[], now: number, role: Role): ComplaintSummary[];
}

const DEFAULT_DEPS: BoardDeps = { stateOf: deadlineStateOf, summaries: boardSummaries };

interface Judged {
  row: OpenCaseRow;
  state: DeadlineState;
  /** The deadline that matters now: the first response until given, then the resolution. */
  due: number;
}

const ATTENTION_ORDER = (j: Judged) =>
  j.state === 'overdue' ? 0 : j.state === 'dueSoon' ? 1 : j.row.level > 0 ? 2 : 3;

function countBy(
  judged: readonly Judged[],
  key: (r: OpenCaseRow) => string,
  label: (k: string) => string,
): BoardCount[] {
  const out = new Map<string, BoardCount>();
  for (const j of judged) {
    const k = key(j.row);
    const c = out.get(k) ?? { key: k, label: label(k), open: 0, overdue: 0 };
    c.open += 1;
    if (j.state === 'overdue') c.overdue += 1;
    out.set(k, c);
  }
  return [...out.values()].sort((a, b) => b.overdue - a.overdue || b.open - a.open);
}

function staffNames(db: Db, ids: string[]): Map<string, string> {
  const rows = db.prepare(BOARD_SQL.staffNames).all(JSON.stringify(ids)) as {
    id: string;
    display_name: string;
  }[];
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/**
 * The board: every case not closed is read once through complaints_open_due and judged
 * here; times, satisfaction and today's calls each read their own index.
 */
export function complaintBoard(
  db: Db,
  now: number,
  role: Role,
  deps: BoardDeps = DEFAULT_DEPS,
): ComplaintBoard {
  const open = db.prepare(BOARD_SQL.openCases).all() as OpenCaseRow[];
  const judged: Judged[] = open.map((row) => ({
    row,
    state: deps.stateOf(row, now),
    due:
      (row.responded_at === null ? row.first_response_due : row.resolution_due) ??
      Number.POSITIVE_INFINITY,
  }));
  const count = (f: (j: Judged) => boolean) => judged.filter(f).length;
  const attention = judged
    .filter((j) => ATTENTION_ORDER(j) < 3)
    .sort((a, b) => ATTENTION_ORDER(a) - ATTENTION_ORDER(b) || a.due - b.due)
    .slice(0, ATTENTION_LIMIT)
    .map((j) => j.row.id);
  const names = staffNames(db, [...new Set(open.map((r) => r.owner_id))]);
  const times = caseTimes(db, now);
  return {
    counts: {
      open: open.length,
      dueSoon: count((j) => j.state === 'dueSoon'),
      overdue: count((j) => j.state === 'overdue'),
      escalated: count((j) => j.row.level > 0),
      reopened: count((j) => j.row.reopened_count > 0),
    },
    attention: deps.summaries(db, attention, now, role),
    byOwner: countBy(
      judged,
      (r) => r.owner_id,
      (id) => names.get(id) ?? '',
    ),
    byCategory: countBy(
      judged,
      (r) => r.category,
      (k) => k,
    ),
    responseMinutes: times.response,
    resolutionMinutes: times.resolution,
    satisfaction: satisfaction(db, now),
    followUpsToday: followUpsToday(db, now),
  };
}

export const complaintBoardHandlers: Pick<Handlers, 'complaints.board'> = {
  'complaints.board': (ctx) => complaintBoard(ctx.db, ctx.now, ctx.staff!.role),
};
