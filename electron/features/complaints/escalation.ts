import type { Notice } from '../../../shared/contract';
import type { ComplaintView } from '../../../shared/contract/complaintViews';
import {
  levelAt,
  levelDueAt,
  type CaseDeadlines,
  type EscalationLevel,
} from '../../../shared/domain/escalation';
import type { Role } from '../../../shared/domain/roles';
import { appendAudit } from '../../audit/chain';
import type { IdSource } from '../../db/ids';
import type { Db } from '../../db/types';
import type { ServiceContext } from '../../ipc/context';
import { AppError, notFound } from '../../ipc/errors';
import type { Handlers } from '../../ipc/handler';
import { getStaff } from '../staff';
import { mayHandle } from './complaintAccess';
import { refreshCaseClock } from './caseClock';
import { readChain } from './serviceSettings';

export type EscalatedNotice = Extract<Notice, { kind: 'complaintEscalated' }>;

/** Who a notice is for: one person, or everyone signed in with a role but one (the owner). */
export type NoticeTarget = { staffId: string } | { role: Role; except: string };

export interface EscalationNotice {
  notice: EscalatedNotice;
  to: NoticeTarget;
}

interface DueRow {
  id: string;
  number: string;
  owner_id: string;
  level: number;
  first_response_due: number | null;
  resolution_due: number | null;
  responded_at: number | null;
}

export function reaches(target: NoticeTarget, staff: { id: string; role: Role }): boolean {
  return 'staffId' in target
    ? target.staffId === staff.id
    : target.role === staff.role && staff.id !== target.except;
}

/**
 * A case reached `level`: the people at that level are told it is theirs now (a named
 * colleague only while active), and the owner that it went up. The owner is told once, as
 * owner, even when they stand at the level too.
 */
export function escalationNotices(
  db: Db,
  c: { id: string; number: string; owner_id: string },
  level: number,
  automatic: boolean,
  chain: readonly EscalationLevel[] = readChain(db),
): EscalationNotice[] {
  const base = {
    kind: 'complaintEscalated',
    complaintId: c.id,
    number: c.number,
    level,
    automatic,
  };
  const out: EscalationNotice[] = [
    { notice: { ...base, asOwner: true } as EscalatedNotice, to: { staffId: c.owner_id } },
  ];
  const at = chain[level - 1]?.to;
  if (!at) return out;
  const notice = { ...base, asOwner: false } as EscalatedNotice;
  if ('role' in at) out.push({ notice, to: { role: at.role, except: c.owner_id } });
  else if (at.staffId !== c.owner_id && getStaff(db, at.staffId)?.active === 1)
    out.push({ notice, to: { staffId: at.staffId } });
  return out;
}

/** One 'escalated' event: by a person (with the reason) or by main's timer (by_staff NULL). */
export function recordEscalation(
  db: Db,
  e: { id: string; complaintId: string; at: number; level: number; by: string | null },
  body: string | null,
  detail: Record<string, unknown>,
): void {
  db.prepare(
    `INSERT INTO complaint_events (id, complaint_id, at, by_staff, kind, level, body, detail)
     VALUES (?, ?, ?, ?, 'escalated', ?, ?, ?)`,
  ).run(e.id, e.complaintId, e.at, e.by, e.level, body, JSON.stringify(detail));
}

function escalateOne(
  db: Db,
  c: DueRow,
  chain: readonly EscalationLevel[],
  now: number,
  ids: IdSource,
): number {
  const d: CaseDeadlines = {
    firstResponseDue: c.first_response_due,
    resolutionDue: c.resolution_due,
    respondedAt: c.responded_at,
  };
  const target = levelAt(chain, c.level, d, now);
  // Each level passed is its own event and audit row, in order, even when the desk's PC slept
  // through several of them.
  for (let level = c.level + 1; level <= target; level += 1) {
    const l = chain[level - 1]!;
    // A level that no longer watches anything (its first response was given) is skipped.
    if (levelDueAt(chain, level, d) === null) continue;
    const detail = { level, watches: l.watches, offsetMinutes: l.offsetMinutes };
    recordEscalation(db, { id: ids(), complaintId: c.id, at: now, level, by: null }, null, {
      ...detail,
      automatic: true,
      dueAt: levelDueAt(chain, level, d),
    });
    appendAudit(db, {
      at: now,
      actorId: null,
      actorName: null,
      action: 'complaints.autoEscalate',
      targetType: 'complaint',
      targetId: c.id,
      outcome: 'ok',
      detail: { ...detail, from: level - 1 },
    });
  }
  if (target > c.level)
    db.prepare('UPDATE complaints SET level = ?, updated_at = ? WHERE id = ?').run(
      target,
      now,
      c.id,
    );
  refreshCaseClock(db, c.id);
  return target;
}

