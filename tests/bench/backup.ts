/**
 * A backup of the bench's vault (100k client files, 1M past check-ins by default) as the
 * app makes it — the backups.make job, VACUUM INTO on the jobs worker, verified, renamed —
 * and check-ins through Core meanwhile, against the same calls with nothing running.
 * BENCH_ONLY=backup runs just this.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Core } from '../../electron/app/core';
import { listBackups, localBackupDir } from '../../electron/features/backups';
import { PassphraseKeyProvider } from '../../electron/vault/keyProvider';
import { generateClients } from './data';
import { insertStaff, seedClients, settle, fileBytes } from './databases';
import { seedCheckIns } from './desk';
import { formatTable, mib, p95Row } from './table';

const KDF = { N: 2 ** 10, r: 8, p: 1 };
const FILES = Number(process.env.BENCH_FILES ?? 100_000);
const CHECK_INS = Number(process.env.BENCH_CHECK_INS ?? 1_000_000);
const EVERY_MS = 4;
const IDLE_CALLS = 400;
const P95_TARGET_MS = 50;
const OWNER = { username: 'owner', displayName: '店长', pin: '246810' };

function must(core: Core, channel: string, input: unknown, client: string): unknown {
  const r = core.dispatch(channel, input, client);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.data;
}

function setUp(dir: string): { core: Core; members: string[] } {
  const core = new Core({
    dataDir: dir,
    keyProvider: new PassphraseKeyProvider('bench passphrase', KDF),
    pinKdf: KDF,
    recoveryKdf: KDF,
    scheduledBackups: false,
    checkAfterOpen: false,
    logger: { error: () => {}, info: () => {} },
  });
  must(core, 'vault.setup', { siteName: 'bench', language: 'zh-CN', admin: OWNER }, 'admin');
  must(core, 'auth.login', { username: OWNER.username, pin: OWNER.pin }, 'admin');
  must(core, 'settings.update', { idleLockMinutes: 120, handTags: '1-2000' }, 'admin');
  must(
    core,
    'staff.create',
    { username: 'desk', displayName: 'desk', role: 'receptionist', pin: '1357' },
    'admin',
  );
  must(core, 'auth.login', { username: 'desk', pin: '1357' }, 'desk');
  const db = core.db!;
  const now = Date.now();
  const clients = generateClients(FILES, 42, insertStaff(db, now));
  seedClients(db, clients, 5_000);
  seedCheckIns(db, clients, CHECK_INS, now, 43);
  settle(db);
  const today = new Date(now).toISOString().slice(0, 10);
  const members = clients
    .filter(
      (c) =>
        c.kind === 'person' &&
        c.membership_status === 'active' &&
        (c.membership_expiry === null || c.membership_expiry >= today),
    )
    .map((c) => c.id);
  return { core, members };
}

/** A check-in due every EVERY_MS (then handed back, untimed) until `until` says stop. */
async function checkIns(core: Core, members: string[], until: (n: number) => boolean) {
  const out: number[] = [];
  for (let n = 0; !until(n); n += 1) {
    const due = performance.now() + EVERY_MS;
    await new Promise((r) => setTimeout(r, EVERY_MS));
    const member = members[n % members.length]!;
    const r = core.dispatch('desk.checkIn', { clientId: member }, 'desk');
    out.push(performance.now() - due);
    if (r.ok)
      must(
        core,
        'desk.checkOut',
        { checkInId: (r.data as { checkIn: { id: string } }).checkIn.id },
        'desk',
      );
  }
  return out;
}

export async function benchBackup(): Promise<void> {
  console.log(
    `\nA backup (VACUUM INTO on the jobs worker, verified) of ${FILES.toLocaleString('en-US')} files` +
      ` and ${CHECK_INS.toLocaleString('en-US')} check-ins, with check-ins meanwhile (p95 target ${P95_TARGET_MS} ms)`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'deskbook-bench-backup-'));
  const seeding = performance.now();
  const { core, members } = setUp(dir);
  try {
    const vaultBytes = fileBytes(join(dir, 'deskbook.db'));
    console.log(
      `  seeded in ${((performance.now() - seeding) / 1000).toFixed(0)} s: vault ${mib(vaultBytes)}`,
    );
    const idle = await checkIns(core, members, (n) => n >= IDLE_CALLS);
    const started = performance.now();
    const { jobId } = must(core, 'backups.run', undefined, 'admin') as { jobId: string };
    let ended = false;
    const done = core.jobs.whenEnded(jobId).then((v) => ((ended = true), v));
    const busy = await checkIns(core, members, () => ended);
    const job = await done;
    const backupMs = performance.now() - started;
    console.log(
      formatTable(
        ['call', 'n', 'p50', 'p95', 'target'],
        [
          p95Row('check-in, nothing running', idle, null),
          p95Row('check-in, backup running', busy, P95_TARGET_MS),
        ],
      ),
    );
    const [made] = listBackups(localBackupDir(dir));
    console.log(
      `backup job: ${job.state}, ${made ? mib(made.size) : '—'} in ${(backupMs / 1000).toFixed(1)} s ` +
        '(copy, quick_check and sha256 of the copy, manifest) while serving the desk',
    );
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
