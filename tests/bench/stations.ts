/**
 * Several desks at one site (issue 14): a desk call from a station PC over loopback TLS
 * (DeskLink → the vault PC's LanServer in the db worker → Core) against the same call made
 * on the vault PC itself (CoreHost → the same worker), so the difference is the transport's
 * own cost; then 8 desks calling at once, with the vault PC's own desk meanwhile. The vault
 * runs in the built db worker (`npx electron-vite build`), as in the app. BENCH_ONLY=stations.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ChannelName } from '../../shared/contract';
import type { Result } from '../../shared/contract/result';
import type { PairingCodeView } from '../../shared/contract/stationViews';
import { CoreHost } from '../../electron/app/coreHost';
import { createIdentity } from '../../electron/lan/certificates';
import { DeskLink, pairStation } from '../../electron/lan/deskLink';
import { formatTable, p95Row } from './table';

const KDF = { N: 2 ** 10, r: 8, p: 1 };
const ROUNDS = Number(process.env.BENCH_STATION_ROUNDS ?? 400);
const WARMUP = 40;
const DESKS = 8;
const MEMBERS = 600;
const LOOPBACK = '127.0.0.1';
const ADMIN = { username: 'owner', displayName: '店长', pin: '246810' };
const CLERK = { username: 'clerk', displayName: '王芳', role: 'receptionist', pin: '1357' };
const WORKER = join(process.cwd(), 'out/main/coreWorker.js');
/** The vault PC's own check-in p95 must stay a desk's (the issue: never slowed by stations). */
const VAULT_TARGET_MS = 50;

type Call = (channel: ChannelName, input: unknown) => Promise<Result<unknown>>;

async function must<T>(call: Promise<Result<unknown>>, what: string): Promise<T> {
  const r = await call;
  if (!r.ok) throw new Error(`${what}: ${JSON.stringify(r.error)}`);
  return r.data as T;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, LOOPBACK, ok));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((ok) => server.close(() => ok()));
  return port;
}

/** One desk round: check a member in, then out; the two calls' times. */
async function round(call: Call, memberId: string, into: number[]): Promise<void> {
  let t = performance.now();
  const { checkIn } = await must<{ checkIn: { id: string } }>(
    call('desk.checkIn', { clientId: memberId }),
    'checkIn',
  );
  into.push(performance.now() - t);
  t = performance.now();
  await must(call('desk.checkOut', { checkInId: checkIn.id }), 'checkOut');
  into.push(performance.now() - t);
}

async function rounds(call: Call, members: string[], n: number, into: number[]) {
  for (let i = 0; i < n; i += 1) await round(call, members[i % members.length]!, into);
}

async function setUpVault(dir: string) {
  const host = new CoreHost({
    workerFile: WORKER,
    settings: {
      dataDir: dir,
      key: { kind: 'passphrase', passphrase: 'bench', kdf: KDF },
      exportFolder: { kind: 'fixed', dir: join(dir, 'exports') },
      pinKdf: KDF,
      recoveryKdf: KDF,
      lanHost: LOOPBACK,
    },
  });
  await host.ready();
  const at = (client: string) => (channel: ChannelName, input: unknown) =>
    host.dispatch(channel, input, client);
  const admin = at('admin');
  await must(
    admin('vault.setup', { siteName: '阳光健身', language: 'zh-CN', admin: ADMIN }),
    'setup',
  );
  await must(admin('auth.login', { username: ADMIN.username, pin: ADMIN.pin }), 'login');
  await must(admin('settings.update', { idleLockMinutes: 120 }), 'settings');
  await must(admin('staff.create', CLERK), 'staff');
  const members: string[] = [];
  for (let i = 0; i < MEMBERS; i += 1) {
    const m = await must<{ id: string }>(
      admin('clients.create', {
        kind: 'person',
        name: `会员${i}`,
        phones: [`139${String(10_000_000 + i)}`],
        cardType: '年卡',
        cardNumber: `B-${i}`,
        membershipStart: '2026-01-01',
        membershipExpiry: '2027-12-31',
        membershipStatus: 'active',
      }),
      'client',
    );
    members.push(m.id);
  }
  const desk = at('vault-desk');
  await must(desk('auth.login', { username: CLERK.username, pin: CLERK.pin }), 'login');
  const port = await freePort();
  await must(admin('lan.update', { enabled: true, port }), 'lan');
  return { host, admin, desk, members, port };
}

