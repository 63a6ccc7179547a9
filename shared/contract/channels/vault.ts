import { z } from 'zod';
import { SITE_PROFILES } from '../../domain/modules';
import { channel } from '../define';
import {
  displayNameField,
  languageField,
  noInput,
  pinField,
  siteNameField,
  usernameField,
} from '../fields';
import type { SetupResult, VaultStatus } from '../views';
import { restoreChannels } from './backups';

export const vaultChannels = {
  'vault.status': channel<VaultStatus>()({
    input: noInput,
    roles: 'public',
    audit: false,
    withoutVault: true,
    whenLocked: true,
    display: true,
  }),
  /** First run: creates the encrypted vault and the first admin; returns the recovery key once. */
  'vault.setup': channel<SetupResult>()({
    input: z.strictObject({
      siteName: siteNameField,
      language: languageField,
      /** 站点类型; the admin can adjust its modules in settings later. Default gym. */
      siteProfile: z.enum(SITE_PROFILES).optional(),
      admin: z.strictObject({
        displayName: displayNameField,
        username: usernameField,
        pin: pinField,
      }),
    }),
    roles: 'public',
    audit: true,
    withoutVault: true,
  }),
  /** Opens the vault with the recovery key when this PC can no longer unseal it. */
  'vault.recover': channel<VaultStatus>()({
    input: z.strictObject({ recoveryKey: z.string().trim().min(20).max(64) }),
    roles: 'public',
    audit: true,
    withoutVault: true,
  }),
  ...restoreChannels,
};
