import { z } from 'zod';
import { parseTagSet } from '../../domain/desk';
import { missingDependency, MODULES, SITE_PROFILES } from '../../domain/modules';
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

/** A module set: each once, and every module's dependency in it too. */
export const modulesField = z
  .array(z.enum(MODULES))
  .max(MODULES.length)
  .refine((list) => new Set(list).size === list.length, 'each module once')
  .superRefine((list, ctx) => {
    const gap = missingDependency(list);
    if (gap) ctx.addIssue({ code: 'custom', message: `${gap.module} needs ${gap.needs}` });
  });

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
      /** Alone, it switches on the profile's default modules; with `modules`, those. */
      siteProfile: z.enum(SITE_PROFILES).optional(),
      modules: modulesField.optional(),
    }),
    roles: ADMIN_ONLY,
    audit: true,
  }),
};
