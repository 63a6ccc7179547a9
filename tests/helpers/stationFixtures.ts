import { createIdentity } from '../../electron/lan/certificates';
import type { LanIdentity, PairedStation } from '../../electron/lan/authority';
import { stationClientId } from '../../electron/lan/authority';
import { deskWithStaff } from './clientFixtures';

let identity: Promise<LanIdentity> | null = null;

/** One vault PC identity for the whole file: Core only stores it. */
export function testIdentity(): Promise<LanIdentity> {
  identity ??= createIdentity('Deskbook test vault PC');
  return identity;
}

/** A station's client certificate fingerprint, distinct per name (Core only compares it). */
export function clientFingerprint(seed: string): string {
  const hex = Buffer.from(seed.padEnd(32, '.')).toString('hex').slice(0, 64).toUpperCase();
  return hex.match(/.{2}/g)!.join(':');
}

/** A front desk with staff whose admin has turned the LAN on and whose listener has its identity. */
export async function vaultPc() {
  const v = deskWithStaff();
  const admin = 'desk-admin';
  v.ok('lan.update', { enabled: true, port: 47613 }, admin);
  v.core.stations.storeLanIdentity(await testIdentity());
  v.core.stations.reportListening({ listening: true, problem: null });
  const auth = v.core.stations;
  /** The admin makes a code and the station presents it, as the listener would pass it on. */
  const pair = (name: string, kind: 'desk' | 'display' = 'desk'): PairedStation => {
    const { code } = v.ok('stations.pairingStart', { name, kind }, admin);
    const out = auth.pairStation({
      code,
      certFingerprint256: clientFingerprint(name),
      address: '192.168.1.20',
    });
    if (!out.ok) throw new Error(`pairing failed: ${out.reason}`);
    return out.station;
  };
  const window = (station: PairedStation, name = 'main') => stationClientId(station.id, name);
  return { ...v, admin, auth, pair, window };
}
