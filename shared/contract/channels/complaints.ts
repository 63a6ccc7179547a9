import { z } from 'zod';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_SEVERITIES,
  COMPLAINT_STATES,
  REMEDY_KINDS,
} from '../../domain/complaint';
import { ALL_ROLES, OVERSIGHT_ROLES, ROLES } from '../../domain/roles';
import { HHMM } from '../../domain/shift';
import { dayField, phoneField, reasonField } from '../clientFields';
import type {
  ComplaintAttachmentMeta,
  ComplaintBoard,
  ComplaintList,
  ComplaintView,
  InternalNoteView,
  MyComplaints,
  ServiceSettings,
} from '../complaintViews';
import { channel } from '../define';
import { idField, noInput } from '../fields';
import type { JobView } from '../jobViews';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();
const caseInput = { complaintId: idField };
/** 值班经理 and up see the board and escalate by hand. */
const MANAGERS = ['dutyManager', 'supervisor', 'admin'] as const;

const remedyField = z
  .strictObject({
    kind: z.enum(REMEDY_KINDS),
    cents: z.number().int().min(1).max(100_000_000).optional(),
    sessions: z.number().int().min(1).max(100).optional(),
    days: z.number().int().min(1).max(3650).optional(),
  })
  .superRefine((r, ctx) => {
    const need = { money: 'cents', freeSession: 'sessions', extension: 'days' } as const;
    const field = r.kind === 'none' ? null : need[r.kind];
    if (field && r[field] === undefined)
      ctx.addIssue({ code: 'custom', message: `${field} is needed`, path: [field] });
  });

const listFilter = z.strictObject({
  /** open: every case not closed; all: closed too. */
  scope: z.enum(['open', 'all']).default('open'),
  state: z.enum(COMPLAINT_STATES).optional(),
  category: z.enum(COMPLAINT_CATEGORIES).optional(),
  ownerId: idField.optional(),
  clientId: idField.optional(),
  deadline: z.enum(['dueSoon', 'overdue', 'escalated', 'reopened']).optional(),
  /** Number, client, summary and handling text; the internal note only for oversight. */
  query: z.string().trim().max(100).optional(),
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).max(1_000_000).default(0),
});

const hoursField = z
  .strictObject({ open: z.string().regex(HHMM), close: z.string().regex(HHMM) })
  .refine((h) => h.open < h.close, { message: 'close after open', path: ['close'] });

