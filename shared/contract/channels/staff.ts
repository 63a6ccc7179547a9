import { z } from 'zod';
import { ADMIN_ONLY } from '../../domain/roles';
import { channel } from '../define';
import { displayNameField, idField, pinField, roleField, usernameField } from '../fields';
import type { StaffView } from '../views';

export const staffChannels = {
  'staff.list': channel<StaffView[]>()({
    input: z.strictObject({ includeInactive: z.boolean().optional() }).optional(),
    roles: ADMIN_ONLY,
    audit: false,
  }),
  'staff.create': channel<StaffView>()({
    input: z.strictObject({
      username: usernameField,
      displayName: displayNameField,
      role: roleField,
      pin: pinField,
    }),
    roles: ADMIN_ONLY,
    audit: true,
  }),
  'staff.update': channel<StaffView>()({
    input: z.strictObject({
      id: idField,
      username: usernameField.optional(),
      displayName: displayNameField.optional(),
      role: roleField.optional(),
    }),
    roles: ADMIN_ONLY,
    audit: true,
  }),
  /** Deactivated staff cannot log in; their records stay attributed to them. */
  'staff.setActive': channel<StaffView>()({
    input: z.strictObject({ id: idField, active: z.boolean() }),
    roles: ADMIN_ONLY,
    audit: true,
  }),
  /** Sets a temporary PIN the staff member must replace at their next login. */
  'staff.resetPin': channel<StaffView>()({
    input: z.strictObject({ id: idField, newPin: pinField }),
    roles: ADMIN_ONLY,
    audit: true,
  }),
};
