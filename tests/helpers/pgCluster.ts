import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's server binaries; PG_BIN overrides (another version or layout). */
const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface PgCluster {
  /** The temp folder holding data, socket and log; gone after stop. */
  dir: string;
  port: number;
  superuserUrl: string;
  /** A URL for a database on this cluster, as `role` with `password`. */
  urlFor(role: string, password: string, database?: string): string;
  /** A URL for `database` as the superuser. */
  superuserUrlFor(database: string): string;
  stop(): void;
}

const running = new Set<() => void>();
let exitHookInstalled = false;

/** A test run that ends or is interrupted between start and stop still leaves no postgres behind. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  const stopAll = () => {
    for (const stop of [...running]) stop();
  };
  process.on('exit', stopAll);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopAll();
      // the default action (end the process) unless someone else handles it
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

interface RunAs {
  uid: number | null;
  gid: number | null;
}

/** As root (CI, here) postgres refuses to run, so the cluster belongs to the postgres user. */
function whoRuns(): RunAs {
  if (process.getuid?.() !== 0) return { uid: null, gid: null };
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  return { uid: id('-u'), gid: id('-g') };
}

function run(as: RunAs, binary: string, args: string[]): void {
  const command = join(PG_BIN, binary);
  const [file, argv] =
    as.uid === null ? [command, args] : ['runuser', ['-u', 'postgres', '--', command, ...args]];
  const result = spawnSync(file, argv, { encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) {
    throw new Error(`${binary} failed (${result.status}): ${result.stderr || result.stdout}`);
  }
}

async function startOnce(dir: string, as: RunAs): Promise<number> {
  const port = await freePort();
  const options = [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    `-c unix_socket_directories=${dir}`,
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=50',
  ].join(' ');
  run(as, 'pg_ctl', [
    'start',
    '-D',
    join(dir, 'data'),
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-t',
    '30',
    '-o',
    options,
  ]);
  return port;
}

/**
 * A throwaway PostgreSQL cluster in a temp folder on a free loopback port. Password auth
 * (SCRAM) over TCP so branch roles' passwords are really checked; the folder is removed
 * at stop (and at process exit if a test never got that far).
 */
export async function startPgCluster(): Promise<PgCluster> {
  const as = whoRuns();
  const dir = mkdtempSync(join(tmpdir(), 'deskbook-pg-'));
  const password = randomBytes(18).toString('base64url');
  const dataDir = join(dir, 'data');
  let started = false;
  const stop = () => {
    running.delete(stop);
    if (started) {
      try {
        run(as, 'pg_ctl', ['stop', '-D', dataDir, '-m', 'immediate', '-w']);
      } catch {
        // already gone; the folder is removed either way
      }
      started = false;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  installExitHook();
  running.add(stop);
  try {
    const pwFile = join(dir, 'pw');
    writeFileSync(pwFile, password, { mode: 0o600 });
    if (as.uid !== null && as.gid !== null) {
      chownSync(dir, as.uid, as.gid);
      chownSync(pwFile, as.uid, as.gid);
    }
    chmodSync(dir, 0o700);
    run(as, 'initdb', [
      '-D',
      dataDir,
      '-U',
      'postgres',
      '--pwfile',
      pwFile,
      '--auth-local=trust',
      '--auth-host=scram-sha-256',
      '--no-sync',
      '--no-instructions',
      '-E',
      'UTF8',
      '--locale=C',
    ]);
    let port = 0;
    for (let attempt = 0; ; attempt++) {
      try {
        port = await startOnce(dir, as);
        break;
      } catch (error) {
        // another process took the port between our probe and postgres binding it
        if (attempt >= 3) throw error;
      }
    }
    started = true;
    const base = `127.0.0.1:${port}`;
    const url = (role: string, pw: string, database: string) =>
      `postgres://${encodeURIComponent(role)}:${encodeURIComponent(pw)}@${base}/${encodeURIComponent(database)}`;
    return {
      dir,
      port,
      superuserUrl: url('postgres', password, 'postgres'),
      urlFor: (role, pw, database = 'postgres') => url(role, pw, database),
      superuserUrlFor: (database) => url('postgres', password, database),
      stop,
    };
  } catch (error) {
    stop();
    throw error;
  }
}
