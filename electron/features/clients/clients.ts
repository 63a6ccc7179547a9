import {
  isRestricted,
  nextCreditReview,
  nextFileReview,
  secrecyRank,
  type CreditGrade,
} from '../../../shared/domain/clients';
import { role, today } from '../../ipc/context';
import {
  getClient,
  getClientByCard,
  listClients,
  clientsByIds,
  insertClient,
  updateClient,
  type ClientColumns,
  type ClientRow,
} from './clientQueries';
import { getStaff } from '../staff';
import { prcIdProblem } from '../../../shared/domain/idNumber';
import type { Role } from '../../../shared/domain/roles';
import type { z } from 'zod';
import type { clientCreateInput } from '../../../shared/contract/clientFields';
import type { ServiceContext } from '../../ipc/context';
import { AppError, validation } from '../../ipc/errors';
import { admitReader, assertMayChange, isGuardian, requireClient } from './clientAccess';
import { columnsFromInput, FIELD_OF, historyValue } from './clientColumns';
import { namePinyin, reindexClient, searchClientIds } from './clientSearch';
import { fileOf, summaryOf } from './clientViews';
import type { Handlers } from '../../ipc/handler';

function assertCardFree(
  ctx: ServiceContext,
  card: string | null | undefined,
  selfId?: string,
): void {
  if (!card) return;
  const holder = getClientByCard(ctx.db, card);
  if (holder && holder.id !== selfId) {
    throw new AppError('CONFLICT', 'That card number belongs to another file.', {
      reason: 'clients.cardTaken',
      fields: { cardNumber: 'duplicate' },
    });
  }
}

function assertConsultant(ctx: ServiceContext, id: string | null | undefined): void {
  if (!id) return;
  const staff = getStaff(ctx.db, id);
  if (!staff || staff.active !== 1) throw validation({ consultantId: 'unknown' });
}

function assertMaySetSecrecy(ctx: ServiceContext): void {
  if (!isGuardian(ctx)) {
    throw new AppError(
      'FORBIDDEN',
      'Setting a secrecy level is a supervisor’s or admin’s action.',
      { reason: 'clients.secrecyRole' },
    );
  }
}

