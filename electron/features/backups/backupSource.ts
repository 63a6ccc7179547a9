import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupEntry } from '../../../shared/contract/backupViews';
import { AppError } from '../../ipc/errors';
import type { AppEnv } from '../../ipc/context';
import { readBackupConfig } from './backupConfig';
import {
  BACKUP_NAME,
  listBackups,
  localBackupDir,
  readManifest,
  type BackupManifest,
} from './backupFiles';

/** Folders a window chose with "pick a folder" (a USB drive on a new PC); memory only. */
const picked = new Map<string, string>();

export function rememberPicked(clientId: string, folder: string): void {
  picked.set(clientId, folder);
}

type Source = BackupEntry['source'];

export function folderOf(env: AppEnv, clientId: string, source: Source): string | null {
  if (source === 'local') return localBackupDir(env.dataDir);
  if (source === 'picked') return picked.get(clientId) ?? null;
  const db = env.db();
  return db ? readBackupConfig(db).folder : null;
}

export function entryOf(source: Source, m: BackupManifest): BackupEntry {
  return {
    id: `${source}:${m.fileName}`,
    source,
    fileName: m.fileName,
    at: m.at,
    trigger: m.trigger,
    size: m.size,
    site: m.site,
    appVersion: m.appVersion,
    schemaVersion: m.schemaVersion,
  };
}

/** Every good backup this window can see, newest first; the same file in two folders once. */
export function knownBackups(env: AppEnv, clientId: string): BackupEntry[] {
  const seen = new Set<string>();
  const out: BackupEntry[] = [];
  for (const source of ['local', 'external', 'picked'] as const) {
    const dir = folderOf(env, clientId, source);
    if (!dir || !existsSync(dir)) continue;
    for (const m of listBackups(dir)) {
      if (seen.has(m.fileName)) continue;
      seen.add(m.fileName);
      out.push(entryOf(source, m));
    }
  }
  return out.sort((a, b) => b.at - a.at);
}

export interface ResolvedBackup {
  file: string;
  dir: string;
  manifest: BackupManifest;
}

/** The id names a file in a folder main knows; a path from the renderer is never used. */
export function resolveBackup(env: AppEnv, clientId: string, id: string): ResolvedBackup {
  const [source, fileName] = id.split(':') as [Source, string];
  const dir = folderOf(env, clientId, source);
  const manifest = dir && BACKUP_NAME.test(fileName) ? readManifest(dir, fileName) : null;
  if (!dir || !manifest || !existsSync(join(dir, fileName)))
    throw new AppError('NOT_FOUND', 'That backup is not there (any more).', {
      reason: 'backups.notFound',
      fields: { backupId: 'not found' },
    });
  return { file: join(dir, fileName), dir, manifest };
}
