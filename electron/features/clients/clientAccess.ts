import { role } from '../../ipc/context';
import type { FileAccessKind } from '../../../shared/contract/clientViews';
import { FILE_GUARDIANS, isRestricted } from '../../../shared/domain/clients';
import { getClient, type ClientRow } from './clientQueries';
import type { ServiceContext } from '../../ipc/context';
import { AppError, notFound, validation, type Denied } from '../../ipc/errors';
import { declassifyExpired } from './declassify';
import { recordAccess } from '../oversight';

/** Loads a file for a call, after any secrecy period that ended has been lifted. */
export function requireClient(ctx: ServiceContext, id: string): ClientRow {
  declassifyExpired(ctx.db, ctx.now);
  const row = getClient(ctx.db, id);
  if (!row) throw notFound('Client file');
  ctx.audit.targetType = 'client';
  ctx.audit.targetId = id;
  return row;
}

export function isGuardian(ctx: ServiceContext): boolean {
  return FILE_GUARDIANS.includes(role(ctx));
}

/**
 * The rule for reading a file's content: 机密/绝密 need a supervisor or admin AND a
 * reason, and every reading of a classified file goes on its borrowing card. A refusal
 * is recorded too (returned as Denied so that record is kept).
 */
export function admitReader(
  ctx: ServiceContext,
  row: ClientRow,
  kind: Exclude<FileAccessKind, 'refused' | 'export'>,
  reason: string | undefined,
  field?: string,
): Denied | null {
  const base = {
    at: ctx.now,
    staffId: ctx.staff!.id,
    clientId: row.id,
    secrecy: row.secrecy,
    field: field ?? null,
  };
  if (isRestricted(row.secrecy) && !isGuardian(ctx)) {
    recordAccess(ctx.db, { ...base, id: ctx.env.ids(), kind: 'refused', reason: reason ?? null });
    ctx.audit.detail = { secrecy: row.secrecy, kind };
    return ctx.deny({
      code: 'FORBIDDEN',
      message: 'Only a supervisor or an admin may open this file.',
      reason: 'clients.restricted',
    });
  }
  if (isRestricted(row.secrecy) && !reason) {
    throw validation({ reason: 'required' }, 'clients.reasonRequired');
  }
  if (row.secrecy !== 'none')
    recordAccess(ctx.db, { ...base, id: ctx.env.ids(), kind, reason: reason ?? null });
  ctx.audit.detail = { secrecy: row.secrecy, kind, ...(field ? { field } : {}) };
  return null;
}

/** Changing a restricted file is for those who may read it. */
export function assertMayChange(ctx: ServiceContext, row: ClientRow): void {
  if (isRestricted(row.secrecy) && !isGuardian(ctx)) {
    throw new AppError('FORBIDDEN', 'Only a supervisor or an admin may change this file.', {
      reason: 'clients.restricted',
    });
  }
}
