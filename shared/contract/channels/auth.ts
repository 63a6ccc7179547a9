import { z } from 'zod';
import { ALL_ROLES } from '../../domain/roles';
import { channel } from '../define';
import { colorSchemeField, languageField, noInput, pinField, usernameField } from '../fields';
import type { SessionView } from '../views';

const anyStaff = ALL_ROLES;

export const authChannels = {
  'session.get': channel<SessionView | null>()({
    input: noInput,
    roles: 'public',
    audit: false,
    whenLocked: true,
  }),
  /** Also the quick switch: a login at a PC with someone signed in ends their session. */
  'auth.login': channel<SessionView>()({
    input: z.strictObject({ username: usernameField, pin: z.string().min(1).max(64) }),
    roles: 'public',
    audit: true,
    whenLocked: true,
  }),
  'auth.logout': channel<null>()({
    input: noInput,
    roles: anyStaff,
    audit: true,
    whenLocked: true,
    whenPinMustChange: true,
  }),
  'auth.lock': channel<SessionView>()({
    input: noInput,
    roles: anyStaff,
    audit: true,
    whenPinMustChange: true,
  }),
  'auth.unlock': channel<SessionView>()({
    input: z.strictObject({ pin: z.string().min(1).max(64) }),
    roles: anyStaff,
    audit: true,
    whenLocked: true,
    whenPinMustChange: true,
  }),
  /** The renderer reports keyboard or pointer use so main can time the idle lock. */
  'auth.activity': channel<{ idleLockAt: number }>()({
    input: noInput,
    roles: anyStaff,
    audit: false,
    whenPinMustChange: true,
  }),
  'auth.changePin': channel<SessionView>()({
    input: z.strictObject({ currentPin: z.string().min(1).max(64), newPin: pinField }),
    roles: anyStaff,
    audit: true,
    whenPinMustChange: true,
  }),
  'auth.setPreferences': channel<SessionView>()({
    input: z.strictObject({
      language: languageField.optional(),
      colorScheme: colorSchemeField.optional(),
    }),
    roles: anyStaff,
    audit: false,
    whenPinMustChange: true,
  }),
};
