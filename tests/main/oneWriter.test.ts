import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it, onTestFinished } from 'vitest';
import { PassphraseKeyProvider } from '../../electron/vault/keyProvider';
import { unsealVaultKey } from '../../electron/vault/vaultKey';
import { vaultPaths } from '../../electron/vault/vaultFile';
import { ADMIN, createTestVault, TEST_KDF, TEST_PASSPHRASE } from '../helpers/testVault';

/** A second process on the same vault: it takes the write lock and keeps it until told. */
const HOLDER = `
const Database = require('better-sqlite3-multiple-ciphers');
const db = new Database(process.env.VAULT_FILE, { fileMustExist: true });
db.pragma("cipher='sqlcipher'");
db.pragma('legacy=4');
db.pragma('key="x\\'' + process.env.VAULT_KEY + '\\'"');
db.exec('BEGIN IMMEDIATE');
process.stdout.write('locked\\n');
process.stdin.on('data', () => { db.exec('ROLLBACK'); db.close(); process.exit(0); });
`;

async function holdWriteLock(file: string, keyHex: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', HOLDER], {
    cwd: process.cwd(),
    env: { ...process.env, VAULT_FILE: file, VAULT_KEY: keyHex },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  onTestFinished(() => void child.kill());
  const [line] = (await once(child.stdout!, 'data')) as [Buffer];
  expect(line.toString()).toBe('locked\n');
  return child;
}

async function release(child: ChildProcess): Promise<void> {
  child.stdin!.write('go\n');
  await once(child, 'exit');
}

describe('one writer at a time', () => {
  it('a call while another process holds the write lock is CONFLICT/busy and writes nothing', async () => {
    const v = createTestVault();
    v.login(ADMIN.username, ADMIN.pin);
    const db = v.core.db!;
    const staffBefore = db.prepare('SELECT count(*) FROM staff').pluck().get();
    const auditBefore = db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    const key = unsealVaultKey(v.dir, new PassphraseKeyProvider(TEST_PASSPHRASE, TEST_KDF));
    const holder = await holdWriteLock(vaultPaths(v.dir).dbFile, key);

    const input = {
      username: 'lina',
      displayName: '李娜',
      role: 'receptionist' as const,
      pin: '2468',
    };
    const busy = v.call('staff.create', input);
    expect(busy).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'busy' } });
    expect(db.prepare('SELECT count(*) FROM staff').pluck().get()).toBe(staffBefore);
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(auditBefore);

    await release(holder);
    expect(v.call('staff.create', input).ok).toBe(true);
  });
});
