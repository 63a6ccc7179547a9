import type {
  PersonDataKind,
  PersonRequestKind,
  PersonRequestStatus,
  PersonRequestView,
} from '../../../shared/contract/personDataViews';
import { FILE_GUARDIANS } from '../../../shared/domain/clients';
import type { ServiceContext } from '../../ipc/context';
import { role } from '../../ipc/context';
import { AppError, notFound } from '../../ipc/errors';
import type { Handlers } from '../../ipc/handler';
import { erasePerson } from './erase';
import { resolveSubject, storedSubject, subjectOfRequest, type Subject } from './subject';

export interface RequestRow {
  id: string;
  kind: PersonRequestKind;
  client_id: string | null;
  subject: string | null;
  secrecy: string;
  reason: string;
  requested_by: string;
  requested_at: number;
  status: PersonRequestStatus;
  supervisor_by: string | null;
  admin_by: string | null;
  rejected_by: string | null;
  reject_note: string | null;
  done_at: number | null;
  file_name: string | null;
  counts: string | null;
}

const staffName = (ctx: ServiceContext, id: string | null) =>
  id
    ? ((ctx.db.prepare('SELECT display_name FROM staff WHERE id = ?').pluck().get(id) as
        string | undefined) ?? null)
    : null;

/** An erasure always, an export of a 绝密 file, needs an admin besides the supervisor. */
const needsAdmin = (r: RequestRow) => r.kind === 'erase' || r.secrecy === 'topSecret';

export function requestView(ctx: ServiceContext, r: RequestRow): PersonRequestView {
  const s =
    r.status === 'pending' || r.status === 'approved'
      ? subjectOfRequest(ctx.db, r.client_id, r.subject)
      : null;
  return {
    id: r.id,
    kind: r.kind,
    subjectName: s?.name ?? null,
    clientId: r.client_id,
    requestedAt: r.requested_at,
    requestedBy: r.requested_by,
    requestedByName: staffName(ctx, r.requested_by),
    reason: r.reason,
    status: r.status,
    needsAdmin: needsAdmin(r),
    supervisorApprovedByName: staffName(ctx, r.supervisor_by),
    adminApprovedByName: staffName(ctx, r.admin_by),
    rejectedByName: staffName(ctx, r.rejected_by),
    rejectNote: r.reject_note,
    doneAt: r.done_at,
    fileName: r.file_name,
    erasedCounts: r.counts
      ? (JSON.parse(r.counts) as Partial<Record<PersonDataKind, number>>)
      : null,
  };
}

export function loadRequest(ctx: ServiceContext, id: string): RequestRow {
  const row = ctx.db.prepare('SELECT * FROM person_requests WHERE id = ?').get(id) as
    RequestRow | undefined;
  if (!row) throw notFound('Personal data request');
  ctx.audit.targetType = 'personRequest';
  ctx.audit.targetId = id;
  return row;
}

/** Requests about this person still waiting (for the find view). */
export function pendingAbout(ctx: ServiceContext, s: Subject): PersonRequestView[] {
  const rows = ctx.db
    .prepare(
      "SELECT * FROM person_requests WHERE status IN ('pending','approved') ORDER BY requested_at DESC",
    )
    .all() as RequestRow[];
  const stored = storedSubject(s);
  return rows
    .filter((r) => (s.clientId ? r.client_id === s.clientId : r.subject === stored))
    .map((r) => requestView(ctx, r));
}

function assertPending(row: RequestRow) {
  if (row.status !== 'pending')
    throw new AppError('CONFLICT', 'This request has already been decided.', {
      reason: 'approval.decided',
    });
}

/** Which approval this person gives, or why they may not. */
function slotFor(ctx: ServiceContext, row: RequestRow): 'supervisor' | 'admin' {
  const me = ctx.staff!.id;
  if (row.requested_by === me)
    throw new AppError('CONFLICT', 'Nobody approves their own request.', {
      reason: 'approval.ownRequest',
    });
  if (row.supervisor_by === me || row.admin_by === me)
    throw new AppError('CONFLICT', 'You have already approved this request.', {
      reason: 'approval.already',
    });
  const admin = role(ctx) === 'admin';
  // An admin fills the admin slot where one is needed and free, else the supervisor's.
  if (admin && needsAdmin(row) && !row.admin_by) return 'admin';
  if (!row.supervisor_by) return 'supervisor';
  throw new AppError('CONFLICT', 'This request waits for an admin’s approval.', {
    reason: admin ? 'approval.already' : 'approval.needsAdmin',
  });
}

