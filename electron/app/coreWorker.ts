import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { LanServer } from '../lan/lanServer';
import { PassphraseKeyProvider, type KeyProvider } from '../vault/keyProvider';
import { Core, consoleLogger } from './core';
import type {
  CoreSettings,
  CoreWorkerData,
  DebugOp,
  FromWorker,
  FolderSpec,
  HostCall,
  KeySpec,
  ToWorker,
} from './coreProtocol';
import { hostCaller } from './hostCall';

/** The db worker: Core lives here, so database work never blocks Electron's main thread. */

type CallHost = (call: HostCall) => string | null;

/** Seals with the main thread's safeStorage; the id matches what the app wrote before. */
class HostKeyProvider implements KeyProvider {
  readonly id = 'safeStorage';
  constructor(private readonly callHost: CallHost) {}

  seal(secret: Buffer): string {
    return this.answer({ op: 'seal', secretHex: secret.toString('hex') });
  }

  unseal(sealed: string): Buffer {
    return Buffer.from(this.answer({ op: 'unseal', sealed }), 'hex');
  }

  private answer(call: HostCall): string {
    const value = this.callHost(call);
    if (!value) throw new Error(`host call ${call.op} gave nothing`);
    return value;
  }
}

function keyProvider(spec: KeySpec, callHost: CallHost): KeyProvider {
  return spec.kind === 'host'
    ? new HostKeyProvider(callHost)
    : new PassphraseKeyProvider(spec.passphrase, spec.kdf);
}

function folderChooser(spec: FolderSpec, callHost: CallHost) {
  if (spec.kind === 'host') return (clientId: string) => callHost({ op: 'chooseFolder', clientId });
  return () => {
    mkdirSync(spec.dir, { recursive: true });
    return spec.dir;
  };
}

function createCore(settings: CoreSettings, callHost: CallHost, clock: () => number): Core {
  return new Core({
    dataDir: settings.dataDir,
    keyProvider: keyProvider(settings.key, callHost),
    chooseFolder: folderChooser(settings.exportFolder, callHost),
    clock,
    logger: consoleLogger,
    // This entry is built beside the jobs worker's own entry (out/main/).
    readWorkerFile: join(__dirname, 'readWorker.js'),
    warmReadWorker: true,
    ...(settings.pinKdf ? { pinKdf: settings.pinKdf } : {}),
    ...(settings.recoveryKdf ? { recoveryKdf: settings.recoveryKdf } : {}),
    ...(settings.nativeBinding ? { nativeBinding: settings.nativeBinding } : {}),
  });
}

function runDebug(core: Core, op: DebugOp, travel: (ms: number) => void): unknown {
  if (op.op === 'travel') return travel(op.ms);
  const db = core.db;
  if (!db) throw new Error('The vault is not open.');
  const statement = db.prepare(op.sql);
  return op.op === 'queryAll' ? statement.all(...op.params) : statement.pluck().get(...op.params);
}

/** A busy database or a bug in a timer must not take the whole worker down. */
function safely(what: string, fn: () => void): void {
  try {
    fn();
  } catch (err) {
    const e = err as { name?: string; code?: string };
    consoleLogger.error(`${what} failed`, { error: e.name, code: e.code });
  }
}

function start(port: NonNullable<typeof parentPort>, data: CoreWorkerData): void {
  const { settings } = data;
  const send = (message: FromWorker) => port.postMessage(message);
  let offset = settings.clockOffsetMs ?? 0;
  const core = createCore(settings, hostCaller(data.hostCalls), () => Date.now() + offset);
  core.onEvent((clientId, event, payload) =>
    send({ type: 'event', clientId, event, payload } as FromWorker),
  );
  const timer = setInterval(() => safely('tick', () => core.tick()), settings.tickMs ?? 5_000);
  // The LAN listener lives beside Core on this thread; it starts when the admin enables LAN.
  const lan = new LanServer(core.stations, {
    ...(settings.lanHost ? { host: settings.lanHost } : {}),
    // The built renderer beside this worker (out/renderer), served to browser hall displays.
    rendererDir: join(__dirname, '../renderer'),
    log: consoleLogger,
  });
  port.on('message', (message: ToWorker) => {
    switch (message.type) {
      case 'dispatch':
        send({
          type: 'result',
          id: message.id,
          result: core.dispatch(message.channel, message.input, message.clientId),
        });
        return;
      case 'endClient':
        return core.endClient(message.clientId);
      case 'lockAll':
        return safely('lockAll', () => core.lockAll());
      case 'debug':
        return answerDebug(message.id, message.debug);
      case 'close':
        clearInterval(timer);
        void lan.close().finally(() => {
          core.close();
          send({ type: 'closed' });
          port.close();
        });
    }
  });

  function answerDebug(id: number, op: DebugOp): void {
    if (!settings.debug) {
      send({ type: 'debugResult', id, ok: false, message: 'debug messages are off' });
      return;
    }
    try {
      const value = runDebug(core, op, (ms) => {
        offset += ms;
        // A jump in main's clock re-syncs every window's timers at once, as tick would.
        core.resync();
      });
      send({ type: 'debugResult', id, ok: true, value });
    } catch (err) {
      send({ type: 'debugResult', id, ok: false, message: (err as Error).message });
    }
  }
  send({ type: 'ready' });
}

if (parentPort) start(parentPort, workerData as CoreWorkerData);
