import Database from 'better-sqlite3-multiple-ciphers';
import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { VaultError } from './errors';
import { createOwnerOnlyFile, ownerOnly } from './fileModes';
import { quickCheckWithin, type QuickCheckReport } from './quickCheck';
import type { Db } from './types';

const PLAINTEXT_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const KEY_HEX = /^[0-9a-f]{64}$/;
export const BUSY_TIMEOUT_MS = 5_000;

export interface OpenOptions {
  /** Create the file when missing (first run only). */
  create?: boolean;
  /** Path of a Node or Electron build of the SQLite module (see README). */
  nativeBinding?: string;
  /** Time for the quick_check at open (START_CHECK_BUDGET_MS); tests pass 0 to skip tables. */
  checkBudgetMs?: number;
  /** Told what the quick_check at open reached (Core reports it on integrity.status). */
  onChecked?: (report: QuickCheckReport) => void;
}

function readHeader(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16);
    readSync(fd, buf, 0, 16, 0);
    return buf;
  } finally {
    closeSync(fd);
  }
}

function assertNotPlaintext(file: string): void {
  if (!existsSync(file) || statSync(file).size === 0) return;
  if (readHeader(file).equals(PLAINTEXT_HEADER)) {
    throw new VaultError(
      'NOT_ENCRYPTED',
      'The database file is not encrypted; refusing to use it.',
    );
  }
}

const cipherChecked = new Set<string>();

/**
 * A build without SQLite3MultipleCiphers would silently ignore the key and write plain
 * text. Asked of an in-memory database, since any statement on the keyless file fails.
 */
function assertCipherBuild(nativeBinding: string | undefined): void {
  const which = nativeBinding ?? 'default';
  if (cipherChecked.has(which)) return;
  const mem = new Database(':memory:', nativeBinding ? { nativeBinding } : {});
  try {
    mem.prepare('SELECT sqlite3mc_version()').pluck().get();
    cipherChecked.add(which);
  } catch {
    throw new VaultError('NO_CIPHER', 'The SQLite module has no encryption support.');
  } finally {
    mem.close();
  }
}

function applyKey(db: Db, keyHex: string): void {
  // SQLCipher v4 page format with a raw key: no KDF at open, readable by SQLCipher tools.
  db.pragma("cipher='sqlcipher'");
  db.pragma('legacy=4');
  db.pragma(`key="x'${keyHex}'"`);
}

function damaged(): VaultError {
  return new VaultError(
    'DAMAGED',
    'The vault key does not open this file, or the file is damaged.',
  );
}

/**
 * The first read is where a wrong key shows (SQLITE_NOTADB); the time-boxed quick_check then
 * finds a damaged page at start, not in the middle of a check-in (the rest: the full job).
 */
function probe(db: Db, options: OpenOptions): void {
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
    const report = quickCheckWithin(db, options.checkBudgetMs);
    if (!report.ok) throw damaged();
    options.onChecked?.(report);
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw damaged();
    throw err;
  }
}

/**
 * The checks run on a read-only connection first: a read-write one that fails would still
 * fold a leftover -wal into the file and delete -wal/-shm when closed (SQLite checkpoints on
 * the last close). A read-only one never checkpoints or writes the -wal, but it creates a
 * missing -wal/-shm and, as the first connection, rebuilds the -shm index; so on failure
 * the -shm is put back byte for byte and what it created goes (the single-instance lock
 * means no other process uses them). On success the writer takes over and rebuilds the -shm.
 */
function probeReadOnly(file: string, keyHex: string, options: OpenOptions): void {
  const wal = `${file}-wal`;
  const shm = `${file}-shm`;
  const walExisted = existsSync(wal);
  const shmBefore = existsSync(shm) ? readFileSync(shm) : null;
  const db = new Database(file, { readonly: true, fileMustExist: true, ...binding(options) });
  try {
    applyKey(db, keyHex);
    probe(db, options);
  } catch (err) {
    db.close();
    if (shmBefore) writeFileSync(shm, shmBefore);
    else rmSync(shm, { force: true });
    if (!walExisted) rmSync(wal, { force: true });
    throw err;
  }
  db.close();
}

const binding = (o: OpenOptions) => (o.nativeBinding ? { nativeBinding: o.nativeBinding } : {});

function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  // WAL would default to NORMAL in this build; a committed check-in must survive power loss.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Deleted content is overwritten with zeros, so a destroyed client file leaves no trace.
  db.pragma('secure_delete = ON');
  // One writer: a second process holding the write lock is waited for this long, then the
  // router answers CONFLICT/busy (write transactions begin IMMEDIATE, so nothing is half done).
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // Decrypting a page costs ~7x reading a plain one; a 64 MiB cache keeps the clients table
  // and its hot index pages decrypted, which brings search within 1.5x of plain SQLite
  // (npm run bench, 100k files).
  db.pragma('cache_size = -65536');
  if (db.pragma('synchronous', { simple: true }) !== 2) {
    throw new Error('synchronous=FULL did not take effect');
  }
}

/**
 * Opens the encrypted database with a raw 256-bit key. Every check that could refuse the
 * file runs before anything is written, so a wrong key or damaged file leaves it untouched.
 */
export function openEncrypted(file: string, keyHex: string, options: OpenOptions = {}): Db {
  if (!KEY_HEX.test(keyHex)) throw new Error('vault key must be 64 lowercase hex digits');
  const exists = existsSync(file);
  if (!exists && !options.create)
    throw new VaultError('MISSING_DB', 'The vault database is missing.');
  if (exists) assertNotPlaintext(file);
  assertCipherBuild(options.nativeBinding);
  if (exists) probeReadOnly(file, keyHex, options);
  // SQLite would create it 0644, and gives -wal/-shm the main file's mode.
  else createOwnerOnlyFile(file);
  for (const f of [file, `${file}-wal`, `${file}-shm`]) ownerOnly(f);
  const db = new Database(file, { fileMustExist: true, ...binding(options) });
  try {
    applyKey(db, keyHex);
    db.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
    configure(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/**
 * A read-only connection beside the writer (the jobs worker's, DESIGN §3a): same key and
 * checks, no quick_check (the writer did it at open) and nothing that would write.
 */
export function openReadOnly(file: string, keyHex: string, options: OpenOptions = {}): Db {
  if (!KEY_HEX.test(keyHex)) throw new Error('vault key must be 64 lowercase hex digits');
  if (!existsSync(file)) throw new VaultError('MISSING_DB', 'The vault database is missing.');
  assertNotPlaintext(file);
  assertCipherBuild(options.nativeBinding);
  const db = new Database(file, {
    readonly: true,
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    applyKey(db, keyHex);
    db.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
    db.pragma('query_only = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // The writer's 64 MiB too: a report reads a year's entries and then its exits from the
    // same index pages; with the default 2 MiB every page was decrypted twice.
    db.pragma('cache_size = -65536');
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
