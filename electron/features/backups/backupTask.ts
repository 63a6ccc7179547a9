import type { Db } from '../../db/types';
import type { ReadTaskControl } from '../../jobs';
import { makeBackupFiles, type BackupParams, type TargetOutcome } from './backupMake';

/**
 * The jobs worker's task `backups.make`. Its connection is opened read-only, so the live
 * vault cannot be written whatever happens here; `query_only` is lifted because SQLite
 * counts VACUUM INTO's write to the *new* file as a write and refuses it otherwise.
 */
export async function backupTask(
  db: Db,
  params: unknown,
  ctl: ReadTaskControl,
  access: { keyHex: string; nativeBinding?: string },
): Promise<TargetOutcome[]> {
  db.pragma('query_only = OFF');
  const key = {
    keyHex: access.keyHex,
    ...(access.nativeBinding ? { nativeBinding: access.nativeBinding } : {}),
  };
  // Core says go before the first file is made: a cancel until then leaves nothing at all.
  await ctl.ready();
  return makeBackupFiles(db, params as BackupParams, key, ctl.progress);
}