function erase(ctx: ServiceContext, row: RequestRow): RequestRow {
  const s = subjectOfRequest(ctx.db, row.client_id, row.subject);
  // A file destroyed meanwhile leaves nothing to erase under its id; the request still closes.
  const counts = s
    ? erasePerson(
        {
          db: ctx.db,
          now: ctx.now,
          ids: ctx.env.ids,
          staff: ctx.staff!,
          source: 'erasure',
          requestId: row.id,
        },
        s,
        true,
      )
    : {};
  if (s?.clientId)
    ctx.db
      .prepare(
        `INSERT INTO client_tombstones (client_id, request_id, destroyed_at, reason, requested_by, approved_by)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(
        s.clientId,
        row.id,
        ctx.now,
        row.reason,
        row.requested_by,
        JSON.stringify([row.supervisor_by, row.admin_by]),
      );
  ctx.db
    .prepare(
      "UPDATE person_requests SET status = 'erased', done_at = ?, subject = NULL, counts = ? WHERE id = ?",
    )
    .run(ctx.now, JSON.stringify(counts), row.id);
  // Other open requests about the same person have nothing left to work on.
  if (s?.clientId)
    ctx.db
      .prepare(
        "UPDATE person_requests SET status = 'rejected', rejected_at = ?, rejected_by = ?, reject_note = 'erased', subject = NULL WHERE client_id = ? AND status IN ('pending','approved') AND id <> ?",
      )
      .run(ctx.now, ctx.staff!.id, s.clientId, row.id);
  ctx.audit.detail = { ...ctx.audit.detail, erased: true, counts };
  ctx.afterCommit(() => ctx.db.pragma('wal_checkpoint(TRUNCATE)'));
  return loadRequest(ctx, row.id);
}

export const requestHandlers: Pick<
  Handlers,
  'personData.request' | 'personData.requests' | 'personData.approve' | 'personData.reject'
> = {
  'personData.request': (ctx, input) => {
    const s = resolveSubject(ctx.db, input.subject);
    const open = pendingAbout(ctx, s).some((r) => r.kind === input.kind);
    if (open)
      throw new AppError('CONFLICT', 'A request of this kind about this person is already open.', {
        reason: 'personData.pending',
      });
    const id = ctx.env.ids();
    ctx.db
      .prepare(
        `INSERT INTO person_requests (id, kind, client_id, subject, secrecy, reason, requested_by, requested_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        input.kind,
        s.clientId,
        storedSubject(s),
        s.secrecy,
        input.reason,
        ctx.staff!.id,
        ctx.now,
      );
    ctx.audit.detail = { kind: input.kind, clientId: s.clientId, withFile: !!s.clientId };
    return requestView(ctx, loadRequest(ctx, id));
  },

  'personData.requests': (ctx) => {
    const mine = FILE_GUARDIANS.includes(role(ctx)) ? '' : 'WHERE requested_by = @me';
    const rows = ctx.db
      .prepare(`SELECT * FROM person_requests ${mine} ORDER BY requested_at DESC LIMIT 200`)
      .all({ me: ctx.staff!.id }) as RequestRow[];
    return rows.map((r) => requestView(ctx, r));
  },

  'personData.approve': (ctx, input) => {
    const row = loadRequest(ctx, input.id);
    assertPending(row);
    const slot = slotFor(ctx, row);
    const next = { ...row, [`${slot}_by`]: ctx.staff!.id };
    const done = !!next.supervisor_by && (!needsAdmin(row) || !!next.admin_by);
    const status = done && row.kind === 'export' ? 'approved' : 'pending';
    ctx.db
      .prepare(`UPDATE person_requests SET ${slot}_by = ?, ${slot}_at = ?, status = ? WHERE id = ?`)
      .run(ctx.staff!.id, ctx.now, status, row.id);
    ctx.audit.detail = { slot, kind: row.kind, approved: done };
    const after = loadRequest(ctx, row.id);
    return requestView(ctx, done && row.kind === 'erase' ? erase(ctx, after) : after);
  },

  'personData.reject': (ctx, input) => {
    const row = loadRequest(ctx, input.id);
    if (row.status !== 'pending' && row.status !== 'approved')
      throw new AppError('CONFLICT', 'This request has already been decided.', {
        reason: 'approval.decided',
      });
    ctx.db
      .prepare(
        "UPDATE person_requests SET status = 'rejected', rejected_by = ?, rejected_at = ?, reject_note = ?, subject = NULL WHERE id = ?",
      )
      .run(ctx.staff!.id, ctx.now, input.note, row.id);
    return requestView(ctx, loadRequest(ctx, row.id));
  },
};
