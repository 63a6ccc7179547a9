import { z } from 'zod';
import { INCIDENT_GENDERS, INCIDENT_KINDS } from '../../domain/incident';
import { ALL_ROLES } from '../../domain/roles';
import { dayField, phoneField } from '../clientFields';
import { channel } from '../define';
import { displayNameField, idField, timestampField } from '../fields';
import type { IncidentList, IncidentView } from '../incidentViews';

/** Optional free text; an empty string clears it (stored as null). */
const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1).max(max);
/** 费用 in cents: at most 10 million yuan, well beyond any desk's report. */
const centsField = z.number().int().min(0).max(1_000_000_000);

/** The facts of the report: frozen by the member's signature (trigger in migration 015). */
const facts = {
  kind: z.enum(INCIDENT_KINDS),
  /** The member found by the desk search: name, card, gender, age and phone come from the file. */
  clientId: idField.optional(),
  /** A person not on file (a guest, a visitor): required without clientId. */
  personName: displayNameField.optional(),
  gender: z.enum(INCIDENT_GENDERS).optional(),
  age: z.number().int().min(0).max(130).optional(),
  phone: z.union([z.literal(''), phoneField]).optional(),
  occurredAt: timestampField,
  place: required(120),
  whatHappened: required(4000),
  injury: text(2000).optional(),
  firstAid: text(2000).optional(),
  hospitalEscort: z.boolean(),
  /** Required with hospitalEscort. */
  hospital: text(120).optional(),
  witnesses: text(1000).optional(),
  staffInvolved: text(1000).optional(),
  memberDemands: text(2000).optional(),
};

/** What management may still settle after the member signed. */
const settlement = {
  costsCents: centsField,
  handlingOpinion: text(2000).optional(),
};

export const incidentChannels = {
  /**
   * 突发事件报告: a new report, numbered SJ-YYYYMMDD-NN by the day it occurred. With a shift at
   * work it also becomes an incident entry of that shift's log (linked); without one it is
   * saved all the same.
   */
  'incidents.record': channel<IncidentView>()({
    input: z.strictObject({ ...facts, ...settlement }),
    roles: ALL_ROLES,
    audit: true,
  }),
  /**
   * Corrects the report. Until the member signed, every field; afterwards only costs and
   * the handling opinion, by a duty manager or above (a fact sent then is a CONFLICT).
   */
  'incidents.update': channel<IncidentView>()({
    input: z
      .strictObject({ incidentId: idField, ...facts, ...settlement })
      .partial()
      .required({ incidentId: true }),
    roles: ALL_ROLES,
    audit: true,
  }),
  /** The member's drawn acknowledgement (签字确认), checked as a waiver's; once only. */
  'incidents.sign': channel<IncidentView>()({
    input: z.strictObject({
      incidentId: idField,
      signerName: displayNameField,
      // Sized in main after decoding; this only bounds the payload.
      signatureDataUrl: z.string().min(1).max(1_000_000),
    }),
    roles: ALL_ROLES,
    audit: true,
  }),
  /** The whole report with its signature and follow-up calls: a sensitive read, audited. */
  'incidents.get': channel<IncidentView>()({
    input: z.strictObject({ incidentId: idField }),
    roles: ALL_ROLES,
    audit: true,
  }),
  /** Newest first; q matches the number, the person's name or the place. */
  'incidents.list': channel<IncidentList>()({
    input: z
      .strictObject({
        q: z.string().trim().max(60).optional(),
        fromDay: dayField.optional(),
        toDay: dayField.optional(),
        limit: z.number().int().min(1).max(200).optional(),
        offset: z.number().int().min(0).max(1_000_000).optional(),
      })
      .optional(),
    roles: ALL_ROLES,
    audit: false,
  }),
  /**
   * 电话慰问: a follow-up call about the incident on the day's call list (followUps.record
   * records its outcome). Assigned to the caller unless assignedTo; phone from the report.
   */
  'incidents.scheduleFollowUp': channel<IncidentView>()({
    input: z.strictObject({
      incidentId: idField,
      dueDay: dayField,
      assignedTo: idField.optional(),
      phone: phoneField.optional(),
    }),
    roles: ALL_ROLES,
    audit: true,
  }),
};
