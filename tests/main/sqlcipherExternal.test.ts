import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localBackupDir } from '../../electron/features/backups';
import { DB_FILE } from '../../electron/vault/vaultFile';
import { unsealVaultKey } from '../../electron/vault/vaultKey';
import { PassphraseKeyProvider } from '../../electron/vault/keyProvider';
import type { Db } from '../../electron/db/types';
import { frontDesk } from '../helpers/deskFixtures';
import { readWithSqlcipher } from '../helpers/sqlcipherReader';
import { TEST_KDF, TEST_PASSPHRASE } from '../helpers/testVault';

const ROOT = resolve(__dirname, '../..');

/** Blobs come back as Buffer from one module and Uint8Array from the other. */
function comparable(rows: unknown[]): unknown[] {
  return rows.map((row) =>
    Object.fromEntries(
      Object.entries(row as Record<string, unknown>).map(([k, v]) => [
        k,
        ArrayBuffer.isView(v)
          ? Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex')
          : v,
      ]),
    ),
  );
}

function appTables(db: Db): Record<string, unknown[]> {
  const names = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    names.map((t) => [t, comparable(db.prepare(`SELECT * FROM "${t}"`).all())]),
  );
}

describe('the vault is standard SQLCipher 4 (read by SQLCipher itself)', () => {
  function closedVault() {
    const v = frontDesk();
    v.ok('desk.checkIn', { clientId: v.zhang.id }, v.as('reception'));
    const expected = appTables(v.core.db!);
    v.close();
    const key = unsealVaultKey(v.dir, new PassphraseKeyProvider(TEST_PASSPHRASE, TEST_KDF));
    return { file: join(v.dir, DB_FILE), key, expected };
  }

  it('opens with the raw key and SQLCipher 4 defaults, and reads every table as the app does', () => {
    const { file, key, expected } = closedVault();
    const read = readWithSqlcipher(file, key);
    expect(read.cipherVersion).toMatch(/^4\./);
    const tables = Object.fromEntries(
      Object.entries(read.tables).map(([t, rows]) => [t, comparable(rows)]),
    );
    expect(Object.keys(tables)).toEqual(Object.keys(expected));
    expect(tables).toEqual(expected);
    expect(tables.clients!.map((c) => (c as { name: string }).name)).toContain('张三');
  });

  it("reads a backup the app made (VACUUM INTO on the jobs worker) with the vault's raw key", async () => {
    const v = frontDesk();
    v.ok('desk.checkIn', { clientId: v.zhang.id }, v.as('reception'));
    const { jobId } = v.ok('backups.run', undefined, v.as('admin'));
    expect((await v.core.jobs.whenEnded(jobId)).state).toBe('done');
    const dir = localBackupDir(v.dir);
    const [copy] = readdirSync(dir).filter((f) => f.endsWith('.db'));
    const key = unsealVaultKey(v.dir, new PassphraseKeyProvider(TEST_PASSPHRASE, TEST_KDF));
    const clients = comparable(v.rows('SELECT * FROM clients'));
    v.close();
    const read = readWithSqlcipher(join(dir, copy!), key);
    expect(read.cipherVersion).toMatch(/^4\./);
    expect(comparable(read.tables.clients!)).toEqual(clients);
    expect(read.tables.check_ins).toHaveLength(1);
    expect(() => readWithSqlcipher(join(dir, copy!), randomBytes(32).toString('hex'))).toThrow(
      /not a database|file is (encrypted|not a database)/i,
    );
  });

  it('refuses a wrong key', () => {
    const { file } = closedVault();
    expect(() => readWithSqlcipher(file, randomBytes(32).toString('hex'))).toThrow(
      /not a database|file is (encrypted|not a database)/i,
    );
  });
});

describe('@signalapp/sqlcipher stays a test-only tool', () => {
  it('is imported by no app code, so electron-vite never bundles it (AGPL-3.0)', () => {
    const appFiles = ['electron', 'shared', 'renderer'].flatMap((dir) =>
      readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(ts|tsx|mjs|js)$/.test(f))
        .map((f) => join(ROOT, dir, f)),
    );
    expect(appFiles.length).toBeGreaterThan(50);
    const using = appFiles.filter((f) => readFileSync(f, 'utf8').includes('@signalapp/sqlcipher'));
    expect(using).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.dependencies).not.toHaveProperty('@signalapp/sqlcipher');
    expect(pkg.devDependencies).toHaveProperty('@signalapp/sqlcipher');
  });
});
