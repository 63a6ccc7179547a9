import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { DB_FILE, VAULT_FILE } from '../../electron/vault/vaultFile';
import { ADMIN, createTestVault, FakeClock, makeCore } from '../helpers/testVault';

const posix = process.platform !== 'win32';
const mode = (file: string) => statSync(file).mode & 0o777;

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'deskbook-files-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort())
    out[name] = createHash('sha256')
      .update(readFileSync(join(dir, name)))
      .digest('hex');
  return out;
}

const SETUP = { siteName: 'Site', language: 'en' as const, admin: ADMIN };

describe('vault files', () => {
  it('setup into a userData/vault folder that does not exist yet makes it (0700)', () => {
    const vaultDir = join(tempDir(), 'userData', 'vault');
    const core = makeCore(vaultDir, new FakeClock());
    onTestFinished(() => core.close());
    const r = core.dispatch('vault.setup', SETUP, 'c');
    expect(r).toMatchObject({ ok: true });
    expect(core.status().state).toBe('open');
    if (posix) expect(mode(vaultDir)).toBe(0o700);
  });

  it.runIf(posix)('vault files are 0600 whatever the umask, -wal and -shm included', () => {
    const old = process.umask(0o002);
    try {
      const v = createTestVault();
      v.login(ADMIN.username, ADMIN.pin);
      const db = join(v.dir, DB_FILE);
      for (const f of [db, `${db}-wal`, `${db}-shm`, join(v.dir, VAULT_FILE)])
        expect([f, mode(f)]).toEqual([f, 0o600]);
    } finally {
      process.umask(old);
    }
  });

  it('a damaged vault with a leftover -wal is reported DAMAGED and every file stays byte-identical', () => {
    const v = createTestVault();
    v.login(ADMIN.username, ADMIN.pin);
    // Enough writes that the main file has pages far from the start, then a checkpoint,
    // then more committed frames that live only in the WAL.
    for (let i = 0; i < 40; i += 1) v.ok('staff.create', staffInput(i));
    v.core.db!.pragma('wal_checkpoint(TRUNCATE)');
    for (let i = 40; i < 50; i += 1) v.ok('staff.create', staffInput(i));
    // A crash-state copy: the three files as they are while the writer still holds them.
    const copy = tempDir();
    for (const name of [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`, VAULT_FILE])
      copyFileSync(join(v.dir, name), join(copy, name));
    v.close();
    expect(statSync(join(copy, `${DB_FILE}-wal`)).size).toBeGreaterThan(0);
    const file = join(copy, DB_FILE);
    const bytes = readFileSync(file);
    // A page of the main file the WAL holds no newer copy of, so reading it must fail.
    const inWal = walPages(join(copy, `${DB_FILE}-wal`));
    const pages = bytes.length / PAGE;
    const page = [...Array(pages).keys()].reverse().find((p) => p > 1 && !inWal.has(p + 1))!;
    bytes.fill(0x5a, page * PAGE + 100, page * PAGE + 200);
    writeFileSync(file, bytes);
    const before = hashes(copy);

    const core = makeCore(copy, new FakeClock());
    expect(core.status()).toMatchObject({ state: 'error', problem: 'DAMAGED' });
    core.close();
    expect(hashes(copy)).toEqual(before);
    expect(existsSync(join(copy, `${DB_FILE}-wal`))).toBe(true);
  });
});

const PAGE = 4096;

/** Page numbers (1-based) the WAL holds frames for: each frame starts with its page number. */
function walPages(wal: string): Set<number> {
  const raw = readFileSync(wal);
  const found = new Set<number>();
  for (let at = 32; at + 24 + PAGE <= raw.length; at += 24 + PAGE) found.add(raw.readUInt32BE(at));
  return found;
}

function staffInput(i: number) {
  return {
    username: `user${i}`,
    displayName: `Person ${i} ${'x'.repeat(200)}`.slice(0, 60),
    role: 'receptionist' as const,
    pin: '135790',
  };
}
