import type { LanSettingsView, PairingCodeView } from '../../../shared/contract';
import type { Result } from '../../../shared/contract/result';
import { DEMO_ADMIN } from './demo';
import type { Harness } from './server';
import { startStationHarness, type StationHarness } from './stationServer';

const CLI_ADMIN = 'harness-cli-admin';

function data<T>(r: Result<unknown>, what: string): T {
  if (!r.ok) throw new Error(`${what}: ${r.error.reason ?? r.error.code}`);
  return r.data as T;
}

async function listening(vault: Harness): Promise<LanSettingsView> {
  for (let i = 0; i < 100; i++) {
    const lan = data<LanSettingsView>(await vault.dispatch('lan.get', undefined, CLI_ADMIN), 'lan');
    if (lan.listening || lan.problem) return lan;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the LAN listener did not start');
}

/**
 * `npm run harness -- --desks`: the demo vault PC and, beside it, a second desk PC and a hall
 * display paired to it over loopback TLS, each served to a browser like the vault PC's page.
 */
export async function startDemoStations(vault: Harness): Promise<StationHarness[]> {
  const { username, pin } = DEMO_ADMIN;
  data(await vault.dispatch('auth.login', { username, pin }, CLI_ADMIN), 'sign-in');
  const lan = await listening(vault);
  if (!lan.listening) throw new Error(`the LAN listener could not start: ${lan.problem}`);
  const stations: StationHarness[] = [];
  for (const [name, kind] of [
    ['二号前台（泳池）', 'desk'],
    ['大厅叫号屏 2', 'display'],
  ] as const) {
    const code = data<PairingCodeView>(
      await vault.dispatch('stations.pairingStart', { name, kind }, CLI_ADMIN),
      'pairing code',
    );
    const station = await startStationHarness();
    stations.push(station);
    const input = { host: '127.0.0.1', port: lan.port, code: code.code };
    data(await station.dispatch('station.join', input, 'harness-cli'), `joining ${name}`);
  }
  await vault.dispatch('auth.logout', undefined, CLI_ADMIN);
  return stations;
}
