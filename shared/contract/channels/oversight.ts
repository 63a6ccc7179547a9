import { z } from 'zod';
import { CREDIT_GRADES, FILE_GUARDIANS } from '../../domain/clients';
import { ALL_ROLES, type Role } from '../../domain/roles';
import { reasonField } from '../clientFields';
import type {
  DestructionRequestView,
  ExportRequestView,
  FileAccessPage,
  ReviewDue,
  Tombstone,
} from '../clientViews';
import { channel } from '../define';
import { idField, noInput, timestampField } from '../fields';
import type { JobStarted } from '../jobViews';

const MANAGERS: readonly Role[] = ['dutyManager', 'supervisor', 'admin'];

export const oversightChannels = {
  /** The borrowing cards (借阅卡): who opened or revealed what, when and why. */
  'access.list': channel<FileAccessPage>()({
    input: z
      .strictObject({
        staffId: idField.optional(),
        clientId: idField.optional(),
        from: timestampField.optional(),
        to: timestampField.optional(),
        restrictedOnly: z.boolean().optional(),
        limit: z.number().int().min(1).max(500).optional(),
      })
      .optional(),
    roles: FILE_GUARDIANS,
    audit: true,
  }),

  'reviews.due': channel<ReviewDue[]>()({
    input: z
      .strictObject({
        kind: z.enum(['file', 'credit']).optional(),
        /** Also list what falls due within this many days (default 14). */
        withinDays: z.number().int().min(0).max(366).optional(),
      })
      .optional(),
    roles: ALL_ROLES,
    audit: false,
  }),
  /** The quarterly check of a file at the desk, or a manager's credit review. */
  'reviews.complete': channel<ReviewDue | null>()({
    input: z.strictObject({
      clientId: idField,
      kind: z.enum(['file', 'credit']),
      grade: z.enum(CREDIT_GRADES).optional(),
      note: z.string().trim().max(500).optional(),
    }),
    roles: ALL_ROLES,
    audit: true,
  }),

  'exports.request': channel<ExportRequestView>()({
    input: z.strictObject({
      clientIds: z.array(idField).min(1).max(100_000),
      format: z.enum(['csv', 'xlsx']),
      reason: reasonField,
    }),
    roles: MANAGERS,
    audit: true,
  }),
  'exports.list': channel<ExportRequestView[]>()({ input: noInput, roles: MANAGERS, audit: false }),
  'exports.approve': channel<ExportRequestView>()({
    input: z.strictObject({ id: idField }),
    roles: FILE_GUARDIANS,
    audit: true,
  }),
  'exports.reject': channel<ExportRequestView>()({
    input: z.strictObject({ id: idField, note: reasonField }),
    roles: FILE_GUARDIANS,
    audit: true,
  }),
  /**
   * Starts the job that writes the approved export once, to a folder the requester picks in
   * main's dialog; the request shows 'exported' when the job has written it.
   */
  'exports.run': channel<JobStarted>()({
    input: z.strictObject({ id: idField }),
    roles: MANAGERS,
    audit: true,
  }),

  'destruction.request': channel<DestructionRequestView>()({
    input: z.strictObject({ clientId: idField, reason: reasonField }),
    roles: MANAGERS,
    audit: true,
  }),
  'destruction.list': channel<DestructionRequestView[]>()({
    input: noInput,
    roles: MANAGERS,
    audit: false,
  }),
  /** A supervisor and an admin, neither the requester; the second approval destroys the file. */
  'destruction.approve': channel<DestructionRequestView>()({
    input: z.strictObject({ id: idField }),
    roles: FILE_GUARDIANS,
    audit: true,
  }),
  'destruction.reject': channel<DestructionRequestView>()({
    input: z.strictObject({ id: idField, note: reasonField }),
    roles: FILE_GUARDIANS,
    audit: true,
  }),
  'destruction.tombstones': channel<Tombstone[]>()({
    input: noInput,
    roles: FILE_GUARDIANS,
    audit: false,
  }),
};
