import { createServer, type AddressInfo } from 'node:net';
import { onTestFinished } from 'vitest';
import type { ChannelName, EventName, Input, Output } from '../../shared/contract';
import type { Result } from '../../shared/contract/result';
import type { StationKind } from '../../shared/contract/stationViews';
import { createIdentity } from '../../electron/lan/certificates';
import {
  DeskLink,
  pairStation,
  type DeskLinkOptions,
  type StationCredentials,
} from '../../electron/lan/deskLink';
import { LanServer, type LanServerOptions } from '../../electron/lan/lanServer';
import { STAFF, type Who } from './clientFixtures';
import { frontDesk } from './deskFixtures';
import { ADMIN } from './testVault';

export const LOOPBACK = '127.0.0.1';

/** A loopback port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, LOOPBACK, ok));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((ok) => server.close(() => ok()));
  return port;
}

/** Polls until `check` holds (events travel over real sockets), failing after `ms`. */
export async function until(check: () => boolean, ms = 5_000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * The vault PC in this process: the front-desk vault (every role signed in at its own
 * windows, two members, a price list) with its LAN listener on 127.0.0.1, enabled by the admin.
 */
export async function vaultPc(options: LanServerOptions = {}) {
  const v = frontDesk();
  const server = new LanServer(v.core.stations, { host: LOOPBACK, ...options });
  onTestFinished(() => server.close());
  const port = await freePort();
  v.ok('lan.update', { enabled: true, port }, v.as('admin'));
  await server.settled();
  const code = (name: string, kind: StationKind) =>
    v.ok('stations.pairingStart', { name, kind }, v.as('admin')).code;
  return { ...v, server, port, code };
}
export type VaultPc = Awaited<ReturnType<typeof vaultPc>>;

interface DeskOptions {
  kind?: StationKind;
  /** Reach the vault PC through this port (a LineProxy) instead of directly. */
  viaPort?: number;
  link?: DeskLinkOptions;
}

/** A station PC paired with the vault PC by the admin's code, its DeskLink connected. */
export async function pairedDesk(pc: VaultPc, name: string, options: DeskOptions = {}) {
  const identity = await createIdentity(name);
  const paired = await pairStation({
    host: LOOPBACK,
    port: pc.port,
    code: pc.code(name, options.kind ?? 'desk'),
    identity,
  });
  if (!paired.ok) throw new Error(`pairing failed: ${paired.reason}`);
  const creds: StationCredentials = {
    host: LOOPBACK,
    port: options.viaPort ?? pc.port,
    fingerprint256: paired.fingerprint256,
    certPem: identity.certPem,
    keyPem: identity.keyPem,
  };
  const link = new DeskLink(creds, { minRetryMs: 50, maxRetryMs: 200, ...options.link });
  onTestFinished(() => link.close());
  const events: { window: string; event: EventName; payload: unknown }[] = [];
  link.onEvent((window, event, payload) => events.push({ window, event, payload }));
  if (!(await link.ready())) throw new Error('the desk did not reach the vault PC');
  const call = <C extends ChannelName>(channel: C, input: Input<C> | undefined, window: string) =>
    link.dispatch(channel, input, window) as Promise<Result<Output<C>>>;
  const ok = async <C extends ChannelName>(
    channel: C,
    input: Input<C> | undefined,
    window: string,
  ) => {
    const r = await call(channel, input, window);
    if (!r.ok) throw new Error(`${channel} at ${name} failed: ${JSON.stringify(r.error)}`);
    return r.data;
  };
  const login = (who: Who, window: string) => {
    const s = who === 'admin' ? ADMIN : STAFF[who];
    return ok('auth.login', { username: s.username, pin: s.pin }, window);
  };
  const got = (window: string, event: EventName) =>
    events.some((e) => e.window === window && e.event === event);
  return { identity, creds, station: paired.station, link, events, call, ok, login, got };
}
