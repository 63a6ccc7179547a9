import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAudit } from '../../electron/audit/chain';
import { openReadOnly } from '../../electron/db/open';
import type { Db } from '../../electron/db/types';
import { listBackups, localBackupDir } from '../../electron/features/backups';
import { sha256File } from '../../electron/features/backups/backupFiles';
import { PassphraseKeyProvider } from '../../electron/vault/keyProvider';
import { unsealVaultKey } from '../../electron/vault/vaultKey';
import { STAFF } from '../helpers/clientFixtures';
import { localTime, shiftAtWork, shiftDesk } from '../helpers/shiftFixtures';
import { ADMIN, FakeClock, makeCore, TEST_KDF, TEST_PASSPHRASE } from '../helpers/testVault';

const ROUNDS = 12;
/** Every third round also runs a backup job that the kill may cut anywhere. */
const withBackup = (round: number) => round % 3 === 2;

/** In the copy, in the verify (the temp file is complete, not yet renamed), or after the end. */
const BACKUP_POINTS = ['backupPhase copying', 'backupPhase verifying', 'backupEnd'];

/** A small seeded generator, so a failing round can be replayed from the seed in its message. */
function lcg(seed: number) {
  let x = seed >>> 0;
  return (n: number) => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x % n;
  };
}

interface Acked {
  client: string[];
  checkIn: string[];
  log: string[];
}

/**
 * Where the kill lands: after `lines` more lines once the child printed `after` (a backup
 * phase, the backup's end, or simply its first line).
 */
interface KillAt {
  after: string;
  lines: number;
}

/** Runs the child until the kill point, then SIGKILLs it. */
async function roundOfWrites(dir: string, round: number, kill: KillAt): Promise<Acked> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(__dirname, '../helpers/crashWriter.ts')],
    {
      cwd: process.cwd(),
      env: {
        ...process.env,
        CRASH_DIR: dir,
        CRASH_ROUND: String(round),
        // A day per round, so rotation (one daily backup per day) never removes an earlier one.
        CRASH_CLOCK: String(localTime(10, 0, 22 + round)),
        CRASH_PASSPHRASE: TEST_PASSPHRASE,
        CRASH_USER: STAFF.reception.username,
        CRASH_PIN: STAFF.reception.pin,
        ...(withBackup(round)
          ? { CRASH_BACKUP: '1', CRASH_ADMIN: ADMIN.username, CRASH_ADMIN_PIN: ADMIN.pin }
          : {}),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const acked: Acked = { client: [], checkIn: [], log: [] };
  let lines = -1;
  let rest = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    rest += chunk.toString();
    const parts = rest.split('\n');
    rest = parts.pop()!;
    for (const line of parts) {
      const [kind, id] = line.split(' ') as [keyof Acked, string];
      if (kind in acked) acked[kind].push(id);
      if (lines < 0 && line.startsWith(kill.after)) lines = 0;
      if (lines >= 0 && lines++ === kill.lines) child.kill('SIGKILL');
    }
  });
  const [code, signal] = (await once(child, 'exit')) as [number | null, string | null];
  // The child never ends by itself: anything but our kill is a failure of the writer.
  expect({ code, signal }).toEqual({ code: null, signal: 'SIGKILL' });
  return acked;
}

function present(db: Db, table: string, ids: string[]): string[] {
  const has = db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).pluck();
  return ids.filter((id) => !has.get(id));
}

/** A good backup: its bytes are those its manifest names, and it opens with the key. */
function checkBackups(dir: string, keyHex: string, earlier: Map<string, string>) {
  const folder = localBackupDir(dir);
  const good = existsSync(folder) ? listBackups(folder) : [];
  for (const m of good) {
    const file = join(folder, m.fileName);
    expect(sha256File(file), m.fileName).toBe(m.sha256);
    const copy = openReadOnly(file, keyHex);
    expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
    copy.close();
  }
  for (const [name, sha] of earlier) {
    expect(existsSync(join(folder, name)), `${name} kept`).toBe(true);
    expect(sha256File(join(folder, name)), `${name} unchanged`).toBe(sha);
  }
  for (const m of good) earlier.set(m.fileName, m.sha256);
}

describe('crash loop', () => {
  it('SIGKILL at random moments keeps every acknowledged write, the file and the audit chain', async () => {
    const seed = Date.now();
    const random = lcg(seed);
    const desk = shiftDesk();
    shiftAtWork(desk);
    const dir = desk.dir;
    desk.close();
    const keyHex = unsealVaultKey(dir, new PassphraseKeyProvider(TEST_PASSPHRASE, TEST_KDF));
    const all: Acked = { client: [], checkIn: [], log: [] };
    const backups = new Map<string, string>();
    for (let round = 0; round < ROUNDS; round += 1) {
      const kill = { after: 'ready', lines: 1 + random(60) };
      if (withBackup(round)) {
        kill.after = BACKUP_POINTS[random(BACKUP_POINTS.length)]!;
        kill.lines = random(4);
      }
      const acked = await roundOfWrites(dir, round, kill);
      for (const k of Object.keys(all) as (keyof Acked)[]) all[k].push(...acked[k]);
      const core = makeCore(dir, new FakeClock());
      const where = `seed ${seed}, round ${round}, kill ${JSON.stringify(kill)}`;
      // The whole status, so a failure names the vault's problem.
      expect(core.status(), where).toMatchObject({ state: 'open' });
      const db = core.db!;
      expect(present(db, 'clients', all.client), where).toEqual([]);
      expect(present(db, 'check_ins', all.checkIn), where).toEqual([]);
      expect(present(db, 'log_entries', all.log), where).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true }), where).toBe('ok');
      expect(verifyAudit(db).intact, where).toBe(true);
      // A run recorded as good names a file that is exactly what it recorded.
      const runs = db
        .prepare(
          "SELECT file_name AS name, sha256 FROM backup_runs WHERE kind = 'backup' AND outcome = 'ok' AND target = 'local'",
        )
        .all() as { name: string; sha256: string }[];
      for (const r of runs)
        expect(sha256File(join(localBackupDir(dir), r.name)), where).toBe(r.sha256);
      core.close();
      checkBackups(dir, keyHex, backups);
    }
    expect(all.client.length).toBeGreaterThan(ROUNDS);
  }, 110_000);
});
