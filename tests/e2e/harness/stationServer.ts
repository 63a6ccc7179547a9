import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CoreHost } from '../../../electron/app/coreHost';
import { StationLink } from '../../../electron/station/stationLink';
import { PassphraseKeyProvider } from '../../../electron/vault/keyProvider';
import type { KdfParams } from '../../../electron/vault/wrap';
import { isChannelName } from '../../../shared/contract';
import { fail, type Result } from '../../../shared/contract/result';
import { serveRenderer } from './rendererServer';
import { CORE_WORKER_FILE, DEFAULT_RENDERER_DIR } from './server';

export interface StationHarnessOptions {
  rendererDir?: string;
  /** Seals the station's client key (safeStorage in the app). */
  passphrase?: string;
  pinKdf?: KdfParams;
  /** How fast the station retries the vault PC after a drop (the app's default is 0.5–5 s). */
  retryMs?: { min: number; max: number };
}

export interface StationHarness {
  url: string;
  origin: string;
  dir: string;
  /** A call as one of this station's windows would make it. */
  dispatch(channel: string, input: unknown, clientId: string): Promise<Result<unknown>>;
  close(): Promise<void>;
}

/**
 * Dev and test only: a station PC (desk PC or hall display) as its Electron main would be —
 * the real StationLink on a station.json folder of its own, with a local Core on the same
 * built worker until it joins — serving the built renderer to a browser like the harness.
 */
export async function startStationHarness(
  options: StationHarnessOptions = {},
): Promise<StationHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'deskbook-station-'));
  const passphrase = options.passphrase ?? randomBytes(16).toString('hex');
  const kdf = options.pinKdf;
  const link = new StationLink({
    dir,
    keys: new PassphraseKeyProvider(passphrase, kdf),
    startCore: () =>
      new CoreHost({
        workerFile: CORE_WORKER_FILE,
        settings: {
          dataDir: join(dir, 'vault'),
          key: { kind: 'passphrase', passphrase, ...(kdf ? { kdf } : {}) },
          exportFolder: { kind: 'fixed', dir: join(dir, 'exports') },
          ...(kdf ? { pinKdf: kdf, recoveryKdf: kdf } : {}),
        },
      }),
    ...(options.retryMs
      ? { deskLink: { minRetryMs: options.retryMs.min, maxRetryMs: options.retryMs.max } }
      : {}),
  });
  await link.ready();
  const dispatch = (channel: string, input: unknown, clientId: string) =>
    isChannelName(channel)
      ? link.dispatch(channel, input, clientId)
      : Promise.resolve(
          fail({ code: 'NOT_FOUND', message: 'Unknown channel', reason: 'unknownChannel' }),
        );
  const page = await serveRenderer({
    rendererDir: options.rendererDir ?? DEFAULT_RENDERER_DIR,
    token: randomBytes(16).toString('hex'),
    backend: {
      dispatch,
      onEvent: (listener) => link.onEvent(listener),
      onState: (listener) => link.onState(listener),
    },
  });
  return {
    url: page.url,
    origin: page.origin,
    dir,
    dispatch,
    async close() {
      await page.close();
      await link.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
