import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
// Test-only (AGPL-3.0): SQLCipher itself, a different implementation from the app's
// SQLite3MultipleCiphers. Never imported by electron/ or renderer/, so never bundled.
import Database from '@signalapp/sqlcipher';

export interface SqlcipherRead {
  cipherVersion: string;
  /** Every table's rows, as SQLCipher reads them. */
  tables: Record<string, unknown[]>;
}

/**
 * Opens any SQLCipher file (the vault, a backup) with SQLCipher's own defaults for version 4
 * and nothing but the raw key, so a file that opens here is standard SQLCipher 4. It reads a
 * copy (with its -wal, if there is one) in a temp folder: the file itself is never touched.
 * A wrong key throws.
 */
export function readWithSqlcipher(file: string, keyHex: string): SqlcipherRead {
  const dir = mkdtempSync(join(tmpdir(), 'deskbook-sqlcipher-'));
  try {
    const copy = join(dir, basename(file));
    copyFileSync(file, copy);
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
    const db = new Database(copy);
    try {
      // A wrong key is an error here; SQLCipher's own log line about it is noise in a test run.
      db.exec('PRAGMA cipher_log_level = NONE');
      db.exec(`PRAGMA key = "x'${keyHex}'"`);
      const names = db
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
        .all()
        .map((r) => String((r as { name: string }).name));
      const tables = Object.fromEntries(
        names.map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).all() as unknown[]]),
      );
      const version = db.prepare('PRAGMA cipher_version').all()[0] as Record<string, unknown>;
      return { cipherVersion: String(Object.values(version)[0]), tables };
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
