import { z } from 'zod';
import { GENDERS } from '../../domain/clients';
import { OVERSIGHT_ROLES, ALL_ROLES } from '../../domain/roles';
import {
  CALL_ROUTES,
  CONSULTANT_STATUSES,
  PASS_REASONS,
  RECEPTION_DESK,
  RECEPTION_READERS,
  VISITOR_SCENARIOS,
} from '../../domain/rotation';
import { dayField, phoneField, reasonField } from '../clientFields';
import { channel } from '../define';
import { idField, noInput, pinField, usernameField } from '../fields';
import type {
  BlockListEntry,
  CallRecorded,
  FairnessView,
  MessageView,
  ReceptionDayCounts,
  RotationView,
  VisitorBadge,
  VisitorRegistered,
  VisitorView,
  WaitingVisitors,
} from '../receptionViews';

const personName = z.string().trim().min(1).max(60);
const shortText = z.string().trim().min(1).max(60);
const idNumberField = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9]{5,30}$/, 'letters and digits');
const dayInput = z.strictObject({ businessDate: dayField.optional() }).optional();

const visitorInput = z
  .strictObject({
    name: personName,
    phone: phoneField.optional(),
    gender: z.enum(GENDERS).optional(),
    /** How they heard of the site (朋友介绍, 传单, 网络…). */
    source: shortText.optional(),
    interest: z.string().trim().min(1).max(200).optional(),
    scenario: z.enum(VISITOR_SCENARIOS),
    /** The consultant asked for: required for B (served before) and C (appointment). */
    consultantId: idField.optional(),
    trial: z.boolean().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.scenario !== 'A' && v.consultantId === undefined)
      ctx.addIssue({ code: 'custom', path: ['consultantId'], message: 'required for B and C' });
    if (v.scenario === 'A' && v.consultantId !== undefined)
      ctx.addIssue({ code: 'custom', path: ['consultantId'], message: 'not for a first visit' });
  });

const callInput = z
  .strictObject({
    callerName: personName,
    callbackPhone: phoneField,
    purpose: z.string().trim().min(1).max(500),
    appointment: z.boolean(),
    route: z.enum(CALL_ROUTES),
    /** For a message: the colleague it is for; null or absent = the next shift. */
    toStaffId: idField.nullable().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.route === 'rotation' && v.toStaffId !== undefined && v.toStaffId !== null)
      ctx.addIssue({ code: 'custom', path: ['toStaffId'], message: 'only for a message' });
  });

export const receptionChannels = {
  /** A consultant signs in for the day with their own PIN at the desk PC (签到). */
  'rotation.signIn': channel<RotationView>()({
    input: z.strictObject({ username: usernameField, pin: pinField }),
    roles: RECEPTION_DESK,
    audit: true,
  }),
  /** Out (吃饭、外场), with a visitor, or available again. */
  'rotation.setStatus': channel<RotationView>()({
    input: z.strictObject({
      staffId: idField,
      status: z.enum(CONSULTANT_STATUSES),
      reason: shortText.optional(),
    }),
    roles: RECEPTION_DESK,
    audit: true,
  }),
  /** Today's order of turns, statuses and who is next. */
  'rotation.today': channel<RotationView>()({
    input: noInput,
    roles: RECEPTION_READERS,
    audit: false,
  }),

  /** 访客登记, scenarios A/B/C of seed 002; starts the hand-over timer. */
  'visitors.register': channel<VisitorRegistered>()({
    input: visitorInput,
    roles: RECEPTION_DESK,
    audit: true,
  }),
  /** The assigned consultant confirms the hand-over with their own name and PIN. */
  'visitors.confirm': channel<VisitorView>()({
    input: z.strictObject({ visitorId: idField, username: usernameField, pin: pinField }),
    roles: RECEPTION_DESK,
    audit: true,
  }),
  /** Hands a waiting visitor to the next in rotation; the miss goes against the previous one. */
  'visitors.passOn': channel<VisitorView>()({
    input: z.strictObject({ visitorId: idField, reason: z.enum(PASS_REASONS) }),
    roles: RECEPTION_DESK,
    audit: true,
  }),
  /** Visitors waiting for their consultant, with deadlines for the live timers. */
  'visitors.waiting': channel<WaitingVisitors>()({
    input: noInput,
    roles: RECEPTION_DESK,
    audit: false,
  }),
  'visitors.leave': channel<VisitorView>()({
    input: z.strictObject({ visitorId: idField }),
    roles: RECEPTION_DESK,
    audit: true,
  }),
  /** What the printed visitor badge says (访客证): main decides, the print view only lays it out. */
  'visitors.badge': channel<VisitorBadge>()({
    input: z.strictObject({ visitorId: idField }),
    roles: RECEPTION_DESK,
    audit: false,
  }),

  /** 来电登记: to a consultant by rotation, or kept as a message (请留下回电号码). */
  'calls.record': channel<CallRecorded>()({
    input: callInput,
    roles: RECEPTION_DESK,
    audit: true,
  }),

  /** 留言本: mine and those for the next shift, unread first. */
  'messages.list': channel<MessageView[]>()({
    input: noInput,
    roles: ALL_ROLES,
    audit: false,
  }),
  'messages.send': channel<MessageView>()({
    input: z.strictObject({
      /** null: for the next shift. */
      toStaffId: idField.nullable(),
      body: z.string().trim().min(1).max(1000),
    }),
    roles: ALL_ROLES,
    audit: true,
  }),
  'messages.markRead': channel<MessageView>()({
    input: z.strictObject({ id: idField }),
    roles: ALL_ROLES,
    audit: true,
  }),

  'blockList.add': channel<BlockListEntry>()({
    input: z.strictObject({
      name: personName,
      phone: phoneField.optional(),
      idNumber: idNumberField.optional(),
      reason: reasonField,
    }),
    roles: OVERSIGHT_ROLES,
    audit: true,
  }),
  'blockList.list': channel<BlockListEntry[]>()({
    input: z.strictObject({ includeRemoved: z.boolean().optional() }).optional(),
    roles: OVERSIGHT_ROLES,
    audit: false,
  }),
  /** Ends an entry; the row stays as a record of who was barred and when. */
  'blockList.remove': channel<BlockListEntry>()({
    input: z.strictObject({ id: idField }),
    roles: OVERSIGHT_ROLES,
    audit: true,
  }),

  /** Per consultant: received, passed on, missed (issue 4 §15). */
  'fairness.today': channel<FairnessView>()({
    input: dayInput,
    roles: OVERSIGHT_ROLES,
    audit: false,
  }),
  /** Visitors and trials by gender, phone inquiries: the reception part of the handover. */
  'reception.dayCounts': channel<ReceptionDayCounts>()({
    input: dayInput,
    roles: RECEPTION_DESK,
    audit: false,
  }),
};
