import { z } from 'zod';
import { AUTO_RULE_KINDS, CALL_OUTCOMES } from '../../domain/followUpPlan';
import { ALL_ROLES, OVERSIGHT_ROLES } from '../../domain/roles';
import { channel } from '../define';
import { idField, noInput, timestampField } from '../fields';
import type {
  AutoRules,
  ClientFollowUps,
  FollowUpCallView,
  FollowUpDay,
  FollowUpPlanView,
} from '../followUpViews';

const dayField = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const noteField = z.string().trim().max(500);
const days = (min: number) => z.number().int().min(min).max(730);

/** The rules a plan may follow (shared/domain/followUpPlan.ts). */
export const followUpRuleField = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('recurring'),
    steps: z
      .array(
        z.strictObject({
          everyMonths: z.number().int().min(1).max(12),
          times: z.number().int().min(1).max(120).nullable(),
        }),
      )
      .min(1)
      .max(4)
      .readonly(),
  }),
  z.strictObject({ kind: z.literal('afterFirstVisit'), days: days(0) }),
  z.strictObject({ kind: z.literal('beforeExpiry'), days: days(1) }),
  z.strictObject({ kind: z.literal('notSeen'), days: days(7) }),
]);

export const followUpChannels = {
  /** 今日回访: due today and overdue calls, call-backs, calls made today. Mine, or all (managers). */
  'followUps.today': channel<FollowUpDay>()({
    input: z.strictObject({ scope: z.enum(['mine', 'all']).optional() }).optional(),
    roles: ALL_ROLES,
    audit: false,
  }),
  /**
   * The one way an outcome is recorded, for plan, complaint and incident calls alike. Score
   * is required for a reached complaint call (it closes or reopens the case); callBackAt for
   * a call back, in the future.
   */
  'followUps.record': channel<FollowUpCallView>()({
    input: z.strictObject({
      callId: idField,
      outcome: z.enum(CALL_OUTCOMES),
      score: z.number().int().min(1).max(5).optional(),
      note: noteField.optional(),
      callBackAt: timestampField.optional(),
    }),
    roles: ALL_ROLES,
    audit: true,
  }),
  /** The 回访 section of a client file: plans, calls to come, outcomes and scores. */
  'followUps.ofClient': channel<ClientFollowUps>()({
    input: z.strictObject({ clientId: idField }),
    roles: ALL_ROLES,
    audit: false,
  }),
  /** Starts a plan for a client, or (with planId) changes a running one; calls are generated. */
  'followUps.setPlan': channel<FollowUpPlanView>()({
    input: z.strictObject({
      clientId: idField,
      planId: idField.optional(),
      rule: followUpRuleField,
      startsOn: dayField,
      /** A consultant or colleague; null: the desk's. */
      assignedTo: idField.nullable(),
      note: noteField.optional(),
    }),
    roles: ALL_ROLES,
    audit: true,
  }),
  /** The desk's rules over every member (自动回访规则): days for each, null when off. */
  'followUps.rules': channel<AutoRules>()({
    input: noInput,
    roles: ALL_ROLES,
    audit: false,
  }),
  /** Switches a rule on with its days, or off (null); on, today's members are reached at once. */
  'followUps.setRule': channel<AutoRules>()({
    input: z.strictObject({
      kind: z.enum(AUTO_RULE_KINDS),
      days: z.number().int().min(1).max(730).nullable(),
    }),
    roles: OVERSIGHT_ROLES,
    audit: true,
  }),
  /** Ends a plan: its calls not made yet are dropped, those made stay on the file. */
  'followUps.endPlan': channel<FollowUpPlanView>()({
    input: z.strictObject({ planId: idField }),
    roles: ALL_ROLES,
    audit: true,
  }),
};
