import type { ComplaintEventKind } from '../../../shared/contract/complaintViews';
import type {
  ComplaintCategory,
  ComplaintSeverity,
  ComplaintState,
  RemedyKind,
} from '../../../shared/domain/complaint';
import type { Db } from '../../db/types';
import type { ServiceContext } from '../../ipc/context';
import { AppError, notFound } from '../../ipc/errors';
import { mayHandle } from './complaintAccess';

/** A row of `complaints` as the case handlers read it. */
export interface CaseRow {
  id: string;
  number: string;
  channel: string;
  client_id: string | null;
  contact_name: string | null;
  call_back_phone: string | null;
  category: ComplaintCategory;
  severity: ComplaintSeverity;
  summary: string;
  client_wants: string | null;
  received_at: number;
  first_receiver: string;
  owner_id: string;
  state: ComplaintState;
  level: number;
  responded_at: number | null;
  resolved_at: number | null;
  plan: string | null;
  result: string | null;
  remedy_kind: RemedyKind;
  remedy_cents: number | null;
  remedy_sessions: number | null;
  remedy_days: number | null;
  log_entry_id: string | null;
  reopened_count: number;
}

export function caseRow(db: Db, id: string): CaseRow | undefined {
  return db.prepare('SELECT * FROM complaints WHERE id = ?').get(id) as CaseRow | undefined;
}

export function requireCase(ctx: ServiceContext, id: string): CaseRow {
  const row = caseRow(ctx.db, id);
  if (!row) throw notFound('Complaint');
  return row;
}

/** A case this person may work on (owner, its level, managers), else FORBIDDEN. */
export function caseToHandle(ctx: ServiceContext, id: string): CaseRow {
  const row = requireCase(ctx, id);
  if (!mayHandle(ctx.db, ctx.staff!, row))
    throw new AppError('FORBIDDEN', 'Only the owner, the level it stands at or a manager.', {
      reason: 'complaints.mayNotHandle',
    });
  return row;
}

export interface EventInput {
  kind: ComplaintEventKind;
  state?: ComplaintState | null;
  level?: number | null;
  body?: string | null;
  detail?: Record<string, unknown> | null;
  /** null: main did it (the follow-up score read back, the timer). */
  by?: string | null;
}

export function addEvent(ctx: ServiceContext, complaintId: string, e: EventInput): void {
  ctx.db
    .prepare(
      `INSERT INTO complaint_events (id, complaint_id, at, by_staff, kind, state, level, body, detail)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      ctx.env.ids(),
      complaintId,
      ctx.now,
      e.by === undefined ? ctx.staff!.id : e.by,
      e.kind,
      e.state ?? null,
      e.level ?? null,
      e.body ?? null,
      e.detail ? JSON.stringify(e.detail) : null,
    );
}

/** The audit row names the case, never its text (personal data stays in the vault). */
export function auditCase(ctx: ServiceContext, id: string, detail?: Record<string, unknown>) {
  ctx.audit.targetType = 'complaint';
  ctx.audit.targetId = id;
  if (detail) ctx.audit.detail = detail;
}

export function touch(ctx: ServiceContext, id: string, set: string, args: unknown[] = []): void {
  ctx.db
    .prepare(`UPDATE complaints SET ${set}, updated_at = ? WHERE id = ?`)
    .run(...args, ctx.now, id);
}
