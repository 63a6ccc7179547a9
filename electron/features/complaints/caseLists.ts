import type { ParsedInput } from '../../../shared/contract';
import type {
  ComplaintList,
  ComplaintSummary,
  MyComplaints,
} from '../../../shared/contract/complaintViews';
import type { HandoverComplaint } from '../../../shared/contract/handoverViews';
import { OVERSIGHT_ROLES, type Role } from '../../../shared/domain/roles';
import type { Db } from '../../db/types';
import type { ServiceContext } from '../../ipc/context';
import type { Handlers } from '../../ipc/handler';
import { boardSummaries, deadlineStateOf, nextDueOf, type DeadlineFacts } from './boardSummary';
import { standsAt } from './complaintAccess';
import { caseView } from './caseView';
import { readChain } from './serviceSettings';

type Filter = ParsedInput<'complaints.list'>;
type Candidate = DeadlineFacts & { id: string; level: number; reopened_count: number };

const CANDIDATE = `k.id, k.state, k.received_at, k.clock_from, k.first_response_due, k.resolution_due,
  k.responded_at, k.level, k.reopened_count`;

/**
 * The text search: number, client (only files this role may open), contact, summary, plan,
 * result and the history's texts. The internal note counts only for supervisor and admin, so
 * a desk search never reveals that a note says something.
 */
function queryClause(role: Role): string {
  const notes = OVERSIGHT_ROLES.includes(role)
    ? `OR EXISTS (SELECT 1 FROM complaint_internal_notes n WHERE n.complaint_id = k.id AND instr(lower(n.body), @q) > 0)`
    : '';
  return `(instr(lower(k.number), @q) > 0 OR instr(lower(k.summary), @q) > 0
    OR instr(lower(coalesce(k.contact_name, '')), @q) > 0 OR instr(coalesce(k.call_back_phone, ''), @q) > 0
    OR instr(lower(coalesce(k.plan, '')), @q) > 0 OR instr(lower(coalesce(k.result, '')), @q) > 0
    OR instr(lower(coalesce(k.client_wants, '')), @q) > 0
    OR EXISTS (SELECT 1 FROM clients c WHERE c.id = k.client_id AND c.secrecy = 'none'
      AND (instr(lower(c.name), @q) > 0 OR instr(lower(coalesce(c.card_number, '')), @q) > 0))
    OR EXISTS (SELECT 1 FROM complaint_events e WHERE e.complaint_id = k.id AND instr(lower(coalesce(e.body, '')), @q) > 0)
    ${notes})`;
}

