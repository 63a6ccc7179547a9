/**
 * Desk calls while a 20,000-row import job runs, against the same calls with nothing running.
 * Calls arrive on a timer, as windows send them; a call's time runs from when it was due to
 * when its answer is ready, so waiting behind a job's chunk counts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Core } from '../../electron/app/core';
import { CHUNK_BUDGET_MS } from '../../electron/jobs';
import { PassphraseKeyProvider } from '../../electron/vault/keyProvider';
import { importSheet } from '../helpers/jobFixtures';
import { formatTable, p95Row } from './table';

const KDF = { N: 2 ** 10, r: 8, p: 1 };
const IMPORT_ROWS = 20_000;
const MEMBERS = 1_200;
const EVERY_MS = 4;
const IDLE_CALLS = 400;
const P95_TARGET_MS = 50;
const ADMIN = { username: 'admin', displayName: '张伟', pin: '246810' };

type Sample = { checkIn: number[]; search: number[] };

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
    logger: { error: () => {}, info: () => {} },
  });
  must(core, 'vault.setup', { siteName: 'bench', language: 'zh-CN', admin: ADMIN }, 'admin');
  must(core, 'auth.login', { username: ADMIN.username, pin: ADMIN.pin }, 'admin');
  must(core, 'settings.update', { idleLockMinutes: 120 }, 'admin');
  for (const [username, role, pin] of [
    ['desk', 'receptionist', '1357'],
    ['duty', 'dutyManager', '6802'],
  ] as const) {
    must(core, 'staff.create', { username, displayName: username, role, pin }, 'admin');
    must(core, 'auth.login', { username, pin }, username);
  }
  const members: string[] = [];
  for (let i = 0; i < MEMBERS; i += 1) {
    const n = String(i).padStart(5, '0');
    const file = must(
      core,
      'clients.create',
      { kind: 'person', name: `会员${n}`, phones: [`137${n}${n.slice(-3)}`], cardNumber: `B-${n}` },
      'desk',
    ) as { id: string };
    members.push(file.id);
  }
  return { core, members };
}

/** Every EVERY_MS a call is due, check-ins and desk searches by turns, until `until` says stop. */
async function measure(core: Core, members: string[], until: (n: number) => boolean) {
  const out: Sample = { checkIn: [], search: [] };
  for (let n = 0; !until(n); n += 1) {
    const due = performance.now() + EVERY_MS;
    await new Promise((r) => setTimeout(r, EVERY_MS));
    if (n % 2 === 0) {
      const member = members.pop();
      if (!member) break;
      const r = must(core, 'desk.checkIn', { clientId: member }, 'desk') as {
        checkIn: { id: string };
      };
      out.checkIn.push(performance.now() - due);
      // Hand the tag back (not timed), so the tags never run out.
      must(core, 'desk.checkOut', { checkInId: r.checkIn.id }, 'desk');
    } else {
      must(core, 'clients.search', { q: `会员${String(n % 900).padStart(3, '0')}` }, 'desk');
      out.search.push(performance.now() - due);
    }
  }
  return out;
}

export async function benchJobs(): Promise<void> {
  console.log(`\nDesk calls during a ${IMPORT_ROWS.toLocaleString('en-US')}-row import job`);
  console.log(
    `(chunk budget ${CHUNK_BUDGET_MS} ms; a call every ${EVERY_MS} ms; p95 target ${P95_TARGET_MS} ms)`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'deskbook-bench-jobs-'));
  const { core, members } = setUp(dir);
  try {
    const idle = await measure(core, members, (n) => n >= IDLE_CALLS);
    const sheet = importSheet(IMPORT_ROWS);
    const started = performance.now();
    const { jobId } = must(
      core,
      'clients.importCommit',
      { fileName: 'b.csv', rows: sheet },
      'duty',
    ) as {
      jobId: string;
    };
    let ended = false;
    const done = core.jobs.whenEnded(jobId).then((v) => ((ended = true), v));
    const busy = await measure(core, members, () => ended);
    const job = await done;
    const jobMs = performance.now() - started;
    console.log(
      formatTable(
        ['call', 'n', 'p50', 'p95', 'target'],
        [
          p95Row('check-in, nothing running', idle.checkIn, null),
          p95Row('check-in, import job running', busy.checkIn, P95_TARGET_MS),
          null,
          p95Row('desk search, nothing running', idle.search, null),
          p95Row('desk search, import job running', busy.search, P95_TARGET_MS),
        ],
      ),
    );
    console.log(
      `import job: ${job.state}, ${job.result?.imported ?? 0} rows in ${(jobMs / 1000).toFixed(1)} s ` +
        `(${Math.round(IMPORT_ROWS / (jobMs / 1000))} rows/s while serving the desk)`,
    );
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
