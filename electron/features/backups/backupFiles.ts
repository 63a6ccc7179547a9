import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { BackupTrigger } from '../../../shared/contract/backupViews';
import type { Wrapped } from '../../vault/wrap';

/** Beside each backup: what it holds, and the key wrapped by the recovery key (for a new PC). */
export interface BackupManifest {
  format: 1;
  fileName: string;
  at: number;
  trigger: BackupTrigger;
  appVersion: string;
  schemaVersion: number;
  size: number;
  sha256: string;
  site: string;
  /** The audit chain head inside the copy: an anchor outside the vault file. */
  audit: { seq: number; head: string | null };
  counts: { clients: number; checkIns: number; staff: number; auditRows: number };
  /** The vault's keyCheck and recovery wrap, so only the recovery key is needed to restore. */
  keyCheck: string;
  recovery: Wrapped;
}

export const BACKUP_NAME = /^deskbook-\d{8}-\d{9}Z-(manual|daily|update|migration)\.db$/;
export const LOCAL_DIR = 'backups';

export function localBackupDir(dataDir: string): string {
  return join(dataDir, LOCAL_DIR);
}

export function backupName(at: number, trigger: BackupTrigger): string {
  const iso = new Date(at).toISOString(); // 2026-11-22T01:00:00.000Z
  const stamp = `${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 23).replace(/[:.]/g, '')}Z`;
  return `deskbook-${stamp}-${trigger}.db`;
}

export const manifestOf = (file: string) => file.replace(/\.db$/, '.json');
export const tempOf = (dir: string, fileName: string) => join(dir, `.${fileName}.tmp`);

export function sha256File(file: string): string {
  const hash = createHash('sha256');
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(1 << 20);
    for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) hash.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** Write-then-rename, 0600: a crash never leaves half a manifest that names a good backup. */
export function writeManifest(dir: string, m: BackupManifest): void {
  const target = join(dir, manifestOf(m.fileName));
  const tmp = `${target}.tmp`;
  writeFileSync(tmp, JSON.stringify(m, null, 2), { mode: 0o600 });
  renameSync(tmp, target);
}

export function readManifest(dir: string, fileName: string): BackupManifest | null {
  try {
    const m = JSON.parse(readFileSync(join(dir, manifestOf(fileName)), 'utf8')) as BackupManifest;
    return m.format === 1 && m.fileName === fileName && m.recovery ? m : null;
  } catch {
    return null;
  }
}

/**
 * Good backups in a folder, newest first: a file with our name whose manifest is there
 * and whose size matches it. A temp file or a file without its manifest never counts.
 */
export function listBackups(dir: string): BackupManifest[] {
  if (!existsSync(dir)) return [];
  const out: BackupManifest[] = [];
  for (const name of readdirSync(dir)) {
    if (!BACKUP_NAME.test(name)) continue;
    const m = readManifest(dir, name);
    if (m && statSync(join(dir, name)).size === m.size) out.push(m);
  }
  return out.sort((a, b) => b.at - a.at);
}

export function removeBackup(dir: string, fileName: string): void {
  rmSync(join(dir, manifestOf(fileName)), { force: true });
  rmSync(join(dir, fileName), { force: true });
}

/** Temp files a crash or a failed verification left (never counted; removed next time). */
export function removeTemps(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir))
    if (name.startsWith('.deskbook-') && name.endsWith('.tmp')) rmSync(join(dir, name));
}
