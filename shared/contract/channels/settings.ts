import { z } from 'zod';
import { parseTagSet } from '../../domain/desk';
import { ADMIN_ONLY, ALL_ROLES } from '../../domain/roles';
import { channel } from '../define';
import { idleLockMinutesField, languageField, noInput, siteNameField } from '../fields';
import type { DeskSettings } from '../views';

const handTagsField = z
  .string()
  .trim()
  .min(1)
  .max(500)
  .refine((text) => parseTagSet(text) !== null, 'numbers or ranges such as 1-200, A1-A20');

export const settingsChannels = {
  'settings.get': channel<DeskSettings>()({
    input: noInput,
    roles: ALL_ROLES,
    audit: false,
  }),
  'settings.update': channel<DeskSettings>()({
    input: z.strictObject({
      siteName: siteNameField.optional(),
      idleLockMinutes: idleLockMinutesField.optional(),
      defaultLanguage: languageField.optional(),
      handTags: handTagsField.optional(),
      capacity: z.number().int().min(0).max(100_000).optional(),
      lostTagFeeCents: z.number().int().min(0).max(10_000_000).optional(),
      handoverMinutes: z.number().int().min(1).max(30).optional(),
      queueAttendMinutes: z.number().int().min(1).max(240).optional(),
      queueEscalateMinutes: z.number().int().min(1).max(480).optional(),
      handoverRetentionMonths: z.number().int().min(1).max(120).optional(),
      handoverReminderMinutes: z.number().int().min(1).max(60).optional(),
      cashFloatCents: z.number().int().min(0).max(100_000_000).optional(),
    }),
    roles: ADMIN_ONLY,
    audit: true,
  }),
};
