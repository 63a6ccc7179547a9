import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import type { ChannelName } from '../../shared/contract';
import type { Result } from '../../shared/contract/result';
import type { StationKind } from '../../shared/contract/stationViews';
import type { HostEventListener } from '../../electron/app/coreHost';
import { LanServer } from '../../electron/lan/lanServer';
import type { LocalCore } from '../../electron/station/stationLink';
import { ADMIN, createTestVault, FakeClock, makeCore } from './testVault';

/** A loopback port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((ok) => server.close(() => ok()));
  return port;
}

/**
 * A vault PC in this process: a real encrypted vault (Core) with its LAN listener on
 * 127.0.0.1, LAN enabled by the admin signed in at the vault PC's own window 'admin'.
 */
export async function startVaultPc() {
  const vault = createTestVault();
  vault.login(ADMIN.username, ADMIN.pin, 'admin');
  const server = new LanServer(vault.core.stations, { host: '127.0.0.1' });
  onTestFinished(() => server.close());
  const port = await freePort();
  vault.ok('lan.update', { enabled: true, port }, 'admin');
  await server.settled();
  return {
    vault,
    server,
    port,
    /** What the admin reads on the vault PC (its fingerprint, for the desk to compare). */
    lan: () => vault.ok('lan.get', undefined, 'admin'),
    /** 添加前台 on the vault PC: a fresh one-time code. */
    code(name = '二号前台', kind: StationKind = 'desk'): string {
      return vault.ok('stations.pairingStart', { name, kind }, 'admin').code;
    },
  };
}

/**
 * This PC's own Core in process, shaped like CoreHost (what StationLink starts when there is
 * no station.json), on a vault folder of its own; counts its starts and closes.
 */
export function localCores(root: string) {
  const counts = { started: 0, closed: 0 };
  const start = (): LocalCore => {
    counts.started += 1;
    const core = makeCore(join(root, 'vault'), new FakeClock());
    let open = true;
    const states = new Set<(up: boolean) => void>();
    return {
      ready: () => Promise.resolve(open),
      dispatch: (channel: ChannelName, input: unknown, clientId: string) =>
        Promise.resolve(
          open
            ? core.dispatch(channel, input, clientId)
            : ({
                ok: false,
                error: { code: 'INTERNAL', message: 'down', reason: 'core.down' },
              } as Result<unknown>),
        ),
      onEvent: (l: HostEventListener) => core.onEvent(l),
      onState: (l) => {
        states.add(l);
        return () => states.delete(l);
      },
      endClient: (clientId) => core.endClient(clientId),
      lockAll: () => core.lockAll(),
      close: () => {
        if (open) {
          open = false;
          counts.closed += 1;
          core.close();
          states.forEach((l) => l(false));
        }
        return Promise.resolve();
      },
    };
  };
  return { start, counts };
}

/** A station PC's empty userData folder, removed when the test ends. */
export function stationFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'deskbook-station-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
