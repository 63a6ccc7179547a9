import { closeSync, openSync, readSync } from 'node:fs';
import { openReadOnly } from '../../db/open';
import type { Db } from '../../db/types';
import type { BackupManifest } from './backupFiles';

const PLAINTEXT = Buffer.from('SQLite format 3\0', 'latin1');

export interface VerifiedCopy {
  counts: BackupManifest['counts'];
  audit: BackupManifest['audit'];
  schemaVersion: number;
}

/** A refusal with a stable reason a person can act on (errors.reason.*). */
export class BackupRefusal extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'BackupRefusal';
  }
}

function startsPlain(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16);
    readSync(fd, buf, 0, 16, 0);
    return buf.equals(PLAINTEXT);
  } finally {
    closeSync(fd);
  }
}

function count(db: Db, table: string): number {
  const exists = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
    .get(table);
  return exists ? (db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number) : 0;
}

/** What the copy holds, read from the copy itself. */
export function describeCopy(db: Db): VerifiedCopy {
  const head = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined;
  return {
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    audit: { seq: head?.seq ?? 0, head: head?.hash ?? null },
    counts: {
      clients: count(db, 'clients'),
      checkIns: count(db, 'check_ins'),
      staff: count(db, 'staff'),
      auditRows: count(db, 'audit_log'),
    },
  };
}

/**
 * The checks a copy must pass before it is named a good backup: no plaintext header, opens
 * with the key, quick_check ok, and (when given) the schema version the source had.
 */
export function verifyCopy(
  file: string,
  keyHex: string,
  expectSchema: number | null,
  nativeBinding?: string,
): VerifiedCopy {
  if (startsPlain(file)) throw new BackupRefusal('backups.plaintext');
  let db: Db;
  try {
    db = openReadOnly(file, keyHex, nativeBinding ? { nativeBinding } : {});
  } catch {
    throw new BackupRefusal('backups.verifyFailed');
  }
  try {
    let ok: unknown;
    try {
      ok = db.pragma('quick_check(1)', { simple: true });
    } catch {
      ok = 'error';
    }
    if (ok !== 'ok') throw new BackupRefusal('backups.verifyFailed');
    const copy = describeCopy(db);
    if (expectSchema !== null && copy.schemaVersion !== expectSchema)
      throw new BackupRefusal('backups.schemaMismatch');
    return copy;
  } finally {
    db.close();
  }
}
