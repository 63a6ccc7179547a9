import { z } from 'zod';
import { FILE_GUARDIANS } from '../../domain/clients';
import type { Role } from '../../domain/roles';
import { phoneField, reasonField } from '../clientFields';
import { channel } from '../define';
import { idField, noInput } from '../fields';
import type { JobStarted } from '../jobViews';
import type { PersonDataView, PersonRequestView } from '../personDataViews';

/** A client file, or a person without one: their name and a phone or an ID number. */
const subject = z
  .strictObject({
    clientId: idField.optional(),
    name: z.string().trim().min(1).max(60).optional(),
    phone: phoneField.optional(),
    idNumber: z.string().trim().toUpperCase().min(6).max(40).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.clientId) return;
    if (!v.name) ctx.addIssue({ code: 'custom', message: 'a name', path: ['name'] });
    else if (!v.phone && !v.idNumber)
      ctx.addIssue({ code: 'custom', message: 'a phone or an ID number', path: ['phone'] });
  });

/** Who takes a person's request at the desk and files it: duty manager and up. */
const MANAGERS: readonly Role[] = ['dutyManager', 'supervisor', 'admin'];

export const personDataChannels = {
  /** Everything held about one person, per kind (个人信息查阅). A sensitive read: audited. */
  'personData.find': channel<PersonDataView>()({
    input: z.strictObject({ subject, reason: reasonField }),
    roles: FILE_GUARDIANS,
    audit: true,
  }),
  /**
   * An export for the person (个人信息复制) or an erasure (删除), waiting for approval; filed
   * by whoever took the person's request, like a destruction request.
   */
  'personData.request': channel<PersonRequestView>()({
    input: z.strictObject({
      kind: z.enum(['export', 'erase']),
      subject,
      reason: reasonField,
    }),
    roles: MANAGERS,
    audit: true,
  }),
  /** Supervisor and admin see every request; a duty manager their own. */
  'personData.requests': channel<PersonRequestView[]>()({
    input: noInput,
    roles: MANAGERS,
    audit: false,
  }),
  /**
   * Never the requester; an export needs a supervisor (and an admin for 绝密), an erasure a
   * supervisor and an admin. The approval that completes an erasure erases.
   */
  'personData.approve': channel<PersonRequestView>()({
    input: z.strictObject({ id: idField }),
    roles: FILE_GUARDIANS,
    audit: true,
  }),
  'personData.reject': channel<PersonRequestView>()({
    input: z.strictObject({ id: idField, note: reasonField }),
    roles: FILE_GUARDIANS,
    audit: true,
  }),
  /** Writes an approved export as Excel into the folder main asks for (a job). */
  'personData.export': channel<JobStarted>()({
    input: z.strictObject({ id: idField }),
    roles: FILE_GUARDIANS,
    audit: true,
  }),
};
