import type { Pool } from 'pg';
import { byBranchName } from './branchOrder';
import type {
  HqBoardBranch,
  HqBoardDay,
  HqBoardView,
  HqComplaintItem,
  HqDayState,
  HqIncidentItem,
  HqProblem,
} from '../../shared/contract/hqViews';
import { addDays } from '../../shared/domain/time';
import {
  BOARD_BRANCHES_SQL,
  BOARD_COMPLAINTS_SQL,
  BOARD_DAY_FIGURES_SQL,
  BOARD_HANDOVERS_SQL,
  BOARD_INCIDENTS_SQL,
  PROBLEMS_SQL,
} from './boardQueries';

const DAY_MS = 86_400_000;
/** A branch silent this long, or whose last good backup is this old, needs a look. */
const SILENT_MS = 2 * DAY_MS;
const BACKUP_OLD_MS = 7 * DAY_MS;

interface BranchRow {
  site_id: string;
  name: string;
  first_day: string | null;
  last_received_at: Date | null;
  backup_last_ok_at: string | null;
}
interface HandoverRow {
  site_id: string;
  day: string;
  flagged: boolean;
  variance: string | null;
}
interface DayRow {
  site_id: string;
  day: string;
  expected: number;
  missing: number;
  flagged: number;
}
interface ComplaintRow {
  site_id: string;
  body: Record<string, unknown>;
}
interface ProblemRow {
  site_id: string;
  problem: HqProblem['problem'];
  seq: string;
  until_seq: string | null;
  found_at: Date;
}

function daysFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

function groupBy<T extends { site_id: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) map.set(r.site_id, [...(map.get(r.site_id) ?? []), r]);
  return map;
}

function dayState(
  report: DayRow | undefined,
  flagged: number,
  day: string,
  today: string,
  first: string | null,
): HqDayState {
  if (report) {
    if (report.missing > 0) return 'missing';
    if (report.flagged > 0 || flagged > 0) return 'flagged';
    return report.expected > 0 ? 'signed' : 'none';
  }
  if (day > today || first === null || day < first) return 'none';
  return flagged > 0 ? 'flagged' : 'waiting';
}

function boardDays(
  days: string[],
  reports: DayRow[],
  handovers: HandoverRow[],
  today: string,
  first: string | null,
): HqBoardDay[] {
  const byDay = new Map(reports.map((r) => [r.day, r]));
  return days.map((date) => {
    const signed = handovers.filter((h) => h.day === date);
    const flagged = signed.filter((h) => h.flagged).length;
    const report = byDay.get(date);
    return {
      date,
      state: dayState(report, flagged, date, today, first),
      expected: report?.expected ?? null,
      missing: report?.missing ?? null,
      signed: signed.length,
      flagged,
      varianceCents: signed.reduce((sum, h) => sum + Number(h.variance ?? 0), 0),
    };
  });
}

function complaintItem(body: Record<string, unknown>, now: number): HqComplaintItem {
  const due = (body.resolutionDue as number | null) ?? null;
  const state = String(body.state);
  const open = state !== 'resolved' && state !== 'closed';
  return {
    number: String(body.number),
    category: String(body.category),
    severity: String(body.severity),
    level: Number(body.level ?? 0),
    state,
    receivedAt: Number(body.receivedAt),
    resolutionDue: due,
    overdue: open && (body.overdue === true || (due !== null && due < now)),
  };
}

function incidentItem(body: Record<string, unknown>): HqIncidentItem {
  return {
    number: String(body.number),
    kind: String(body.kind),
    occurredAt: Number(body.occurredAt),
    injured: body.injured === true,
    hospitalEscort: body.hospitalEscort === true,
    signed: body.signed === true,
  };
}

export function problemOf(r: ProblemRow): HqProblem {
  return {
    problem: r.problem,
    seq: Number(r.seq),
    untilSeq: r.until_seq === null ? null : Number(r.until_seq),
    foundAt: r.found_at.getTime(),
  };
}

interface Reads {
  days: string[];
  today: string;
  now: number;
  handovers: Map<string, HandoverRow[]>;
  reports: Map<string, DayRow[]>;
  complaints: Map<string, ComplaintRow[]>;
  incidents: Map<string, ComplaintRow[]>;
  problems: Map<string, ProblemRow[]>;
}

function boardBranch(b: BranchRow, r: Reads): HqBoardBranch {
  const handovers = r.handovers.get(b.site_id) ?? [];
  const days = boardDays(r.days, r.reports.get(b.site_id) ?? [], handovers, r.today, b.first_day);
  const complaints = (r.complaints.get(b.site_id) ?? []).map((c) => complaintItem(c.body, r.now));
  const open = complaints.filter((c) => c.state !== 'resolved' && c.state !== 'closed');
  const overdue = open.filter((c) => c.overdue);
  const problems = (r.problems.get(b.site_id) ?? []).map(problemOf);
  const lastReceivedAt = b.last_received_at?.getTime() ?? null;
  const backupLastOkAt = b.backup_last_ok_at === null ? null : Number(b.backup_last_ok_at);
  const missing = days.reduce((n, d) => n + (d.missing ?? 0), 0);
  const silent = lastReceivedAt !== null && r.now - lastReceivedAt > SILENT_MS;
  const oldBackup = backupLastOkAt !== null && r.now - backupLastOkAt > BACKUP_OLD_MS;
  return {
    siteId: b.site_id,
    name: b.name,
    days,
    totals: {
      signed: days.reduce((n, d) => n + d.signed, 0),
      flagged: days.reduce((n, d) => n + d.flagged, 0),
      missing,
      varianceCents: days.reduce((n, d) => n + d.varianceCents, 0),
      withVariance: handovers.filter((h) => Number(h.variance ?? 0) !== 0).length,
    },
    openComplaints: open.length,
    overdueComplaints: overdue,
    incidents: (r.incidents.get(b.site_id) ?? []).map((i) => incidentItem(i.body)),
    problems,
    lastReceivedAt,
    backupLastOkAt,
    attention: missing > 0 || overdue.length > 0 || problems.length > 0 || silent || oldBackup,
  };
}

/**
 * 总部看板 for from..to (both included): each branch's days (handovers signed, flagged,
 * missing), cash variances, open and overdue complaints, the period's incidents and what
 * verification found. Rows needing attention come first, then by name.
 */
export async function readBoard(
  pool: Pool,
  from: string,
  to: string,
  today: string,
  now: number,
): Promise<HqBoardView> {
  const range = [from, to];
  const [branches, handovers, reports, complaints, incidents, problems] = await Promise.all([
    pool.query<BranchRow>(BOARD_BRANCHES_SQL),
    pool.query<HandoverRow>(BOARD_HANDOVERS_SQL, range),
    pool.query<DayRow>(BOARD_DAY_FIGURES_SQL, range),
    pool.query<ComplaintRow>(BOARD_COMPLAINTS_SQL),
    pool.query<ComplaintRow>(BOARD_INCIDENTS_SQL, range),
    pool.query<ProblemRow>(PROBLEMS_SQL),
  ]);
  const reads: Reads = {
    days: daysFrom(from, to),
    today,
    now,
    handovers: groupBy(handovers.rows),
    reports: groupBy(reports.rows),
    complaints: groupBy(complaints.rows),
    incidents: groupBy(incidents.rows),
    problems: groupBy(problems.rows),
  };
  const rows = branches.rows.map((b) => boardBranch(b, reads));
  rows.sort((a, b) => Number(b.attention) - Number(a.attention) || byBranchName(a, b));
  return { from, to, days: reads.days, branches: rows, generatedAt: now };
}