function whereOf(f: Filter, role: Role): { sql: string; args: Record<string, unknown> } {
  const parts: string[] = [];
  const args: Record<string, unknown> = {};
  if (f.scope === 'open' || f.deadline) parts.push("k.state <> 'closed'");
  const eq = (col: string, key: keyof Filter) => {
    if (f[key] === undefined) return;
    parts.push(`k.${col} = @${key}`);
    args[key] = f[key];
  };
  eq('state', 'state');
  eq('category', 'category');
  eq('owner_id', 'ownerId');
  eq('client_id', 'clientId');
  if (f.deadline === 'escalated') parts.push('k.level > 0');
  if (f.deadline === 'reopened') parts.push('k.reopened_count > 0');
  if (f.query) {
    parts.push(queryClause(role));
    args.q = f.query.toLowerCase();
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', args };
}

function order(a: Candidate, b: Candidate): number {
  const da = nextDueOf(a) ?? Number.POSITIVE_INFINITY;
  const db = nextDueOf(b) ?? Number.POSITIVE_INFINITY;
  return da - db || a.received_at - b.received_at || a.id.localeCompare(b.id);
}

/**
 * Open cases are read through the partial indexes that hold only cases not closed: by owner
 * when the filter names one, by client when it names one, else all of them.
 */
export function openListSql(f: Filter, where: string): string {
  const hint = f.ownerId
    ? 'INDEXED BY complaints_open_owner'
    : f.clientId
      ? ''
      : 'INDEXED BY complaints_open_due';
  return `SELECT ${CANDIDATE} FROM complaints k ${hint} ${where}`;
}

export { whereOf as listWhere };

/**
 * Open cases come by the deadline that matters now (the most urgent first), computed here
 * because it depends on the state; the whole history ('all') by arrival, newest first, paged
 * in SQL.
 */
export function listCases(ctx: ServiceContext, f: Filter): ComplaintList {
  const role = ctx.staff!.role;
  const { sql, args } = whereOf(f, role);
  if (f.scope === 'all' && !f.deadline) {
    const total = ctx.db
      .prepare(`SELECT count(*) FROM complaints k ${sql}`)
      .pluck()
      .get(args) as number;
    const ids = ctx.db
      .prepare(
        `SELECT k.id FROM complaints k ${sql} ORDER BY k.received_at DESC, k.id LIMIT @limit OFFSET @offset`,
      )
      .pluck()
      .all({ ...args, limit: f.limit, offset: f.offset }) as string[];
    return { items: boardSummaries(ctx.db, ids, ctx.now, role), total, now: ctx.now };
  }
  let rows = ctx.db.prepare(openListSql(f, sql)).all(args) as Candidate[];
  if (f.deadline === 'dueSoon' || f.deadline === 'overdue')
    rows = rows.filter((r) => deadlineStateOf(r, ctx.now) === f.deadline);
  rows.sort(order);
  const page = rows.slice(f.offset, f.offset + f.limit).map((r) => r.id);
  return { items: boardSummaries(ctx.db, page, ctx.now, role), total: rows.length, now: ctx.now };
}

function idsOrdered(db: Db, sql: string, ...args: unknown[]): string[] {
  const rows = db
    .prepare(`SELECT ${CANDIDATE} FROM complaints k ${sql}`)
    .all(...args) as Candidate[];
  return rows.sort(order).map((r) => r.id);
}

/** 我的投诉: mine, offered to me, and those standing at my level of the chain (not mine). */
export function myCases(ctx: ServiceContext): MyComplaints {
  const me = ctx.staff!;
  const db = ctx.db;
  const owned = idsOrdered(
    db,
    "INDEXED BY complaints_open_owner WHERE k.owner_id = ? AND k.state <> 'closed'",
    me.id,
  );
  const offered = idsOrdered(
    db,
    `WHERE k.id IN (SELECT complaint_id FROM complaint_transfers INDEXED BY complaint_transfers_to
       WHERE to_staff = ? AND accepted_at IS NULL AND declined_at IS NULL)`,
    me.id,
  );
  const chain = readChain(db);
  const raised = (
    db
      .prepare(
        `SELECT k.id, k.level, k.owner_id FROM complaints k INDEXED BY complaints_open_due
         WHERE k.state <> 'closed' AND k.level > 0`,
      )
      .all() as { id: string; level: number; owner_id: string }[]
  )
    .filter((r) => r.owner_id !== me.id && standsAt(chain[r.level - 1], me))
    .map((r) => r.id);
  const escalated = idsOrdered(
    db,
    'WHERE k.id IN (SELECT value FROM json_each(?))',
    JSON.stringify(raised),
  );
  const lines = (ids: string[]) => boardSummaries(db, ids, ctx.now, me.role);
  return {
    owned: lines(owned),
    offered: lines(offered),
    escalatedToMe: lines(escalated),
    now: ctx.now,
  };
}

/** Every case not closed, for each handover's open items (carried until closed). */
export function openComplaintsForHandover(db: Db, now: number, role: Role): HandoverComplaint[] {
  const ids = idsOrdered(db, "INDEXED BY complaints_open_due WHERE k.state <> 'closed'");
  return boardSummaries(db, ids, now, role).map((c: ComplaintSummary) => ({
    id: c.id,
    number: c.number,
    title: c.summary,
    state: c.state,
    ownerName: c.ownerName,
    level: c.level,
    dueAt: c.nextDueAt,
    deadlineState: c.deadlineState,
  }));
}

export const caseListHandlers: Pick<
  Handlers,
  'complaints.get' | 'complaints.list' | 'complaints.mine'
> = {
  'complaints.get': (ctx, input) => caseView(ctx, input.complaintId),
  'complaints.list': (ctx, input) => listCases(ctx, input),
  'complaints.mine': (ctx) => myCases(ctx),
};
