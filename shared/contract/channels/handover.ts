import { z } from 'zod';
import { ADMIN_ONLY, ALL_ROLES, OVERSIGHT_ROLES } from '../../domain/roles';
import { RECEPTION_DESK } from '../../domain/rotation';
import { DENOMINATIONS_CENTS, HANDOVER_SECTIONS, SHIFT_MANAGERS } from '../../domain/shift';
import { dayField } from '../clientFields';
import { channel } from '../define';
import { idField, pinField } from '../fields';
import type { HandoverBoard, HandoverDayPrint, HandoverView } from '../handoverViews';

const handoverInput = z.strictObject({ handoverId: idField });
const note = (max: number) => z.string().trim().min(1).max(max);
const sectionField = z.enum(HANDOVER_SECTIONS);
const denominationKey = z.enum(DENOMINATIONS_CENTS.map(String) as [string, ...string[]]);
const coachCount = z.number().int().min(0).max(500);

const receiveInput = z
  .strictObject({
    handoverId: idField,
    pin: pinField,
    confirmed: z.array(sectionField).max(HANDOVER_SECTIONS.length),
    flags: z.array(z.strictObject({ section: sectionField, note: note(500) })).max(5),
  })
  .superRefine((v, ctx) => {
    // Every section checked exactly once: confirmed or flagged, never both, never skipped.
    const seen = [...v.confirmed, ...v.flags.map((f) => f.section)];
    const missing = HANDOVER_SECTIONS.filter((s) => !seen.includes(s));
    if (missing.length > 0 || seen.length !== HANDOVER_SECTIONS.length)
      ctx.addIssue({
        code: 'custom',
        path: ['confirmed'],
        message: `check each section once: ${missing.join(', ') || 'duplicates'}`,
      });
  });

export const handoverChannels = {
  /** 交班准备: the shift's handover draft, created on first call, filled from the records. */
  'handover.prepare': channel<HandoverView>()({
    input: z.strictObject({ shiftId: idField }),
    roles: RECEPTION_DESK,
    audit: true,
  }),
  /** A handover as it stands: live while draft, frozen once the outgoing side signed. */
  'handover.get': channel<HandoverView>()({
    input: handoverInput,
    roles: ALL_ROLES,
    audit: false,
  }),
  /** What only people know: coaches on duty, the cash counted, notes, the summary. */
  'handover.saveDraft': channel<HandoverView>()({
    input: z.strictObject({
      handoverId: idField,
      coaches: z.strictObject({ female: coachCount, male: coachCount }).optional(),
      countedCents: z.number().int().min(0).max(100_000_000).optional(),
      denominations: z
        .partialRecord(denominationKey, z.number().int().min(0).max(100_000))
        .optional(),
      cashNote: note(500).optional(),
      tagNotes: z.record(z.string().trim().min(1).max(10), note(200)).optional(),
      summary: note(4000).optional(),
    }),
    roles: RECEPTION_DESK,
    audit: true,
  }),
  /** 交班人签字 with the signer's own PIN; freezes the handover and anchors the audit chain. */
  'handover.signOutgoing': channel<HandoverView>()({
    input: z.strictObject({ handoverId: idField, pin: pinField }),
    roles: RECEPTION_DESK,
    audit: true,
  }),
  /** 接班人签字: each section confirmed or flagged, in the incoming person's own session. */
  'handover.receive': channel<HandoverView>()({
    input: receiveInput,
    roles: RECEPTION_DESK,
    audit: true,
  }),
  /** Accept with a note; for a flagged handover the note resolves the flag. */
  'handover.review': channel<HandoverView>()({
    input: z.strictObject({ handoverId: idField, note: note(1000) }),
    roles: SHIFT_MANAGERS,
    audit: true,
  }),
  /** A signed handover is never edited; a correction is linked to it. */
  'handover.correct': channel<HandoverView>()({
    input: z.strictObject({ handoverId: idField, section: sectionField, body: note(1000) }),
    roles: RECEPTION_DESK,
    audit: true,
  }),
  /** The supervisor's board of a range of days: signed, flagged, missing, open items. */
  'handover.board': channel<HandoverBoard>()({
    input: z
      .strictObject({ from: dayField, to: dayField })
      .refine((v) => v.from <= v.to, { message: 'from must not be after to', path: ['from'] })
      .refine((v) => Date.parse(v.to) - Date.parse(v.from) <= 31 * 86_400_000, {
        message: 'at most 31 days',
        path: ['to'],
      }),
    roles: SHIFT_MANAGERS,
    audit: false,
  }),
  /** Every handover of a day, for the print view. */
  'handover.printDay': channel<HandoverDayPrint>()({
    input: z.strictObject({ businessDate: dayField }),
    roles: SHIFT_MANAGERS,
    audit: true,
  }),
  /** Removes handovers older than the retention period (never younger); anchors are kept. */
  'handover.purgeExpired': channel<{ removed: number; keptFrom: string }>()({
    input: z.strictObject({ confirm: z.literal(true) }),
    roles: ADMIN_ONLY,
    audit: true,
  }),
  /** A fingerprint read off a printed handover, looked up in the chain. */
  'audit.checkFingerprint': channel<{
    found: boolean;
    seq: number | null;
    at: number | null;
    anchored: boolean;
  }>()({
    input: z.strictObject({
      fingerprint: z
        .string()
        .trim()
        .regex(/^[0-9A-Fa-f]{4}(-?[0-9A-Fa-f]{4}){3}$/, 'XXXX-XXXX-XXXX-XXXX'),
    }),
    roles: OVERSIGHT_ROLES,
    audit: true,
  }),
  /** Saves the page on screen (a print view) as PDF where the person chooses (Electron). */
  'print.savePdf': channel<{ saved: boolean; fileName: string | null }>()({
    input: z.strictObject({
      fileName: z
        .string()
        .trim()
        .regex(/^[\p{L}\p{N} ._-]{1,80}\.pdf$/u, 'a file name ending in .pdf'),
      /** The sheet: A4 (handovers, the default) or a CR80 visitor badge, edge to edge. */
      paper: z.enum(['a4', 'badge']).optional(),
    }),
    roles: ALL_ROLES,
    audit: true,
  }),
};
