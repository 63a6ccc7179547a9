import { z } from 'zod';
import { ADMIN_ONLY, OVERSIGHT_ROLES } from '../../domain/roles';
import type { BackupEntry, BackupStatus, RestorePreview } from '../backupViews';
import { channel } from '../define';
import { idField, noInput } from '../fields';
import type { JobStarted } from '../jobViews';
import type { VaultStatus } from '../views';

const recoveryKeyField = z.string().trim().min(20).max(64);
/** `<source>:<file name>` as main listed it; main resolves the folder itself. */
const backupIdField = z
  .string()
  .max(120)
  .regex(/^(local|external|picked):[\w.-]+\.db$/, 'a backup from the list');
const keepField = (max: number) => z.number().int().min(1).max(max);

export const backupChannels = {
  /** Last good backup per target, age, next run, history; the shell's warning for oversight. */
  'backups.status': channel<BackupStatus>()({
    input: noInput,
    roles: OVERSIGHT_ROLES,
    audit: false,
  }),
  /** Starts a backup job now (VACUUM INTO on the jobs worker); the desk keeps working. */
  'backups.run': channel<JobStarted>()({
    input: noInput,
    roles: ADMIN_ONLY,
    audit: true,
  }),
  /** Folder (chosen through main's dialog, or none), daily time and how many to keep. */
  'backups.configure': channel<BackupStatus>()({
    input: z.strictObject({
      folder: z.enum(['choose', 'none']).optional(),
      time: z
        .string()
        .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM')
        .nullable()
        .optional(),
      keepDaily: keepField(60).optional(),
      keepWeekly: keepField(52).optional(),
      keepMonthly: keepField(120).optional(),
    }),
    roles: ADMIN_ONLY,
    audit: true,
  }),
  /**
   * Proves the recovery key opens the latest backup, replacing nothing; recorded. A wrong
   * key is refused at once; the copy is checked by a job (its end is the drill's result).
   */
  'backups.drill': channel<JobStarted>()({
    input: z.strictObject({ recoveryKey: recoveryKeyField }),
    roles: ADMIN_ONLY,
    audit: true,
  }),
};

/**
 * Restore runs before (or instead of) an open vault: on a new PC, or when the vault is
 * damaged. While a vault is open, main asks for a signed-in admin as well.
 */
export const restoreChannels = {
  /** Known backups (local, the chosen folder), or with pick, those in a folder chosen now. */
  'vault.backups': channel<BackupEntry[]>()({
    input: z.strictObject({ pick: z.boolean().optional() }).optional(),
    roles: 'public',
    audit: false,
    withoutVault: true,
  }),
  /** Checks the key at once, then the copy in a job; its summary comes from the next channel. */
  'vault.restorePreview': channel<JobStarted>()({
    input: z.strictObject({ backupId: backupIdField, recoveryKey: recoveryKeyField }),
    roles: 'public',
    audit: false,
    withoutVault: true,
  }),
  /** What the finished preview job found, for the window that started it only. */
  'vault.restorePreviewResult': channel<RestorePreview>()({
    input: z.strictObject({ jobId: idField }),
    roles: 'public',
    audit: false,
    withoutVault: true,
  }),
  /** Keeps the current vault aside, brings the backup in, seals its key for this PC. */
  'vault.restore': channel<VaultStatus>()({
    input: z.strictObject({ backupId: backupIdField, recoveryKey: recoveryKeyField }),
    roles: 'public',
    audit: true,
    withoutVault: true,
  }),
};