/**
 * Main's timer: every open case whose next level has come (read through the
 * complaints_next_level index) moves up to where its deadlines put it now. Run inside a
 * transaction; returns the notices to push once it has committed.
 */
export function escalateDue(
  db: Db,
  now: number,
  ids: IdSource,
  onMoved: (complaintId: string) => void = () => undefined,
): EscalationNotice[] {
  const due = db
    .prepare(
      `SELECT id, number, owner_id, level, first_response_due, resolution_due, responded_at
       FROM complaints INDEXED BY complaints_next_level
       WHERE state <> 'closed' AND next_level_at IS NOT NULL AND next_level_at <= ?
       ORDER BY next_level_at`,
    )
    .all(now) as DueRow[];
  if (due.length === 0) return [];
  const chain = readChain(db);
  const notices: EscalationNotice[] = [];
  for (const c of due) {
    const level = escalateOne(db, c, chain, now, ids);
    if (level <= c.level) continue;
    notices.push(...escalationNotices(db, c, level, true, chain));
    onMoved(c.id);
  }
  return notices;
}

interface HandRow extends DueRow {
  state: string;
}

/**
 * 手动升级: the owner, the people at the level the case stands at, or a manager moves it one
 * level up the chain, with a reason. A level reached by hand is kept: the timer only ever
 * moves a case further up. Returns the level reached.
 */
export function escalateByHand(
  db: Db,
  by: { id: string; role: Role },
  input: { complaintId: string; reason: string },
  now: number,
  ids: IdSource,
): number {
  const c = db.prepare('SELECT * FROM complaints WHERE id = ?').get(input.complaintId) as
    HandRow | undefined;
  if (!c) throw notFound('Complaint');
  if (!mayHandle(db, by, c))
    throw new AppError('FORBIDDEN', 'Only the owner, the level it stands at or a manager.', {
      reason: 'complaints.mayNotHandle',
    });
  if (c.state === 'resolved' || c.state === 'closed')
    throw new AppError('CONFLICT', 'The case is resolved.', { reason: 'complaints.notOpen' });
  const chain = readChain(db);
  const level = c.level + 1;
  if (level > chain.length)
    throw new AppError('CONFLICT', 'The case is at the top of the chain.', {
      reason: 'complaints.topOfChain',
    });
  recordEscalation(db, { id: ids(), complaintId: c.id, at: now, level, by: by.id }, input.reason, {
    level,
    automatic: false,
  });
  db.prepare('UPDATE complaints SET level = ?, updated_at = ? WHERE id = ?').run(level, now, c.id);
  refreshCaseClock(db, c.id);
  return level;
}

/** The case handlers' own view of a case, as `complaints.get` answers it for this person. */
export type CaseViewOf = (ctx: ServiceContext, complaintId: string) => ComplaintView;

/** `complaints.escalate`, answering with the case handlers' view (passed in by index.ts). */
export function escalateHandlers(view: CaseViewOf): Pick<Handlers, 'complaints.escalate'> {
  return {
    'complaints.escalate': (ctx, input) => {
      const level = escalateByHand(ctx.db, ctx.staff!, input, ctx.now, ctx.env.ids);
      ctx.audit.targetType = 'complaint';
      ctx.audit.targetId = input.complaintId;
      ctx.audit.detail = { level, from: level - 1 };
      return view(ctx, input.complaintId);
    },
  };
}