export const complaintChannels = {
  /**
   * 投诉登记: from the reception screen, the phone intake, the shift log (a complaint entry,
   * linked both ways) or the client file. The person taking it is its first receiver and owner.
   */
  'complaints.open': channel<ComplaintView>()({
    input: z
      .strictObject({
        channel: z.enum(COMPLAINT_CHANNELS),
        clientId: idField.optional(),
        contactName: optionalText(60),
        callBackPhone: phoneField.optional(),
        category: z.enum(COMPLAINT_CATEGORIES),
        severity: z.enum(COMPLAINT_SEVERITIES),
        summary: text(2000),
        clientWants: optionalText(1000),
        logEntryId: idField.optional(),
      })
      .superRefine((v, ctx) => {
        const reachable = v.clientId || v.callBackPhone || v.contactName;
        if (
          !reachable &&
          (v.channel === 'phone' || v.channel === 'desk' || v.channel === 'message')
        )
          ctx.addIssue({
            code: 'custom',
            message: 'a client, or a number to call back',
            path: ['callBackPhone'],
          });
      }),
    roles: ALL_ROLES,
    audit: true,
  }),
  'complaints.get': channel<ComplaintView>()({
    input: z.strictObject(caseInput),
    roles: ALL_ROLES,
    audit: false,
  }),
  'complaints.list': channel<ComplaintList>()({
    input: listFilter.default({ scope: 'open', limit: 50, offset: 0 }),
    roles: ALL_ROLES,
    audit: false,
  }),
  /** 我的投诉 on the home page: pushed to each person as cases move. */
  'complaints.mine': channel<MyComplaints>()({
    input: noInput,
    roles: ALL_ROLES,
    audit: false,
  }),
  'complaints.board': channel<ComplaintBoard>()({
    input: noInput,
    roles: MANAGERS,
    audit: false,
  }),
  /** The first reply to the client: stops the first-response clock. */
  'complaints.respond': channel<ComplaintView>()({
    input: z.strictObject({ ...caseInput, body: text(2000) }),
    roles: ALL_ROLES,
    audit: true,
  }),
  /** A timestamped step of the handling (called the client, asked the coach, …). */
  'complaints.addAction': channel<ComplaintView>()({
    input: z.strictObject({ ...caseInput, body: text(2000) }),
    roles: ALL_ROLES,
    audit: true,
  }),
  'complaints.setPlan': channel<ComplaintView>()({
    input: z.strictObject({ ...caseInput, plan: text(2000) }),
    roles: ALL_ROLES,
    audit: true,
  }),
  /** Waiting for the client (the clock may pause), or back to handling. */
  'complaints.wait': channel<ComplaintView>()({
    input: z.strictObject({ ...caseInput, waiting: z.boolean(), body: optionalText(2000) }),
    roles: ALL_ROLES,
    audit: true,
  }),
  /** The result and the agreed remedy; schedules the follow-up call (回访). */
  'complaints.resolve': channel<ComplaintView>()({
    input: z.strictObject({
      ...caseInput,
      result: text(2000),
      remedy: remedyField.default({ kind: 'none' }),
      /** The day of the follow-up call; the next business day when left out. */
      followUpOn: dayField.optional(),
      followUpBy: idField.optional(),
    }),
    roles: ALL_ROLES,
    audit: true,
  }),
  /** Manual escalation to the next level of the chain, with a reason. */
  'complaints.escalate': channel<ComplaintView>()({
    input: z.strictObject({ ...caseInput, reason: reasonField }),
    roles: ALL_ROLES,
    audit: true,
  }),
  /** Offers the case to a colleague; the owner stays owner until they accept. */
  'complaints.offerTransfer': channel<ComplaintView>()({
    input: z.strictObject({ ...caseInput, toStaffId: idField, reason: reasonField }),
    roles: ALL_ROLES,
    audit: true,
  }),
  'complaints.answerTransfer': channel<ComplaintView>()({
    input: z.strictObject({
      transferId: idField,
      accept: z.boolean(),
      note: optionalText(500),
    }),
    roles: ALL_ROLES,
    audit: true,
  }),
  /** 内部备注 on staff responsibility: written and read by supervisor and admin only. */
  'complaints.addInternalNote': channel<InternalNoteView>()({
    input: z.strictObject({ ...caseInput, body: text(2000) }),
    roles: OVERSIGHT_ROLES,
    audit: true,
  }),
  'complaints.attach': channel<ComplaintAttachmentMeta>()({
    input: z.strictObject({
      ...caseInput,
      fileName: z.string().trim().min(1).max(200),
      mimeType: z.string().min(3).max(100),
      contentBase64: z.string().min(1).max(8_000_000),
    }),
    roles: ALL_ROLES,
    audit: true,
  }),
  'complaints.attachment': channel<{ fileName: string; mimeType: string; contentBase64: string }>()(
    {
      input: z.strictObject({ ...caseInput, attachmentId: idField }),
      roles: ALL_ROLES,
      audit: true,
    },
  ),
  /** The cases of a filter as an Excel file, a job; internal notes only for oversight. */
  'complaints.export': channel<JobView>()({
    input: listFilter.omit({ limit: true, offset: true }),
    roles: MANAGERS,
    audit: true,
  }),
  /** The calendar, the service levels and the chain the deadlines are counted from. */
  'serviceLevels.get': channel<ServiceSettings>()({
    input: noInput,
    roles: ALL_ROLES,
    audit: false,
  }),
  'serviceLevels.setCalendar': channel<ServiceSettings>()({
    input: z.strictObject({
      weekly: z.array(hoursField.nullable()).length(7),
      holidays: z.array(z.strictObject({ day: dayField, name: optionalText(40) })).max(400),
      makeUpWorkdays: z
        .array(
          z.strictObject({
            day: dayField,
            asWeekday: z.number().int().min(0).max(6).optional(),
            name: optionalText(40),
          }),
        )
        .max(100),
    }),
    roles: ['admin'],
    audit: true,
  }),
  'serviceLevels.setLevel': channel<ServiceSettings>()({
    input: z.strictObject({
      category: z.enum([...COMPLAINT_CATEGORIES, '*']),
      severity: z.enum(COMPLAINT_SEVERITIES),
      /** Left out: the category's own row is removed and '*' applies again. */
      level: z
        .strictObject({
          firstResponseMinutes: z
            .number()
            .int()
            .min(5)
            .max(60 * 24 * 60),
          resolutionMinutes: z
            .number()
            .int()
            .min(5)
            .max(60 * 24 * 120),
          clock: z.enum(['opening', 'clock']),
          pausesWhileWaiting: z.boolean(),
        })
        .refine((l) => l.resolutionMinutes >= l.firstResponseMinutes, {
          message: 'resolution not before the first response',
          path: ['resolutionMinutes'],
        })
        .optional(),
    }),
    roles: ['admin'],
    audit: true,
  }),
  'serviceLevels.setChain': channel<ServiceSettings>()({
    input: z.strictObject({
      chain: z
        .array(
          z.strictObject({
            to: z.union([
              z.strictObject({ role: z.enum(ROLES) }),
              z.strictObject({ staffId: idField }),
            ]),
            watches: z.enum(['firstResponseDue', 'resolutionDue']),
            offsetMinutes: z
              .number()
              .int()
              .min(-7 * 24 * 60)
              .max(30 * 24 * 60),
          }),
        )
        .min(1)
        .max(6),
    }),
    roles: ['admin'],
    audit: true,
  }),
};
