import { role } from '../../ipc/context';
import type { ExportRequestView } from '../../../shared/contract/clientViews';
import { FILE_GUARDIANS, secrecyRank, type SecrecyLevel } from '../../../shared/domain/clients';
import { businessDate } from '../../../shared/domain/time';
import type { ServiceContext } from '../../ipc/context';
import { AppError, notFound, validation } from '../../ipc/errors';

import { exportFolder, jobOwner } from '../../jobs';
import { exportJob } from './exportJob';
import { visibleClient } from '../clients';
import type { Handlers } from '../../ipc/handler';

interface ExportRow {
  id: string;
  requested_by: string;
  requested_at: number;
  format: 'csv' | 'xlsx';
  client_ids: string;
  client_count: number;
  highest_secrecy: SecrecyLevel;
  reason: string;
  status: ExportRequestView['status'];
  supervisor_by: string | null;
  admin_by: string | null;
  rejected_by: string | null;
  reject_note: string | null;
  exported_at: number | null;
  file_name: string | null;
}

const nameOf = (ctx: ServiceContext, id: string | null) =>
  id
    ? ((ctx.db.prepare('SELECT display_name FROM staff WHERE id = ?').pluck().get(id) as
        string | undefined) ?? null)
    : null;

function view(ctx: ServiceContext, r: ExportRow): ExportRequestView {
  return {
    id: r.id,
    requestedAt: r.requested_at,
    requestedBy: r.requested_by,
    requestedByName: nameOf(ctx, r.requested_by),
    format: r.format,
    reason: r.reason,
    clientCount: r.client_count,
    highestSecrecy: r.highest_secrecy,
    needsAdmin: r.highest_secrecy === 'topSecret',
    status: r.status,
    supervisorApprovedByName: nameOf(ctx, r.supervisor_by),
    adminApprovedByName: nameOf(ctx, r.admin_by),
    rejectedByName: nameOf(ctx, r.rejected_by),
    rejectNote: r.reject_note,
    exportedAt: r.exported_at,
    fileName: r.file_name,
  };
}

function load(ctx: ServiceContext, id: string): ExportRow {
  const row = ctx.db.prepare('SELECT * FROM export_requests WHERE id = ?').get(id) as
    ExportRow | undefined;
  if (!row) throw notFound('Export request');
  ctx.audit.targetType = 'exportRequest';
  ctx.audit.targetId = id;
  return row;
}

function assertPending(row: ExportRow): void {
  if (row.status !== 'pending')
    throw new AppError('CONFLICT', 'This request has already been decided.', {
      reason: 'approval.decided',
    });
}

/** One job writes a request's file; a second run while it works is refused, not queued. */
function assertNotRunning(ctx: ServiceContext, id: string): void {
  if (ctx.env.jobs.runningOn('exportRequest', id))
    throw new AppError('CONFLICT', 'This export is being written.', { reason: 'exports.running' });
}

export const exportHandlers: Pick<
  Handlers,
  'exports.request' | 'exports.list' | 'exports.approve' | 'exports.reject' | 'exports.run'