function writeHistory(
  ctx: ServiceContext,
  before: ClientRow,
  after: Partial<ClientColumns>,
): string[] {
  const insert = ctx.db.prepare(
    'INSERT INTO client_changes (client_id, at, staff_id, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const changed: string[] = [];
  for (const [column, value] of Object.entries(after)) {
    const old = before[column as keyof ClientRow];
    if (old === value || (old ?? null) === (value ?? null)) continue;
    const field = FIELD_OF[column] ?? column;
    changed.push(field);
    insert.run(
      before.id,
      ctx.now,
      ctx.staff!.id,
      field,
      historyValue(column, old, before),
      historyValue(column, value, {
        id_type: (after.id_type ?? before.id_type) as ClientRow['id_type'],
      }),
    );
  }
  return changed;
}

/** Writes one file and its search terms; an import passes its job id, which keeps the row unpublished. */
export function insertClientRecord(
  ctx: ServiceContext,
  input: z.output<typeof clientCreateInput>,
  pendingJob?: string,
): string {
  const level = input.secrecy ?? 'none';
  if (level !== 'none') assertMaySetSecrecy(ctx);
  assertCardFree(ctx, input.cardNumber);
  assertConsultant(ctx, input.consultantId);
  const day = today(ctx);
  const grade: CreditGrade = input.creditGrade ?? 'B';
  const id = ctx.env.ids();
  const columns = {
    id,
    sort_key: '',
    phones: '[]',
    contacts: '[]',
    tags: '[]',
    credit_grade: grade,
    ...columnsFromInput(input),
    secrecy: level,
    secrecy_until: level === 'none' ? null : (input.secrecyUntil ?? null),
    file_review_due: nextFileReview(day),
    credit_review_due: nextCreditReview(day, grade),
    version: 1,
    created_by: ctx.staff!.id,
    created_at: ctx.now,
    updated_at: ctx.now,
  } as ClientColumns;
  insertClient(ctx.db, pendingJob ? { ...columns, pending_job: pendingJob } : columns);
  reindexClient(ctx.db, id, columns);
  return id;
}

export function createClientRecord(ctx: ServiceContext, input: z.output<typeof clientCreateInput>) {
  const id = insertClientRecord(ctx, input);
  ctx.audit.targetType = 'client';
  ctx.audit.targetId = id;
  ctx.audit.detail = { kind: input.kind, secrecy: input.secrecy ?? 'none' };
  return fileOf(ctx.db, getClient(ctx.db, id)!, role(ctx), today(ctx));
}

export const clientHandlers: Pick<
  Handlers,
  | 'clients.search'
  | 'clients.list'
  | 'clients.summary'
  | 'clients.get'
  | 'clients.create'
  | 'clients.update'
  | 'clients.setSecrecy'
  | 'clients.history'
  | 'staff.directory'
> = {
  'clients.search': (ctx, input) => {
    const ids = searchClientIds(ctx.db, input.q, input.limit ?? 20, ctx.now);
    return clientsByIds(ctx.db, ids).map((row) => summaryOf(row, role(ctx), today(ctx)));
  },

  'clients.list': (ctx, input) => {
    const ids = input?.q ? searchClientIds(ctx.db, input.q, 500, ctx.now) : undefined;
    const page = listClients(ctx.db, {
      ...(ids ? { ids } : {}),
      ...(input?.kind ? { kind: input.kind } : {}),
      ...(input?.status ? { status: input.status } : {}),
      ...(input?.creditGrade ? { creditGrade: input.creditGrade } : {}),
      ...(input?.secrecy ? { secrecy: input.secrecy } : {}),
      ...(input?.consultantId ? { consultantId: input.consultantId } : {}),
      ...(input?.tag ? { tag: input.tag } : {}),
      offset: input?.offset ?? 0,
      limit: input?.limit ?? 50,
    });
    return { total: page.total, rows: page.rows.map((r) => summaryOf(r, role(ctx), today(ctx))) };
  },

  'clients.summary': (ctx, input) => summaryOf(requireClient(ctx, input.id), role(ctx), today(ctx)),

  'clients.get': (ctx, input) => {
    const row = requireClient(ctx, input.id);
    const denied = admitReader(ctx, row, 'open', input.reason);
    return denied ?? fileOf(ctx.db, row, role(ctx), today(ctx));
  },

  'clients.create': (ctx, input) => createClientRecord(ctx, input),

  'clients.update': (ctx, input) => {
    const row = requireClient(ctx, input.id);
    assertMayChange(ctx, row);
    if (input.version !== row.version) {
      throw new AppError('CONFLICT', 'Someone changed this file meanwhile; reload it.', {
        reason: 'clients.stale',
      });
    }
    const merged = { ...row, ...columnsFromInput(input) };
    // The type and the number may arrive in separate edits; the pair must still be valid.
    const idProblem =
      merged.id_type === 'prcId' && merged.id_number ? prcIdProblem(merged.id_number) : null;
    if (idProblem) throw validation({ idNumber: idProblem });
    assertCardFree(ctx, input.cardNumber, row.id);
    assertConsultant(ctx, input.consultantId);
    const patch = columnsFromInput(input);
    const changed = writeHistory(ctx, row, patch);
    if (changed.length === 0) return fileOf(ctx.db, row, role(ctx), today(ctx));
    updateClient(ctx.db, row.id, patch, ctx.now);
    const fresh = getClient(ctx.db, row.id)!;
    reindexClient(ctx.db, row.id, fresh);
    ctx.audit.detail = { changed };
    return fileOf(ctx.db, fresh, role(ctx), today(ctx));
  },

  'clients.setSecrecy': (ctx, input) => {
    const row = requireClient(ctx, input.id);
    if (input.until !== null && input.until <= ctx.now) throw validation({ until: 'in the past' });
    const until = input.level === 'none' ? null : input.until;
    const changed = writeHistory(ctx, row, { secrecy: input.level, secrecy_until: until });
    if (changed.length)
      updateClient(ctx.db, row.id, { secrecy: input.level, secrecy_until: until }, ctx.now);
    ctx.audit.detail = {
      from: row.secrecy,
      to: input.level,
      ...(secrecyRank(input.level) < secrecyRank(row.secrecy) ? { lowered: true } : {}),
      reason: input.reason,
    };
    return fileOf(ctx.db, getClient(ctx.db, row.id)!, role(ctx), today(ctx));
  },

  'clients.history': (ctx, input) => {
    const row = requireClient(ctx, input.id);
    if (isRestricted(row.secrecy)) assertMayChange(ctx, row);
    const rows = ctx.db
      .prepare(
        `SELECT ch.at, s.display_name AS staff_name, ch.field, ch.old_value, ch.new_value
         FROM client_changes ch LEFT JOIN staff s ON s.id = ch.staff_id
         WHERE ch.client_id = ? ORDER BY ch.id DESC`,
      )
      .all(row.id) as {
      at: number;
      staff_name: string | null;
      field: string;
      old_value: string | null;
      new_value: string | null;
    }[];
    return rows.map((r) => ({
      at: r.at,
      staffName: r.staff_name,
      field: r.field,
      oldValue: r.old_value,
      newValue: r.new_value,
    }));
  },

  'staff.directory': (ctx) =>
    (
      ctx.db
        .prepare('SELECT id, display_name, role FROM staff WHERE active = 1 ORDER BY display_name')
        .all() as {
        id: string;
        display_name: string;
        role: Role;
      }[]
    ).map((s) => ({
      id: s.id,
      displayName: s.display_name,
      role: s.role,
      pinyin: namePinyin(s.display_name),
    })),
};
