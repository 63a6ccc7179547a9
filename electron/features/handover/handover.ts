import type { ParsedInput } from '../../../shared/contract';
import { normalizeTag } from '../../../shared/domain/desk';
import { denominationTotal } from '../../../shared/domain/shift';
import {
  getHandover,
  handoverOfShift,
  insertCorrection,
  insertHandover,
  updateHandover,
  type DraftFields,
  type HandoverRow,
} from './handoverQueries';
import { getShift, type ShiftRow } from '../shifts';
import type { ServiceContext } from '../../ipc/context';
import { AppError, notFound, validation } from '../../ipc/errors';
import { tagNotesOf } from './handoverContent';
import { handoverView } from './handoverView';
import type { Handlers } from '../../ipc/handler';

export function requireHandover(ctx: ServiceContext, id: string): HandoverRow {
  const row = getHandover(ctx.db, id);
  if (!row) throw notFound('Handover');
  ctx.audit.targetType = 'handover';
  ctx.audit.targetId = row.id;
  return row;
}

/** Only a shift at work is handed over; an abandoned one shows as missing instead. */
export function requireShiftAtWork(ctx: ServiceContext, shiftId: string): ShiftRow {
  const shift = getShift(ctx.db, shiftId);
  if (!shift) throw notFound('Shift');
  if (shift.status !== 'opening' && shift.status !== 'open')
    throw new AppError('CONFLICT', 'This shift is no longer at work.', {
      reason: 'handover.shiftNotOpen',
    });
  return shift;
}

export function assertDraft(row: HandoverRow): void {
  if (row.outgoing_signed_at !== null)
    throw new AppError('CONFLICT', 'This handover is signed; add a correction instead.', {
      reason: 'handover.signed',
    });
}

/** The cash counted: note by note (the total follows) or as one total, never two totals. */
function cashPatch(input: ParsedInput<'handover.saveDraft'>): Partial<DraftFields> {
  if (input.denominations) {
    const total = denominationTotal(input.denominations);
    if (input.countedCents !== undefined && input.countedCents !== total)
      throw validation({ countedCents: 'does not match the denominations' });
    return { denominations: JSON.stringify(input.denominations), counted_cents: total };
  }
  if (input.countedCents !== undefined)
    return { counted_cents: input.countedCents, denominations: null };
  return {};
}

function draftPatch(
  row: HandoverRow,
  input: ParsedInput<'handover.saveDraft'>,
): Partial<DraftFields> {
  const patch: Partial<DraftFields> = cashPatch(input);
  if (input.coaches) {
    patch.coach_female = input.coaches.female;
    patch.coach_male = input.coaches.male;
  }
  if (input.cashNote !== undefined) patch.cash_note = input.cashNote;
  if (input.summary !== undefined) patch.summary = input.summary;
  if (input.tagNotes) {
    const notes = tagNotesOf(row);
    for (const [tag, note] of Object.entries(input.tagNotes)) notes[normalizeTag(tag)] = note;
    patch.tag_notes = JSON.stringify(notes);
  }
  return patch;
}

export const handoverHandlers: Pick<
  Handlers,
  'handover.prepare' | 'handover.get' | 'handover.saveDraft' | 'handover.correct'
> = {
  'handover.prepare': (ctx, input) => {
    const shift = requireShiftAtWork(ctx, input.shiftId);
    let row = handoverOfShift(ctx.db, shift.id);
    ctx.audit.detail = { shiftId: shift.id, created: !row };
    if (!row) {
      insertHandover(ctx.db, {
        id: ctx.env.ids(),
        shift_id: shift.id,
        business_date: shift.business_date,
        created_at: ctx.now,
        created_by: ctx.staff!.id,
      });
      row = handoverOfShift(ctx.db, shift.id)!;
    }
    ctx.audit.targetType = 'handover';
    ctx.audit.targetId = row.id;
    return handoverView(ctx.db, row, ctx.now);
  },

  'handover.get': (ctx, input) =>
    handoverView(ctx.db, requireHandover(ctx, input.handoverId), ctx.now),

  'handover.saveDraft': (ctx, input) => {
    const row = requireHandover(ctx, input.handoverId);
    assertDraft(row);
    requireShiftAtWork(ctx, row.shift_id);
    const patch = draftPatch(row, input);
    updateHandover(ctx.db, row.id, patch, ctx.now, ctx.staff!.id);
    ctx.audit.detail = { fields: Object.keys(patch) };
    return handoverView(ctx.db, getHandover(ctx.db, row.id)!, ctx.now);
  },

  'handover.correct': (ctx, input) => {
    const row = requireHandover(ctx, input.handoverId);
    if (row.outgoing_signed_at === null)
      throw new AppError('CONFLICT', 'A draft is changed directly, not corrected.', {
        reason: 'handover.notSigned',
      });
    const id = ctx.env.ids();
    insertCorrection(ctx.db, {
      id,
      handover_id: row.id,
      section: input.section,
      body: input.body,
      at: ctx.now,
      by_staff: ctx.staff!.id,
    });
    ctx.audit.detail = { correctionId: id, section: input.section };
    return handoverView(ctx.db, row, ctx.now);
  },
};
