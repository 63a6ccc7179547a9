import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { STATION_KINDS } from '../../shared/contract/stationViews';
import { OWNER_ONLY, OWNER_ONLY_DIR } from '../db/fileModes';
import type { Logger } from '../ipc/context';
import type { KeyProvider } from '../vault/keyProvider';

/**
 * A station PC's only file (in userData): where the vault PC is, the certificate pinned at
 * pairing, the names the admin gave, and this station's client identity with its private
 * key sealed by the KeyProvider (safeStorage in the app). No records, no staff, no PINs.
 */
export const STATION_FILE = 'station.json';

const pem = z.string().min(1).max(20_000);

const stationFileSchema = z.strictObject({
  format: z.literal(1),
  pairedAt: z.number().int().nonnegative(),
  vault: z.strictObject({
    host: z.string().min(1).max(253),
    port: z.number().int().min(1).max(65535),
    /** Node's fingerprint256 of the vault PC's certificate, pinned at pairing. */
    fingerprint256: z.string().regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/),
    certPem: pem,
  }),
  station: z.strictObject({
    id: z.string().min(1).max(100),
    name: z.string().min(1).max(100),
    kind: z.enum(STATION_KINDS),
  }),
  /** The vault PC refused this station's certificate: it must be paired again. */
  revoked: z.boolean(),
  client: z.strictObject({
    certPem: pem,
    sealedKey: z.strictObject({ provider: z.string().min(1), data: z.string().min(1) }),
  }),
});

export type StationFile = z.infer<typeof stationFileSchema>;

export function stationFilePath(dir: string): string {
  return join(dir, STATION_FILE);
}

export type StationFileRead =
  | { state: 'absent' }
  | { state: 'present'; file: StationFile }
  | { state: 'damaged'; problem: 'unreadable' | 'json' | 'schema' };

/** Reads and validates station.json; never throws. */
export function readStationFile(dir: string): StationFileRead {
  const path = stationFilePath(dir);
  if (!existsSync(path)) return { state: 'absent' };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { state: 'damaged', problem: 'unreadable' };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { state: 'damaged', problem: 'json' };
  }
  const parsed = stationFileSchema.safeParse(raw);
  return parsed.success
    ? { state: 'present', file: parsed.data }
    : { state: 'damaged', problem: 'schema' };
}

/**
 * The station's file, or null when there is none or it cannot be used. A damaged file is
 * moved aside (station.json.damaged), so this PC starts as unset and stays so, instead of
 * turning back into a station at the next start; the log names the problem, never a value.
 */
export function loadStationFile(dir: string, log: Logger): StationFile | null {
  const read = readStationFile(dir);
  if (read.state === 'present') return read.file;
  if (read.state === 'damaged') {
    log.error('station.json is damaged; this PC starts as not paired', { problem: read.problem });
    setAside(dir);
  }
  return null;
}

function setAside(dir: string): void {
  try {
    renameSync(stationFilePath(dir), `${stationFilePath(dir)}.damaged`);
  } catch {
    // Left in place: it is read (and refused) again at the next start.
  }
}

/** Write-then-rename, owner only, so a crash never leaves half a file. */
export function writeStationFile(dir: string, file: StationFile): void {
  mkdirSync(dir, { recursive: true, mode: OWNER_ONLY_DIR });
  const path = stationFilePath(dir);
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, JSON.stringify(stationFileSchema.parse(file), null, 2), {
    mode: OWNER_ONLY,
  });
  // A .tmp left by a crash keeps its old mode through writeFileSync.
  chmodSync(tmp, OWNER_ONLY);
  renameSync(tmp, path);
}

export function removeStationFile(dir: string): void {
  rmSync(stationFilePath(dir), { force: true });
}

export function sealClientKey(
  keys: KeyProvider,
  keyPem: string,
): StationFile['client']['sealedKey'] {
  return { provider: keys.id, data: keys.seal(Buffer.from(keyPem, 'utf8')) };
}

/** The client private key in PEM; throws when this provider cannot open it (other OS login). */
export function unsealClientKey(keys: KeyProvider, file: StationFile): string {
  if (file.client.sealedKey.provider !== keys.id) throw new Error('sealed by another provider');
  return keys.unseal(file.client.sealedKey.data).toString('utf8');
}
