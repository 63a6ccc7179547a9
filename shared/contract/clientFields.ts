import { z } from 'zod';
import {
  CLIENT_KINDS,
  CREDIT_GRADES,
  GENDERS,
  ID_TYPES,
  MEMBERSHIP_STATUSES,
  SECRECY_LEVELS,
} from '../domain/clients';
import { prcIdProblem } from '../domain/idNumber';
import { isValidPhone } from '../domain/phone';
import { idField, timestampField } from './fields';

export const dayField = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a day as YYYY-MM-DD');
/** A Chinese mobile or landline number (shared/domain/phone.ts), as typed. */
export const phoneField = z.string().trim().max(40).refine(isValidPhone, 'a phone number');
export const cardNumberField = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9-]{1,32}$/, 'letters, digits or dashes');
export const reasonField = z.string().trim().min(2).max(300);
export const secrecyField = z.enum(SECRECY_LEVELS);

const contact = z.strictObject({
  name: z.string().trim().min(1).max(60),
  title: z.string().trim().max(60).optional(),
  phone: phoneField.optional(),
});

/** Every editable field of a client file; all optional so create and update share them. */
export const clientFieldShape = {
  kind: z.enum(CLIENT_KINDS),
  name: z.string().trim().min(1).max(80),
  nameLatin: z.string().trim().max(80).nullable().optional(),
  gender: z.enum(GENDERS).nullable().optional(),
  birthday: dayField.nullable().optional(),
  phones: z.array(phoneField).max(5).optional(),
  email: z.email().max(120).nullable().optional(),
  address: z.string().trim().max(200).nullable().optional(),
  idType: z.enum(ID_TYPES).nullable().optional(),
  idNumber: z.string().trim().toUpperCase().max(40).nullable().optional(),
  contacts: z.array(contact).max(10).optional(),
  notes: z.string().trim().max(2000).nullable().optional(),
  alertNote: z.string().trim().max(200).nullable().optional(),
  tags: z.array(z.string().trim().min(1).max(20)).max(12).optional(),
  consultantId: idField.nullable().optional(),
  creditGrade: z.enum(CREDIT_GRADES).optional(),
  cardType: z.string().trim().max(40).nullable().optional(),
  cardNumber: cardNumberField.nullable().optional(),
  membershipStart: dayField.nullable().optional(),
  membershipExpiry: dayField.nullable().optional(),
  membershipStatus: z.enum(MEMBERSHIP_STATUSES).nullable().optional(),
};

type Checked = {
  idType?: string | null;
  idNumber?: string | null;
  membershipStart?: string | null;
  membershipExpiry?: string | null;
  cardNumber?: string | null;
  membershipStatus?: string | null;
};

/** Rules across fields, shared by the form (early hint) and main (the decision). */
export function checkClientFields(v: Checked, ctx: z.RefinementCtx): void {
  const idProblem = v.idType === 'prcId' && v.idNumber ? prcIdProblem(v.idNumber) : null;
  // The problem's code (oldFormat, region, birthDate, checksum…) is the field's message.
  if (idProblem) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: idProblem });
  if (v.idNumber && !v.idType)
    ctx.addIssue({ code: 'custom', path: ['idType'], message: 'required with an ID number' });
  if (v.membershipStart && v.membershipExpiry && v.membershipExpiry < v.membershipStart) {
    ctx.addIssue({ code: 'custom', path: ['membershipExpiry'], message: 'before the start' });
  }
  if (v.membershipStatus && !v.cardNumber) {
    ctx.addIssue({ code: 'custom', path: ['cardNumber'], message: 'required for a membership' });
  }
}

export const clientCreateInput = z
  .strictObject({
    ...clientFieldShape,
    secrecy: secrecyField.optional(),
    secrecyUntil: timestampField.nullable().optional(),
  })
  .superRefine(checkClientFields);

const { kind: _kind, name: _name, ...rest } = clientFieldShape;
export const clientUpdateInput = z.strictObject({
  id: idField,
  /** The version the editor started from: a stale save answers CONFLICT instead of overwriting. */
  version: z.number().int().min(1),
  kind: clientFieldShape.kind.optional(),
  name: clientFieldShape.name.optional(),
  ...rest,
});
