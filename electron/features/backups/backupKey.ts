import { normalizeRecoveryKey } from '../../../shared/domain/recoveryKey';
import { LATEST_VERSION } from '../../db/migrations';
import { AppError } from '../../ipc/errors';
import { keyCheck } from '../../vault/vaultFile';
import { unwrapSecret } from '../../vault/wrap';
import type { BackupManifest } from './backupFiles';

const badKey = () =>
  new AppError('UNAUTHENTICATED', 'The recovery key does not open this backup.', {
    reason: 'vault.badRecoveryKey',
    fields: { recoveryKey: 'does not open this backup' },
  });

/** The vault key, from the wrap the manifest carries: the recovery key is all a new PC needs. */
export function keyFromRecovery(m: BackupManifest, recoveryKey: string): Buffer {
  let key: Buffer;
  try {
    key = unwrapSecret(m.recovery, normalizeRecoveryKey(recoveryKey));
  } catch {
    throw badKey();
  }
  if (key.length !== 32 || keyCheck(key) !== m.keyCheck) throw badKey();
  return key;
}

/** "1.10.0" > "1.9.2": numeric parts compared in order, anything else as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.+-]/).map((x) => Number.parseInt(x, 10) || 0);
  const pb = b.split(/[.+-]/).map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** A backup a newer Deskbook wrote could hold what this one cannot read or would damage. */
export function refuseNewer(m: BackupManifest, appVersion: string): void {
  if (m.schemaVersion > LATEST_VERSION || compareVersions(m.appVersion, appVersion) > 0)
    throw new AppError(
      'CONFLICT',
      `This backup was made by Deskbook ${m.appVersion} (schema ${m.schemaVersion}); this is ${appVersion} (schema ${LATEST_VERSION}). Update Deskbook first.`,
      { reason: 'backups.tooNew' },
    );
}