async function pairDesk(admin: Call, port: number, name: string): Promise<DeskLink> {
  let code: PairingCodeView | null = null;
  while (!code) {
    const r = await admin('stations.pairingStart', { name, kind: 'desk' });
    if (r.ok) code = r.data as PairingCodeView;
    else await new Promise((done) => setTimeout(done, 50));
  }
  const identity = await createIdentity(name);
  const paired = await pairStation({ host: LOOPBACK, port, code: code.code, identity });
  if (!paired.ok) throw new Error(`pairing: ${paired.reason}`);
  const link = new DeskLink({
    host: LOOPBACK,
    port,
    fingerprint256: paired.fingerprint256,
    certPem: identity.certPem,
    keyPem: identity.keyPem,
  });
  if (!(await link.ready())) throw new Error('desk not connected');
  await must(
    link.dispatch('auth.login', { username: CLERK.username, pin: CLERK.pin }, '1'),
    'desk login',
  );
  return link;
}

export async function benchStations(): Promise<void> {
  console.log(
    `\nSeveral desks (issue 14): check-in + check-out rounds, the vault in the built db worker, ` +
      `${MEMBERS} members, every signed-in window receiving the pushed views:`,
  );
  if (!existsSync(WORKER)) {
    console.log('  skipped: build the db worker first (npx electron-vite build)');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'deskbook-bench-stations-'));
  const links: DeskLink[] = [];
  const vault = await setUpVault(dir);
  try {
    for (let d = 0; d < DESKS; d += 1)
      links.push(await pairDesk(vault.admin, vault.port, `前台${d + 1}`));
    const viaLink =
      (link: DeskLink): Call =>
      (c, i) =>
        link.dispatch(c, i, '1');
    const share = (d: number) => vault.members.filter((_, i) => i % (DESKS + 1) === d);
    await rounds(vault.desk, vault.members, WARMUP, []);
    await rounds(viaLink(links[0]!), vault.members, WARMUP, []);

    const onVault: number[] = [];
    await rounds(vault.desk, vault.members, ROUNDS, onVault);
    const oneDesk: number[] = [];
    await rounds(viaLink(links[0]!), vault.members, ROUNDS, oneDesk);

    const eightDesks: number[] = [];
    const vaultMeanwhile: number[] = [];
    const perDesk = Math.ceil(ROUNDS / 4);
    const started = performance.now();
    await Promise.all([
      ...links.map((link, d) => rounds(viaLink(link), share(d), perDesk, eightDesks)),
      rounds(vault.desk, share(DESKS), perDesk, vaultMeanwhile),
    ]);
    const seconds = (performance.now() - started) / 1000;
    const header = [
      'calls (check-in, check-out)',
      'n',
      'p50 ms',
      'p95 ms',
      `< ${VAULT_TARGET_MS} ms`,
    ];
    console.log(
      formatTable(header, [
        p95Row('on the vault PC (CoreHost → worker)', onVault, null),
        p95Row('from one desk PC (DeskLink, loopback TLS)', oneDesk, null),
        null,
        p95Row(`${DESKS} desks at once, each desk's calls`, eightDesks, null),
        p95Row('the vault PC meanwhile', vaultMeanwhile, VAULT_TARGET_MS),
      ]),
    );
    const calls = eightDesks.length + vaultMeanwhile.length;
    console.log(
      `  ${DESKS} desks + the vault PC: ${calls} calls in ${seconds.toFixed(1)} s ` +
        `(${Math.round(calls / seconds)} calls/s, one writer: calls queue for the db worker).`,
    );
  } finally {
    await Promise.all(links.map((l) => l.close()));
    await vault.host.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
