import { z } from 'zod';
import { ALL_ROLES, OVERSIGHT_ROLES } from '../../domain/roles';
import { RECEPTION_DESK } from '../../domain/rotation';
import { CHECKLIST_PHASES, HHMM, LOG_CATEGORIES, SHIFT_MANAGERS } from '../../domain/shift';
import { dayField, reasonField } from '../clientFields';
import { channel } from '../define';
import { idField, noInput, pinField, timestampField, usernameField } from '../fields';
import type {
  ChecklistItem,
  CurrentShift,
  FollowUpHistory,
  LogEntryView,
  RosterEntry,
  ShiftLogView,
  ShiftTemplate,
  ShiftView,
} from '../shiftViews';

const hhmmField = z.string().regex(HHMM, 'a time as HH:MM');
const entryBody = z.string().trim().min(1).max(2000);
const shiftInput = z.strictObject({ shiftId: idField });
/** A range of business days, at most about two months. */
const dayRange = z
  .strictObject({ from: dayField, to: dayField })
  .refine((v) => v.from <= v.to, { message: 'from must not be after to', path: ['from'] })
  .refine((v) => Date.parse(v.to) - Date.parse(v.from) <= 62 * 86_400_000, {
    message: 'at most 62 days',
    path: ['to'],
  });

export const shiftChannels = {
  /** The desk's current shift with its staff, checklists and what must be acknowledged. */
  'shifts.current': channel<CurrentShift>()({ input: noInput, roles: ALL_ROLES, audit: false }),
  /** One shift, current or past. */
  'shifts.get': channel<ShiftView>()({ input: shiftInput, roles: ALL_ROLES, audit: false }),
  /** 开班: one shift at a time; the opener is clocked in and the checklists are copied. */
  'shifts.open': channel<ShiftView>()({
    input: z.strictObject({
      templateId: idField,
      openingFloatCents: z.number().int().min(0).max(100_000_000),
    }),
    roles: RECEPTION_DESK,
    audit: true,
  }),
  /** 考勤 clock-in of a colleague (or oneself) with their own name and PIN; late is flagged. */
  'shifts.clockIn': channel<ShiftView>()({
    input: z.strictObject({ shiftId: idField, username: usernameField, pin: pinField }),
    roles: RECEPTION_DESK,
    audit: true,
  }),
  'shifts.clockOut': channel<ShiftView>()({
    input: z.strictObject({ shiftId: idField, username: usernameField, pin: pinField }),
    roles: RECEPTION_DESK,
    audit: true,
  }),
  /** Ticks (or unticks, before hand-over) one checklist item of the shift. */
  'shifts.check': channel<ShiftView>()({
    input: z.strictObject({ shiftId: idField, itemId: idField, done: z.boolean() }),
    roles: RECEPTION_DESK,
    audit: true,
  }),
  /** The previous handover read, or an unread note for the next shift read (marks it read). */
  'shifts.acknowledge': channel<ShiftView>()({
    input: z.strictObject({
      shiftId: idField,
      kind: z.enum(['handover', 'message']),
      refId: idField,
    }),
    roles: RECEPTION_DESK,
    audit: true,
  }),
  /** Opening checklist done and everything acknowledged: the shift is at work. */
  'shifts.start': channel<ShiftView>()({ input: shiftInput, roles: RECEPTION_DESK, audit: true }),
  /** A manager closes a shift nobody handed over; it shows as missing on the board. */
  'shifts.abandon': channel<ShiftView>()({
    input: z.strictObject({ shiftId: idField, reason: reasonField }),
    roles: SHIFT_MANAGERS,
    audit: true,
  }),

  'shifts.templates': channel<ShiftTemplate[]>()({
    input: noInput,
    roles: ALL_ROLES,
    audit: false,
  }),
  'shifts.setTemplate': channel<ShiftTemplate>()({
    input: z
      .strictObject({
        id: idField.optional(),
        name: z.string().trim().min(1).max(30),
        startsAt: hhmmField,
        endsAt: hhmmField,
        active: z.boolean().optional(),
        sort: z.number().int().min(0).max(1000).optional(),
      })
      .refine((v) => v.startsAt !== v.endsAt, {
        message: 'the end must differ from the start',
        path: ['endsAt'],
      }),
    roles: OVERSIGHT_ROLES,
    audit: true,
  }),
  'shifts.checklist': channel<ChecklistItem[]>()({
    input: noInput,
    roles: ALL_ROLES,
    audit: false,
  }),
  'shifts.setChecklistItem': channel<ChecklistItem>()({
    input: z.strictObject({
      id: idField.optional(),
      phase: z.enum(CHECKLIST_PHASES),
      label: z.string().trim().min(1).max(120),
      active: z.boolean().optional(),
      sort: z.number().int().min(0).max(1000).optional(),
    }),
    roles: OVERSIGHT_ROLES,
    audit: true,
  }),
  /** 排班 of a range of days. */
  'shifts.roster': channel<RosterEntry[]>()({ input: dayRange, roles: ALL_ROLES, audit: false }),
  /** Replaces who is planned on one shift of one day. */
  'shifts.setRoster': channel<RosterEntry[]>()({
    input: z.strictObject({
      businessDate: dayField,
      templateId: idField,
      staffIds: z.array(idField).max(20),
    }),
    roles: SHIFT_MANAGERS,
    audit: true,
  }),

  /** 值班日志 of a shift (the current one when omitted) plus follow-ups carried over. */
  'shiftLog.list': channel<ShiftLogView>()({
    input: z.strictObject({ shiftId: idField.optional() }).optional(),
    roles: ALL_ROLES,
    audit: false,
  }),
  /** An entry in the current shift; a follow-up travels to later shifts until done. */
  'shiftLog.add': channel<LogEntryView>()({
    input: z.strictObject({
      category: z.enum(LOG_CATEGORIES),
      body: entryBody,
      followUp: z
        .strictObject({ ownerId: idField.optional(), dueAt: timestampField.optional() })
        .optional(),
    }),
    roles: RECEPTION_DESK,
    audit: true,
  }),
  /** Its author fixes an entry before the shift is handed over; afterwards, correct it. */
  'shiftLog.edit': channel<LogEntryView>()({
    input: z.strictObject({
      entryId: idField,
      category: z.enum(LOG_CATEGORIES),
      body: entryBody,
    }),
    roles: RECEPTION_DESK,
    audit: true,
  }),
  /** A new entry in the current shift, linked to the one it corrects. */
  'shiftLog.correct': channel<LogEntryView>()({
    input: z.strictObject({ entryId: idField, body: entryBody }),
    roles: RECEPTION_DESK,
    audit: true,
  }),
  'shiftLog.completeFollowUp': channel<LogEntryView>()({
    input: z.strictObject({ entryId: idField, note: z.string().trim().min(1).max(500) }),
    roles: RECEPTION_DESK,
    audit: true,
  }),
  /** Every shift a follow-up travelled through, with each handover's state. */
  'shiftLog.followUpHistory': channel<FollowUpHistory>()({
    input: z.strictObject({ entryId: idField }),
    roles: ALL_ROLES,
    audit: false,
  }),
};
