import type { DestructionRequestView, Tombstone } from '../../../shared/contract/clientViews';
import { role } from '../../ipc/context';
import { appendAudit } from '../../audit/chain';
import type { ServiceContext } from '../../ipc/context';
import { AppError, notFound } from '../../ipc/errors';
import { requireClient } from '../clients';
import { erasePerson, fileSubject } from '../privacy';
import type { Handlers } from '../../ipc/handler';

interface DestructionRow {
  id: string;
  client_id: string;
  requested_by: string;
  requested_at: number;
  reason: string;
  status: DestructionRequestView['status'];
  supervisor_by: string | null;
  admin_by: string | null;
  rejected_by: string | null;
  destroyed_at: number | null;
}

const staffName = (ctx: ServiceContext, id: string | null) =>
  id
    ? ((ctx.db.prepare('SELECT display_name FROM staff WHERE id = ?').pluck().get(id) as
        string | undefined) ?? null)
    : null;

function view(ctx: ServiceContext, r: DestructionRow): DestructionRequestView {
  const clientName =
    (ctx.db.prepare('SELECT name FROM clients WHERE id = ?').pluck().get(r.client_id) as
      string | undefined) ?? null;
  return {
    id: r.id,
    clientId: r.client_id,
    clientName,
    requestedAt: r.requested_at,
    requestedByName: staffName(ctx, r.requested_by),
    reason: r.reason,
    status: r.status,
    supervisorApprovedByName: staffName(ctx, r.supervisor_by),
    adminApprovedByName: staffName(ctx, r.admin_by),
    rejectedByName: staffName(ctx, r.rejected_by),
    destroyedAt: r.destroyed_at,
  };
}

function load(ctx: ServiceContext, id: string): DestructionRow {
  const row = ctx.db.prepare('SELECT * FROM destruction_requests WHERE id = ?').get(id) as
    DestructionRow | undefined;
  if (!row) throw notFound('Destruction request');
  ctx.audit.targetType = 'destructionRequest';
  ctx.audit.targetId = id;
  return row;
}

/**
 * Removes the file's content for good: the row and, by cascade, its search terms,
 * documents, history and reviews; the person is anonymised in every other record first. secure_delete zeroes the freed pages, and the WAL is
 * truncated after commit so no old page image survives there either.
 */
function destroy(ctx: ServiceContext, r: DestructionRow, approvers: string[]): void {
  // The person also leaves the records that stay: visits, cases, signed handovers (issue 13).
  const subject = fileSubject(ctx.db, r.client_id);
  if (subject) {
    const stamp = { db: ctx.db, now: ctx.now, ids: ctx.env.ids, staff: ctx.staff! };
    erasePerson({ ...stamp, source: 'destruction', requestId: r.id }, subject, false);
  }
  ctx.db.prepare('DELETE FROM clients WHERE id = ?').run(r.client_id);
  ctx.db
    .prepare(
      `INSERT INTO client_tombstones (client_id, request_id, destroyed_at, reason, requested_by, approved_by)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(r.client_id, r.id, ctx.now, r.reason, r.requested_by, JSON.stringify(approvers));
  ctx.db
    .prepare("UPDATE destruction_requests SET status = 'destroyed', destroyed_at = ? WHERE id = ?")
    .run(ctx.now, r.id);
  appendAudit(ctx.db, {
    at: ctx.now,
    actorId: ctx.staff!.id,
    actorName: ctx.staff!.display_name,
    action: 'clients.destroy',
    targetType: 'client',
    targetId: r.client_id,
    outcome: 'ok',
    detail: { requestId: r.id },
  });
  ctx.afterCommit(() => ctx.db.pragma('wal_checkpoint(TRUNCATE)'));
}

export const destructionHandlers: Pick<
  Handlers,
  | 'destruction.request'
  | 'destruction.list'
  | 'destruction.approve'
  | 'destruction.reject'
  | 'destruction.tombstones'
> = {
  'destruction.request': (ctx, input) => {
    requireClient(ctx, input.clientId);
    const open = ctx.db
      .prepare("SELECT 1 FROM destruction_requests WHERE client_id = ? AND status = 'pending'")
      .get(input.clientId);
    if (open)
      throw new AppError('CONFLICT', 'A destruction request for this file is already open.', {
        reason: 'destruction.pending',
      });
    const id = ctx.env.ids();
    ctx.db
      .prepare(
        'INSERT INTO destruction_requests (id, client_id, requested_by, requested_at, reason) VALUES (?, ?, ?, ?, ?)',
      )
      .run(id, input.clientId, ctx.staff!.id, ctx.now, input.reason);
    return view(ctx, load(ctx, id));
  },

  'destruction.list': (ctx) =>
    (
      ctx.db
        .prepare('SELECT * FROM destruction_requests ORDER BY requested_at DESC LIMIT 200')
        .all() as DestructionRow[]
    ).map((r) => view(ctx, r)),

  'destruction.approve': (ctx, input) => {
    const row = load(ctx, input.id);
    if (row.status !== 'pending')
      throw new AppError('CONFLICT', 'This request has already been decided.', {
        reason: 'approval.decided',
      });
    const me = ctx.staff!.id;
    if (row.requested_by === me)
      throw new AppError('CONFLICT', 'Nobody approves their own request.', {
        reason: 'approval.ownRequest',
      });
    const slot = role(ctx) === 'admin' ? 'admin' : 'supervisor';
    if (row[`${slot}_by`])
      throw new AppError('CONFLICT', `The ${slot} approval is already given.`, {
        reason: 'approval.already',
      });
    ctx.db
      .prepare(`UPDATE destruction_requests SET ${slot}_by = ?, ${slot}_at = ? WHERE id = ?`)
      .run(me, ctx.now, row.id);
    const next = load(ctx, row.id);
    ctx.audit.detail = { slot, clientId: row.client_id };
    if (next.supervisor_by && next.admin_by) {
      const before = view(ctx, next);
      destroy(ctx, next, [next.supervisor_by, next.admin_by]);
      return { ...before, status: 'destroyed', clientName: null, destroyedAt: ctx.now };
    }
    return view(ctx, next);
  },

  'destruction.reject': (ctx, input) => {
    const row = load(ctx, input.id);
    if (row.status !== 'pending')
      throw new AppError('CONFLICT', 'This request has already been decided.', {
        reason: 'approval.decided',
      });
    ctx.db
      .prepare(
        "UPDATE destruction_requests SET status = 'rejected', rejected_by = ?, rejected_at = ?, reject_note = ? WHERE id = ?",
      )
      .run(ctx.staff!.id, ctx.now, input.note, row.id);
    return view(ctx, load(ctx, row.id));
  },

  'destruction.tombstones': (ctx) => {
    const rows = ctx.db
      .prepare('SELECT * FROM client_tombstones ORDER BY destroyed_at DESC')
      .all() as {
      client_id: string;
      destroyed_at: number;
      reason: string;
      requested_by: string;
      approved_by: string;
    }[];
    return rows.map((t): Tombstone => ({
      clientId: t.client_id,
      destroyedAt: t.destroyed_at,
      reason: t.reason,
      requestedByName: staffName(ctx, t.requested_by),
      approverNames: (JSON.parse(t.approved_by) as string[]).map((id) => staffName(ctx, id) ?? id),
    }));
  },
};
