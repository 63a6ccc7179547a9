/**
 * The crash loop's child (run with `node --import tsx`): opens the vault with a real Core
 * and writes through its channels — a client file, a check-in of it, a shift log entry —
 * printing one line per acknowledged write ("client <id>", "checkIn <id>", "log <id>").
 * The parent kills it with SIGKILL; every line it read must be in the vault afterwards.
 * No vitest here: this is a plain process.
 */
import { Core } from '../../electron/app/core';
import { PassphraseKeyProvider } from '../../electron/vault/keyProvider';

const KDF = { N: 2 ** 10, r: 8, p: 1 };
const dir = process.env.CRASH_DIR!;
const round = Number(process.env.CRASH_ROUND);
let ms = Number(process.env.CRASH_CLOCK);

const core = new Core({
  dataDir: dir,
  keyProvider: new PassphraseKeyProvider(process.env.CRASH_PASSPHRASE!, KDF),
  clock: () => (ms += 7),
  pinKdf: KDF,
  recoveryKdf: KDF,
  checkAfterOpen: false,
  scheduledBackups: false,
  logger: { error: () => {}, info: () => {} },
});

function ok<T>(channel: string, input: unknown): T {
  const r = core.dispatch(channel as never, input as never, 'crash') as
    { ok: true; data: T } | { ok: false; error: unknown };
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.data;
}

const ack = (line: string) => process.stdout.write(`${line}\n`);

ok('auth.login', { username: process.env.CRASH_USER, pin: process.env.CRASH_PIN });
if (process.env.CRASH_BACKUP) {
  // A backup job on the jobs worker while the writes go on; its phases are printed too, so
  // the parent's kill lands in the copy, the verify or the rename as often as after it.
  const admin = core.dispatch(
    'auth.login',
    { username: process.env.CRASH_ADMIN!, pin: process.env.CRASH_ADMIN_PIN! },
    'crash-admin',
  );
  if (!admin.ok) throw new Error('admin login');
  core.onEvent((_c, event, payload) => {
    if (event !== 'job.progress') return;
    const view = payload as { phase: string; state: string };
    ack(view.state === 'running' ? `backupPhase ${view.phase}` : `backupEnd ${view.state}`);
  });
  const started = core.dispatch('backups.run', undefined, 'crash-admin');
  if (!started.ok) throw new Error(`backups.run: ${JSON.stringify(started.error)}`);
  ack(`backup ${(started.data as { jobId: string }).jobId}`);
}
ack('ready');
let i = 0;
const step = () => {
  i += 1;
  const card = `R${round}-${i}`;
  const client = ok<{ id: string }>('clients.create', {
    kind: 'person',
    name: `测试${round}号${i}`,
    phones: [`139${String(round * 10_000 + i).padStart(8, '0')}`],
    cardNumber: card,
    membershipStatus: 'active',
    membershipExpiry: '2027-12-31',
  });
  ack(`client ${client.id}`);
  const { checkIn } = ok<{ checkIn: { id: string } }>('desk.checkIn', { clientId: client.id });
  ack(`checkIn ${checkIn.id}`);
  ok('desk.checkOut', { checkInId: checkIn.id });
  const entry = ok<{ id: string }>('shiftLog.add', { category: 'general', body: `第${i}条` });
  ack(`log ${entry.id}`);
  // Yield so the parent's kill can land between writes as well as inside one.
  setImmediate(step);
};
step();
