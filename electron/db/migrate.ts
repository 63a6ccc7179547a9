import { VaultError } from './errors';
import { migrations as defaultMigrations } from './migrations';
import type { Migration } from './migrations/types';
import type { Db } from './types';

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to date, all pending steps in one transaction. A file written by
 * a newer app is refused rather than guessed at.
 */
export function migrate(db: Db, list: readonly Migration[] = defaultMigrations): number {
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} is out of order`);
  });
  const current = schemaVersion(db);
  if (current > list.length) {
    throw new VaultError(
      'TOO_NEW',
      `The vault was written by a newer Deskbook (schema ${current}, this app knows ${list.length}).`,
    );
  }
  const pending = list.slice(current);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return list.length;
}
