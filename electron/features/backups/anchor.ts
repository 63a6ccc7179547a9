import type { Db } from '../../db/types';
import type { AppEnv } from '../../ipc/context';
import { readVaultFile } from '../../vault/vaultFile';
import { readBackupConfig } from './backupConfig';
import { listBackups, localBackupDir } from './backupFiles';

export interface ExternalAnchor {
  fileName: string;
  at: number;
  seq: number;
  hash: string;
}

/**
 * The chain head the newest backup manifest of this vault recorded, outside the file: a
 * log cut back after it, or rewritten together with its anchors table, no longer holds
 * that hash at that seq. Manifests from before the last restore describe the lineage the
 * restore replaced, so they are not held against it.
 */
export function newestBackupAnchor(env: AppEnv, db: Db): ExternalAnchor | null {
  let check: string;
  try {
    check = readVaultFile(env.dataDir).keyCheck;
  } catch {
    return null;
  }
  const { restoredAt } = readBackupConfig(db);
  const m = listBackups(localBackupDir(env.dataDir)).find(
    (x) => x.keyCheck === check && x.audit.head && (restoredAt === null || x.at > restoredAt),
  );
  return m ? { fileName: m.fileName, at: m.at, seq: m.audit.seq, hash: m.audit.head! } : null;
}
