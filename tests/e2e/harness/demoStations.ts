import { createHash } from 'node:crypto';
import type { Core } from '../../../electron/app/core';
import type { LanIdentity, PairedStation } from '../../../electron/lan/authority';
import type { ChannelName, Input, Output } from '../../../shared/contract';
import type { StationKind } from '../../../shared/contract/stationViews';
import type { DemoClock } from './demoClients';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * The demo vault PC's TLS identity, made once with createIdentity (electron/lan/certificates)
 * because the seed is synchronous. Demo only: the app makes its own when the LAN is first
 * turned on, and keeps it in the vault.
 */
const DEMO_IDENTITY: LanIdentity = {
  certPem: [
    '-----BEGIN CERTIFICATE-----',
    'MIIBTzCB9qADAgECAhAZzzgfB/o1in0CgQaIIK7HMAoGCCqGSM49BAMCMCExHzAd',
    'BgNVBAMTFkRlc2tib29rIGRlbW8gdmF1bHQgUEMwHhcNMjYwMTA1MDAwMDAwWhcN',
    'NDYwMTA1MDAwMDAwWjAhMR8wHQYDVQQDExZEZXNrYm9vayBkZW1vIHZhdWx0IFBD',
    'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAES05oQF2aaeAmXjbkdCB2a8aLTm8J',
    'zIpetv8ICY+UnRCVlwNt5jWhBg388zjLwsp6I4ygatqE9PvVNl7dPM8KWqMQMA4w',
    'DAYDVR0TAQH/BAIwADAKBggqhkjOPQQDAgNIADBFAiEAzeNcV6G9eW6RTK5hOfSd',
    'cSXLf56ddNqDd+H10kcDpw8CIEsWa9XPueKHQ8HJi6nhx9qBu2Ni6oMx6qKmj89z',
    '3xOp',
    '-----END CERTIFICATE-----',
  ].join('\n'),
  keyPem: [
    '-----BEGIN PRIVATE KEY-----',
    'MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg/FTTvRe/Bk2AviEh',
    'UQ+WJtL+tRvW7zGW2itx86+xg9yhRANCAARLTmhAXZpp4CZeNuR0IHZrxotObwnM',
    'il62/wgJj5SdEJWXA23mNaEGDfzzOMvCynojjKBq2oT0+9U2Xt08zwpa',
    '-----END PRIVATE KEY-----',
  ].join('\n'),
  fingerprint256:
    '30:2D:9F:4C:15:F8:D8:CC:7C:E8:B4:21:78:73:9E:01:37:63:F3:3D:FE:0C:5B:5F:65:2F:59:91:C7:E6:0A:8A',
};

/** A stand-in for a station's client certificate fingerprint (nobody connects in the demo). */
function demoFingerprint(name: string): string {
  const hex = createHash('sha256').update(`demo station ${name}`).digest('hex').toUpperCase();
  return hex.match(/.{2}/g)!.join(':');
}

/**
 * The Stations screen (局域网前台) of the demo: the LAN on, a second desk PC and the hall
 * display paired two days ago and seen lately, and an old desk PC paired and later removed.
 * Paired as the listener would (a code from stations.pairingStart, then core.stations).
 */
export function seedDemoStations(
  core: Core,
  clock: DemoClock,
  admin: { username: string; pin: string },
): void {
  let client = '';
  const must = <C extends ChannelName>(channel: C, input?: Input<C>): Output<C> => {
    const r = core.dispatch(channel, input, client);
    if (!r.ok) throw new Error(`demo seed: ${channel} failed: ${r.error.message}`);
    return r.data as Output<C>;
  };
  /** Days apart, so the admin signs in each time (the screen would have locked meanwhile). */
  const asAdmin = <T>(work: () => T): T => {
    client = `demo-stations-${clock.now()}`;
    must('auth.login', { username: admin.username, pin: admin.pin });
    const out = work();
    must('auth.logout');
    return out;
  };
  const now = clock.now();
  const at = (ms: number) => clock.travel(ms - clock.now());
  const pair = (name: string, kind: StationKind, address: string): PairedStation => {
    const { code } = must('stations.pairingStart', { name, kind });
    const out = core.stations.pairStation({
      code,
      certFingerprint256: demoFingerprint(name),
      address,
    });
    if (!out.ok) throw new Error(`demo seed: pairing ${name} failed: ${out.reason}`);
    return out.station;
  };

  at(now - 9 * DAY);
  const old = asAdmin(() => {
    must('lan.update', { enabled: true, port: 47613 });
    core.stations.storeLanIdentity(DEMO_IDENTITY);
    return pair('旧前台电脑', 'desk', '192.168.1.31');
  });
  core.stations.stationSeen(old.id, '192.168.1.31', false);
  at(now - 2 * DAY);
  const [desk, hall] = asAdmin(() => {
    must('stations.revoke', { stationId: old.id });
    return [
      pair('前台二号机 / Pool desk', 'desk', '192.168.1.23'),
      pair('大厅叫号屏', 'display', '192.168.1.40'),
    ];
  });
  at(now - 70 * MINUTE);
  core.stations.stationSeen(hall!.id, '192.168.1.40', false);
  at(now - 6 * MINUTE);
  core.stations.stationSeen(desk!.id, '192.168.1.23', false);
  at(now);
}
