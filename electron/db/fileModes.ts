import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';

/**
 * Vault files, backups and exports are the owner's only (0600), whatever the umask: SQLite
 * creates a database 0644 and gives -wal/-shm the main file's mode, so the main file is
 * made (or corrected) before SQLite opens it. Windows has no such modes; chmod is harmless.
 */
export const OWNER_ONLY = 0o600;
export const OWNER_ONLY_DIR = 0o700;

export function ownerOnly(file: string): void {
  if (existsSync(file)) chmodSync(file, OWNER_ONLY);
}

/** An empty database file for SQLite to fill, 0600 from the start ('wx': never an old one). */
export function createOwnerOnlyFile(file: string): void {
  writeFileSync(file, '', { flag: 'wx', mode: OWNER_ONLY });
  chmodSync(file, OWNER_ONLY);
}

/** The vault folder: made if missing (with its parents), then 0700 even if it existed. */
export function makePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: OWNER_ONLY_DIR });
  chmodSync(dir, OWNER_ONLY_DIR);
}
