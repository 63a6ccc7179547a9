import { z } from 'zod';
import { ADMIN_ONLY, ALL_ROLES } from '../../domain/roles';
import { channel } from '../define';
import { idleLockMinutesField, languageField, noInput, siteNameField } from '../fields';
import type { DeskSettings } from '../views';

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
    }),
    roles: ADMIN_ONLY,
    audit: true,
  }),
};
