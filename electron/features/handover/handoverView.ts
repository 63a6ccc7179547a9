import { addMonths } from '../../../shared/domain/time';
import type {
  HandoverBlocker,
  HandoverContent,
  HandoverView,
} from '../../../shared/contract/handoverViews';
import type { Module } from '../../../shared/domain/modules';
import type { HandoverSection, HandoverStatus } from '../../../shared/domain/shift';
import { fingerprint } from '../../audit/chain';
import { correctionsOf, flagsOf, getReceipt, getReview, type HandoverRow } from './handoverQueries';
import { staffNames } from './handoverRecordQueries';
import { DEFAULT_SETTINGS, modulesInUse, readSettings } from '../settings';
import { getShift, shiftStaffRows } from '../shifts';
import type { Db } from '../../db/types';
import { generateContent } from './handoverContent';
import { redactionsOf } from './handoverRedaction';

/** No outgoing signature: draft; no receipt: awaiting; reviewed: accepted; else as received. */
export function handoverStatus(db: Db, row: HandoverRow): HandoverStatus {
  if (row.outgoing_signed_at === null) return 'draft';
  const receipt = getReceipt(db, row.id);
  if (!receipt) return 'awaitingIncoming';
  if (getReview(db, row.id)) return 'accepted';
  return receipt.outcome === 'flagged' ? 'flagged' : 'signed';
}

/**
 * What stands between the draft and the outgoing signature, each named for the form. The
 * coaches on duty are a gym's figure: a site without the member desk is not asked for them.
 */
export function blockersOf(
  content: HandoverContent,
  modules: readonly Module[],
): HandoverBlocker[] {
  const out: HandoverBlocker[] = [];
  const open = content.closingChecklist.filter((c) => !c.done).length;
  if (open > 0) out.push({ kind: 'closingChecklist', open });
  for (const t of content.openItems.tagsOut)
    if (!t.note) out.push({ kind: 'tagNote', tagNumber: t.tagNumber });
  const cash = content.cash;
  if (cash.countedCents === null) out.push({ kind: 'cashNotCounted' });
  else if (cash.varianceCents !== 0 && !cash.note) out.push({ kind: 'varianceNote' });
  if (!content.summary) out.push({ kind: 'summary' });
  if (!content.figures.coaches && modules.includes('handTags')) out.push({ kind: 'coaches' });
  return out;
}

/** The blockers as the refusal's fields, keyed like the draft's inputs. */
export function blockerFields(blockers: HandoverBlocker[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const b of blockers) {
    if (b.kind === 'closingChecklist') fields.closingChecklist = `${b.open} open`;
    else if (b.kind === 'tagNote') fields[`tagNotes.${b.tagNumber}`] = 'required';
    else if (b.kind === 'cashNotCounted') fields.countedCents = 'required';
    else if (b.kind === 'varianceNote') fields.cashNote = 'required';
    else fields[b.kind] = 'required';
  }
  return fields;
}

export function retentionMonths(db: Db): number {
  return readSettings(db).handoverRetentionMonths ?? DEFAULT_SETTINGS.handoverRetentionMonths!;
}

/** Live content while draft (counted up to `now`); the frozen content once signed. */
export function contentOf(db: Db, row: HandoverRow, now: number): HandoverContent {
  if (row.content !== null) return JSON.parse(row.content) as HandoverContent;
  const shift = getShift(db, row.shift_id)!;
  // A draft left behind by an abandoned shift stops counting when the shift was closed.
  const to = shift.status === 'abandoned' && shift.closed_at ? Math.min(now, shift.closed_at) : now;
  return generateContent(db, shift, row, to);
}

export function handoverView(db: Db, row: HandoverRow, now: number): HandoverView {
  const shift = getShift(db, row.shift_id)!;
  const names = staffNames(db);
  const name = (id: string) => names.get(id) ?? '';
  const content = contentOf(db, row, now);
  const receipt = getReceipt(db, row.id);
  const review = getReview(db, row.id);
  return {
    id: row.id,
    shiftId: shift.id,
    shiftName: shift.name,
    businessDate: row.business_date,
    plannedStart: shift.planned_start,
    plannedEnd: shift.planned_end,
    status: handoverStatus(db, row),
    content,
    blockers: row.outgoing_signed_at === null ? blockersOf(content, modulesInUse(db)) : [],
    outgoing:
      row.outgoing_id && row.outgoing_signed_at !== null
        ? { staffId: row.outgoing_id, name: name(row.outgoing_id), at: row.outgoing_signed_at }
        : null,
    incoming: receipt
      ? { staffId: receipt.incoming_id, name: name(receipt.incoming_id), at: receipt.at }
      : null,
    confirmedSections: receipt ? (JSON.parse(receipt.confirmed) as HandoverSection[]) : [],
    flags: flagsOf(db, row.id).map((f) => ({
      section: f.section,
      note: f.note,
      at: f.at,
      byName: name(f.by_staff),
    })),
    review: review
      ? { reviewerName: name(review.reviewer_id), at: review.at, note: review.note }
      : null,
    corrections: correctionsOf(db, row.id).map((c) => ({
      id: c.id,
      section: c.section,
      body: c.body,
      at: c.at,
      byName: name(c.by_staff),
    })),
    auditSeq: row.audit_seq,
    auditHead: row.audit_head,
    auditFingerprint: row.audit_head ? fingerprint(row.audit_head) : null,
    staffNames: shiftStaffRows(db, shift.id).map((s) => s.display_name),
    keepUntil: addMonths(row.business_date, retentionMonths(db)),
    redactions: redactionsOf(db, row.id),
  };
}