> = {
  'exports.request': (ctx, input) => {
    const ids = [...new Set(input.clientIds)];
    const found = ctx.db
      .prepare(
        `SELECT secrecy FROM clients c WHERE id IN (SELECT value FROM json_each(?)) AND ${visibleClient('c')}`,
      )
      .pluck()
      .all(JSON.stringify(ids)) as SecrecyLevel[];
    if (found.length !== ids.length) throw validation({ clientIds: 'unknown' });
    const highest = found.reduce<SecrecyLevel>(
      (a, b) => (secrecyRank(b) > secrecyRank(a) ? b : a),
      'none',
    );
    const id = ctx.env.ids();
    ctx.db
      .prepare(
        `INSERT INTO export_requests (id, requested_by, requested_at, format, client_ids, client_count, highest_secrecy, reason)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        ctx.staff!.id,
        ctx.now,
        input.format,
        JSON.stringify(ids),
        ids.length,
        highest,
        input.reason,
      );
    ctx.audit.detail = { count: ids.length, highest, format: input.format };
    return view(ctx, load(ctx, id));
  },

  'exports.list': (ctx) => {
    const mine = FILE_GUARDIANS.includes(role(ctx)) ? '' : 'WHERE requested_by = @me';
    const rows = ctx.db
      .prepare(`SELECT * FROM export_requests ${mine} ORDER BY requested_at DESC LIMIT 200`)
      .all({ me: ctx.staff!.id }) as ExportRow[];
    return rows.map((r) => view(ctx, r));
  },

  /** A supervisor's (or admin's) approval, plus an admin's for 绝密; two different people. */
  'exports.approve': (ctx, input) => {
    const row = load(ctx, input.id);
    assertPending(row);
    const me = ctx.staff!.id;
    if (row.requested_by === me)
      throw new AppError('CONFLICT', 'Nobody approves their own request.', {
        reason: 'approval.ownRequest',
      });
    if (row.supervisor_by === me || row.admin_by === me) {
      throw new AppError('CONFLICT', 'You have already approved this request.', {
        reason: 'approval.already',
      });
    }
    const needsAdmin = row.highest_secrecy === 'topSecret';
    const slot = role(ctx) === 'admin' && needsAdmin && !row.admin_by ? 'admin' : 'supervisor';
    if (slot === 'supervisor' && row.supervisor_by) {
      throw new AppError('CONFLICT', 'This request waits for an admin’s approval.', {
        reason: 'approval.needsAdmin',
      });
    }
    const next = { ...row, [`${slot}_by`]: me };
    const done = !!next.supervisor_by && (!needsAdmin || !!next.admin_by);
    ctx.db
      .prepare(`UPDATE export_requests SET ${slot}_by = ?, ${slot}_at = ?, status = ? WHERE id = ?`)
      .run(me, ctx.now, done ? 'approved' : 'pending', row.id);
    ctx.audit.detail = { slot, approved: done };
    return view(ctx, load(ctx, row.id));
  },

  'exports.reject': (ctx, input) => {
    const row = load(ctx, input.id);
    assertPending(row);
    ctx.db
      .prepare(
        "UPDATE export_requests SET status = 'rejected', rejected_by = ?, rejected_at = ?, reject_note = ? WHERE id = ?",
      )
      .run(ctx.staff!.id, ctx.now, input.note, row.id);
    return view(ctx, load(ctx, row.id));
  },

  'exports.run': (ctx, input) => {
    const row = load(ctx, input.id);
    if (row.status === 'exported')
      throw new AppError('CONFLICT', 'This export was already written.', {
        reason: 'exports.done',
      });
    assertNotRunning(ctx, row.id);
    if (row.status !== 'approved')
      throw new AppError('CONFLICT', 'This export is not approved.', {
        reason: 'exports.notApproved',
      });
    if (row.requested_by !== ctx.staff!.id && !FILE_GUARDIANS.includes(role(ctx))) {
      throw new AppError('FORBIDDEN', 'Only the requester writes the export.', {
        reason: 'exports.notRequester',
      });
    }
    const folder = exportFolder(ctx);
    const ids = JSON.parse(row.client_ids) as string[];
    const stamp = businessDate(ctx.now).replace(/-/g, '');
    const fileName = `deskbook-export-${stamp}-${row.id.slice(-8)}.${row.format}`;
    const jobId = ctx.env.ids();
    ctx.audit.detail = { rows: ids.length, format: row.format, fileName, job: jobId };
    const { env, staff } = ctx;
    const owner = jobOwner(ctx);
    const job = {
      requestId: row.id,
      reason: row.reason,
      ids,
      format: row.format,
      folder,
      fileName,
    };
    ctx.afterCommit(() => env.jobs.start(jobId, owner, exportJob(env, staff!, job)));
    return { jobId };
  },
};
