import { createHmac } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VaultError } from '../db/errors';
import { OWNER_ONLY } from '../db/fileModes';
import type { Wrapped } from './wrap';

export const VAULT_FILE = 'vault.json';
export const DB_FILE = 'deskbook.db';

/** Beside the database: the key sealed for this PC and wrapped by the recovery key. */
export interface VaultFile {
  format: 1;
  createdAt: number;
  /** HMAC of a constant under the key: tells a wrong key from a damaged database. */
  keyCheck: string;
  sealed: { provider: string; data: string };
  recovery: Wrapped;
}

export function vaultPaths(dir: string) {
  return { vaultFile: join(dir, VAULT_FILE), dbFile: join(dir, DB_FILE) };
}

export function keyCheck(key: Buffer): string {
  return createHmac('sha256', key).update('deskbook/key-check/v1').digest('hex').slice(0, 32);
}

export function readVaultFile(dir: string): VaultFile {
  const { vaultFile } = vaultPaths(dir);
  try {
    const parsed = JSON.parse(readFileSync(vaultFile, 'utf8')) as VaultFile;
    if (parsed.format !== 1 || !parsed.sealed || !parsed.recovery || !parsed.keyCheck) {
      throw new Error('unknown vault file format');
    }
    return parsed;
  } catch {
    throw new VaultError('DAMAGED', 'The vault key file is damaged or unreadable.');
  }
}

/** Write-then-rename so a crash never leaves half a key file. */
export function writeVaultFile(dir: string, file: VaultFile): void {
  const { vaultFile } = vaultPaths(dir);
  const tmp = `${vaultFile}.tmp`;
  writeFileSync(tmp, JSON.stringify(file, null, 2), { mode: OWNER_ONLY });
  // A .tmp left by a crash keeps its old mode through writeFileSync; the umask may narrow it.
  chmodSync(tmp, OWNER_ONLY);
  renameSync(tmp, vaultFile);
}

export function vaultPresence(dir: string): 'absent' | 'present' | 'orphan' {
  const { vaultFile, dbFile } = vaultPaths(dir);
  if (existsSync(vaultFile)) return 'present';
  return existsSync(dbFile) ? 'orphan' : 'absent';
}
