import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { VaultError } from './errors';
import type { Db } from './types';

const PLAINTEXT_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const KEY_HEX = /^[0-9a-f]{64}$/;
export const BUSY_TIMEOUT_MS = 5_000;

export interface OpenOptions {
  /** Create the file when missing (first run only). */
  create?: boolean;
  /** Path of a Node or Electron build of the SQLite module (see README). */
  nativeBinding?: string;
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

/**
 * The first read is where a wrong key shows (SQLITE_NOTADB); quick_check then reads every
 * page, so a damaged page is found at start and not in the middle of a check-in.
 */
function probe(db: Db): void {
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
    const check = db.pragma('quick_check(1)', { simple: true });
    if (check !== 'ok')
      throw Object.assign(new Error('quick_check failed'), { code: 'SQLITE_CORRUPT' });
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new VaultError(
        'DAMAGED',
        'The vault key does not open this file, or the file is damaged.',
      );
    }
    throw err;
  }
}

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
  const db = new Database(file, {
    fileMustExist: !options.create,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    applyKey(db, keyHex);
    probe(db);
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
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
