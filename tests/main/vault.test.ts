import Database from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VaultError } from '../../electron/db/errors';
import { openEncrypted } from '../../electron/db/open';
import { unsealVaultKey } from '../../electron/vault/vaultKey';
import { PassphraseKeyProvider } from '../../electron/vault/keyProvider';
import { DB_FILE } from '../../electron/vault/vaultFile';
import { ADMIN, createTestVault, TEST_KDF, TEST_PASSPHRASE } from '../helpers/testVault';

function snapshot(dir: string): string {
  const h = createHash('sha256');
  for (const name of readdirSync(dir).sort()) h.update(name).update(readFileSync(join(dir, name)));
  return h.digest('hex');
}

describe('vault', () => {
  it('first run creates an encrypted file that holds no readable text', () => {
    const v = createTestVault();
    v.close();
    const raw = readFileSync(join(v.dir, DB_FILE));
    expect(raw.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(raw.includes(Buffer.from(ADMIN.displayName))).toBe(false);
    expect(raw.includes(Buffer.from('audit_log'))).toBe(false);
    expect(v.recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
  });

  it('a second start unlocks with the sealed key and finds the admin', () => {
    const v = createTestVault();
    const core = v.reopen();
    expect(core.status().state).toBe('open');
    expect(core.dispatch('auth.login', { username: ADMIN.username, pin: ADMIN.pin }, 'x').ok).toBe(
      true,
    );
  });

  it('uses WAL, synchronous=FULL and foreign keys', () => {
    const v = createTestVault();
    const db = v.core.db!;
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('refuses to open without a key or with a wrong key, and leaves the files untouched', () => {
    const v = createTestVault();
    v.close();
    const file = join(v.dir, DB_FILE);
    const before = snapshot(v.dir);

    const bare = new Database(file, { fileMustExist: true });
    expect(() => bare.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(
      /not a database/,
    );
    bare.close();

    expect(() => openEncrypted(file, 'ab'.repeat(32))).toThrow(VaultError);
    try {
      openEncrypted(file, 'ab'.repeat(32));
    } catch (err) {
      expect((err as VaultError).problem).toBe('DAMAGED');
      expect((err as Error).message).toMatch(/key does not open this file, or the file is damaged/);
    }
    expect(snapshot(v.dir)).toBe(before);
  });

  it('reports a damaged file clearly and changes nothing', () => {
    const v = createTestVault();
    v.close();
    const file = join(v.dir, DB_FILE);
    const bytes = readFileSync(file);
    bytes.fill(0x5a, 5000, 6000);
    writeFileSync(file, bytes);
    const before = snapshot(v.dir);
    const core = v.reopen();
    const status = core.status();
    expect(status.state).toBe('error');
    expect(['DAMAGED']).toContain(status.problem);
    expect(snapshot(v.dir)).toBe(before);
  });

  it('refuses a plain, unencrypted SQLite file', () => {
    const v = createTestVault();
    v.close();
    const file = join(v.dir, DB_FILE);
    const plain = new Database(join(v.dir, 'plain.db'));
    plain.exec('CREATE TABLE t (x)');
    plain.close();
    writeFileSync(file, readFileSync(join(v.dir, 'plain.db')));
    expect(v.reopen().status()).toMatchObject({ state: 'error', problem: 'NOT_ENCRYPTED' });
  });

  it('refuses a vault written by a newer app', () => {
    const v = createTestVault();
    v.core.db!.pragma('user_version = 999');
    expect(v.reopen().status()).toMatchObject({ state: 'error', problem: 'TOO_NEW' });
  });

  it('another PC cannot unseal the key; the recovery key opens it and reseals it', () => {
    const v = createTestVault();
    const elsewhere = v.reopen({ passphrase: 'another pc' });
    expect(elsewhere.status()).toMatchObject({
      state: 'error',
      problem: 'KEY_UNAVAILABLE',
      recoverable: true,
    });

    const wrong = elsewhere.dispatch(
      'vault.recover',
      { recoveryKey: '0000-0000-0000-0000-0000-0000-0000-0000' },
      'c',
    );
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', reason: 'vault.badRecoveryKey' },
    });

    const typedByHand = v.recoveryKey.toLowerCase().replace(/-/g, ' ');
    const fixed = elsewhere.dispatch('vault.recover', { recoveryKey: typedByHand }, 'c');
    expect(fixed).toMatchObject({ ok: true, data: { state: 'open' } });
    expect(() =>
      unsealVaultKey(v.dir, new PassphraseKeyProvider('another pc', TEST_KDF)),
    ).not.toThrow();
    expect(() =>
      unsealVaultKey(v.dir, new PassphraseKeyProvider(TEST_PASSPHRASE, TEST_KDF)),
    ).toThrow(VaultError);
  });

  it('setup runs only once', () => {
    const v = createTestVault();
    const again = v.call('vault.setup', {
      siteName: 'x',
      language: 'en',
      admin: { ...ADMIN, username: 'other' },
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'vault.exists' } });
  });

  it('setup rejects a short admin PIN and leaves no files behind', () => {
    const v = createTestVault({ setup: false });
    const r = v.call('vault.setup', {
      siteName: 'x',
      language: 'en',
      admin: { ...ADMIN, pin: '1234' },
    });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'admin.pin': expect.any(String) } },
    });
    expect(readdirSync(v.dir)).toEqual([]);
    expect(v.core.status().state).toBe('absent');
  });
});
