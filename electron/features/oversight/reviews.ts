import type { ReviewDue, ReviewKind } from '../../../shared/contract/clientViews';
import { role, today } from '../../ipc/context';
import { nextCreditReview, nextFileReview } from '../../../shared/domain/clients';
import type { Role } from '../../../shared/domain/roles';
import { addDays } from '../../../shared/domain/time';
import { clientsByIds, updateClient, type ClientRow } from '../clients';
import type { ServiceContext } from '../../ipc/context';
import { AppError } from '../../ipc/errors';
import { assertMayChange, requireClient } from '../clients';
import { summaryOf, visibleClient } from '../clients';
import type { Handlers } from '../../ipc/handler';

const CREDIT_REVIEWERS: readonly Role[] = ['dutyManager', 'supervisor', 'admin'];
const COLUMN: Record<ReviewKind, 'file_review_due' | 'credit_review_due'> = {
  file: 'file_review_due',
  credit: 'credit_review_due',
};

function dueItem(ctx: ServiceContext, row: ClientRow, kind: ReviewKind): ReviewDue {
  const dueOn = row[COLUMN[kind]];
  return {
    client: summaryOf(row, role(ctx), today(ctx)),
    kind,
    dueOn,
    overdue: dueOn < today(ctx),
  };
}

function dueIds(ctx: ServiceContext, kind: ReviewKind, until: string): string[] {
  return ctx.db
    .prepare(
      `SELECT id FROM clients c WHERE ${COLUMN[kind]} <= ? AND ${visibleClient('c')} ORDER BY ${COLUMN[kind]}, sort_key LIMIT 500`,
    )
    .pluck()
    .all(until) as string[];
}

export const reviewHandlers: Pick<Handlers, 'reviews.due' | 'reviews.complete'> = {
  'reviews.due': (ctx, input) => {
    const until = addDays(today(ctx), input?.withinDays ?? 14);
    const kinds: ReviewKind[] = input?.kind ? [input.kind] : ['file', 'credit'];
    return kinds
      .flatMap((kind) =>
        clientsByIds(ctx.db, dueIds(ctx, kind, until)).map((row) => dueItem(ctx, row, kind)),
      )
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  },

  'reviews.complete': (ctx, input) => {
    const row = requireClient(ctx, input.clientId);
    assertMayChange(ctx, row);
    if (input.kind === 'credit' && !CREDIT_REVIEWERS.includes(role(ctx))) {
      throw new AppError('FORBIDDEN', 'Credit reviews are a manager’s task.', {
        reason: 'reviews.creditRole',
      });
    }
    const day = today(ctx);
    const gradeAfter =
      input.kind === 'credit' ? (input.grade ?? row.credit_grade) : row.credit_grade;
    ctx.db
      .prepare(
        `INSERT INTO client_reviews (id, client_id, kind, at, staff_id, grade_before, grade_after, note)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        ctx.env.ids(),
        row.id,
        input.kind,
        ctx.now,
        ctx.staff!.id,
        row.credit_grade,
        gradeAfter,
        input.note ?? null,
      );
    const patch =
      input.kind === 'file'
        ? { file_review_due: nextFileReview(day) }
        : { credit_grade: gradeAfter, credit_review_due: nextCreditReview(day, gradeAfter) };
    if (gradeAfter !== row.credit_grade) {
      ctx.db
        .prepare(
          "INSERT INTO client_changes (client_id, at, staff_id, field, old_value, new_value) VALUES (?, ?, ?, 'creditGrade', ?, ?)",
        )
        .run(row.id, ctx.now, ctx.staff!.id, row.credit_grade, gradeAfter);
    }
    updateClient(ctx.db, row.id, patch, ctx.now);
    ctx.audit.detail = { kind: input.kind, gradeBefore: row.credit_grade, gradeAfter };
    const fresh = clientsByIds(ctx.db, [row.id])[0]!;
    return dueItem(ctx, fresh, input.kind);
  },
};
