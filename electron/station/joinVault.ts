import { randomUUID } from 'node:crypto';
import { contract, type ChannelName } from '../../shared/contract';
import type { AppErrorShape, Result } from '../../shared/contract/result';
import type { VaultStatus } from '../../shared/contract/views';
import type { Logger } from '../ipc/context';
import { fieldsFromZod } from '../ipc/zodFields';
import { createIdentity } from '../lan/certificates';
import { pairStation } from '../lan/pairing';
import type { KeyProvider } from '../vault/keyProvider';
import { sealClientKey, writeStationFile, type StationFile } from './stationFile';

const JOIN = 'station.join' satisfies ChannelName;

export interface JoinDeps {
  dir: string;
  keys: KeyProvider;
  log: Logger;
  /**
   * vault.status of this PC's own Core: only a PC without a vault may become a station;
   * null when this PC is a station already.
   */
  localVault(): Promise<Result<VaultStatus> | null>;
  now(): number;
}

/** A station just paired: its file is written; the caller switches the line to it. */
export type Joined =
  { ok: true; file: StationFile; keyPem: string } | { ok: false; error: AppErrorShape };

const refuse = (reason: string, message: string): Joined => ({
  ok: false,
  error: { code: 'CONFLICT', message, reason },
});

/**
 * station.join on this PC: checks the input and that no vault lives here, makes this
 * station's client identity and seals its key (before pairing, so a PC without a usable
 * keyring spends no code), pairs with the vault PC, then writes station.json.
 */
export async function joinVault(raw: unknown, deps: JoinDeps): Promise<Joined> {
  const parsed = contract[JOIN].input.safeParse(raw);
  if (!parsed.success) {
    const fields = fieldsFromZod(parsed.error);
    const message = `Invalid input: ${Object.keys(fields).join(', ')}`;
    return { ok: false, error: { code: 'VALIDATION', message, fields } };
  }
  const vault = await deps.localVault();
  if (!vault) return refuse('station.paired', 'This PC is a station already; forget it first.');
  if (!vault.ok) return { ok: false, error: vault.error };
  if (vault.data.state !== 'absent')
    return refuse('station.holdsVault', 'This PC holds a vault; it cannot join another.');

  const identity = await createIdentity(`Deskbook station ${randomUUID()}`);
  let sealedKey: StationFile['client']['sealedKey'];
  try {
    sealedKey = sealClientKey(deps.keys, identity.keyPem);
  } catch (err) {
    deps.log.error('station key could not be sealed', { error: (err as Error).name });
    return refuse('station.keyUnavailable', 'This PC cannot keep a key safely (no OS keyring).');
  }
  const { host, port, code } = parsed.data;
  const paired = await pairStation({ host, port, code, identity });
  if (!paired.ok) return refuse(paired.reason, 'The vault PC did not pair this station.');

  const file: StationFile = {
    format: 1,
    pairedAt: deps.now(),
    vault: { host, port, fingerprint256: paired.fingerprint256, certPem: paired.certPem },
    station: { id: paired.station.id, name: paired.station.name, kind: paired.station.kind },
    revoked: false,
    client: { certPem: identity.certPem, sealedKey },
  };
  writeStationFile(deps.dir, file);
  deps.log.info('this PC is now a station', { kind: file.station.kind });
  return { ok: true, file, keyPem: identity.keyPem };
}
