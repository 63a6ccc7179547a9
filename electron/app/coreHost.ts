import { MessageChannel, Worker } from 'node:worker_threads';
import type { ChannelName, EventName, EventPayloads } from '../../shared/contract';
import { fail, type Result } from '../../shared/contract/result';
import type {
  CoreSettings,
  CoreWorkerData,
  DebugOp,
  FromWorker,
  HostCall,
  ToWorker,
} from './coreProtocol';
import { answerHostCalls } from './hostCall';

/** What the worker may ask of the main thread; Electron answers with safeStorage and dialogs. */
export interface HostServices {
  seal(secret: Buffer): string | Promise<string>;
  unseal(sealed: string): Buffer | Promise<Buffer>;
  chooseFolder(clientId: string): Promise<string | null>;
}

export type HostEventListener = <E extends EventName>(
  clientId: string,
  event: E,
  payload: EventPayloads[E],
) => void;

export interface CoreHostOptions {
  /** The built worker, out/main/coreWorker.js. */
  workerFile: string;
  settings: CoreSettings;
  services?: HostServices;
}

const CORE_DOWN = fail({
  code: 'INTERNAL',
  message: 'The database worker stopped; nothing was saved.',
  reason: 'core.down',
});

const noServices: HostServices = {
  seal: () => Promise.reject(new Error('no host services')),
  unseal: () => Promise.reject(new Error('no host services')),
  chooseFolder: () => Promise.resolve(null),
};

type Pending = (message: FromWorker | null) => void;

/**
 * Plain Node: runs Core in a worker thread and forwards calls to it. If the worker dies,
 * every pending and later call answers `core.down` instead of hanging.
 */
export class CoreHost {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private readonly eventListeners = new Set<HostEventListener>();
  private readonly stateListeners = new Set<(up: boolean) => void>();
  private readonly exited: Promise<void>;
  private nextId = 1;
  private up = false;
  private down = false;

  constructor(options: CoreHostOptions) {
    const link = new MessageChannel();
    const signal = new SharedArrayBuffer(4);
    answerHostCalls({ signal, port: link.port1 }, (call) =>
      answer(options.services ?? noServices, call),
    );
    link.port1.unref();
    const workerData: CoreWorkerData = {
      settings: options.settings,
      hostCalls: { signal, port: link.port2 },
    };
    this.worker = new Worker(options.workerFile, { workerData, transferList: [link.port2] });
    this.worker.on('message', (m: FromWorker) => this.receive(m));
    this.worker.on('error', (err) => console.error('[deskbook] core worker failed', err.name));
    this.exited = new Promise((done) =>
      this.worker.once('exit', () => {
        link.port1.close();
        this.goDown();
        done();
      }),
    );
  }

  /** true once the worker has built Core; false when it died first. */
  ready(): Promise<boolean> {
    if (this.up || this.down) return Promise.resolve(this.up);
    return new Promise((done) => {
      const off = this.onState((up) => {
        off();
        done(up);
      });
    });
  }

  dispatch(channel: ChannelName, input: unknown, clientId: string): Promise<Result<unknown>> {
    return this.request(
      (id) => ({ type: 'dispatch', id, channel, input, clientId }),
      (m) => (m?.type === 'result' ? m.result : CORE_DOWN),
    );
  }

  onEvent(listener: HostEventListener): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  /** true when the worker is up, false when it died: the relay tells the windows. */
  onState(listener: (up: boolean) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  endClient(clientId: string): void {
    this.post({ type: 'endClient', clientId });
  }

  lockAll(): void {
    this.post({ type: 'lockAll' });
  }

  /** Closes the database in the worker, then ends the worker. */
  async close(): Promise<void> {
    if (!this.down) this.post({ type: 'close' });
    const stop = setTimeout(() => void this.worker.terminate(), 10_000);
    await this.exited;
    clearTimeout(stop);
  }

  /** Tests only (the worker refuses unless started with debug: true). */
  queryAll<T>(sql: string, ...params: unknown[]): Promise<T[]> {
    return this.debug({ op: 'queryAll', sql, params }) as Promise<T[]>;
  }

  queryValue<T>(sql: string, ...params: unknown[]): Promise<T> {
    return this.debug({ op: 'queryValue', sql, params }) as Promise<T>;
  }

  /** Moves Core's clock; calls posted after it see the new time. */
  travel(ms: number): Promise<void> {
    return this.debug({ op: 'travel', ms }) as Promise<void>;
  }

  private debug(op: DebugOp): Promise<unknown> {
    return this.request(
      (id) => ({ type: 'debug', id, debug: op }),
      (m) => {
        if (m?.type !== 'debugResult') throw new Error('the core worker is down');
        if (!m.ok) throw new Error(m.message);
        return m.value;
      },
    );
  }

  private request<T>(message: (id: number) => ToWorker, read: (m: FromWorker | null) => T) {
    return new Promise<T>((resolve, reject) => {
      const settle: Pending = (m) => {
        try {
          resolve(read(m));
        } catch (err) {
          reject(err as Error);
        }
      };
      if (this.down) return settle(null);
      const id = this.nextId++;
      this.pending.set(id, settle);
      this.post(message(id));
    });
  }

  private post(message: ToWorker): void {
    if (!this.down) this.worker.postMessage(message);
  }

  private receive(m: FromWorker): void {
    if (m.type === 'ready') {
      this.up = true;
      this.stateListeners.forEach((l) => l(true));
    } else if (m.type === 'event') {
      this.eventListeners.forEach((l) => l(m.clientId, m.event, m.payload));
    } else if (m.type === 'result' || m.type === 'debugResult') {
      const settle = this.pending.get(m.id);
      this.pending.delete(m.id);
      settle?.(m);
    }
  }

  private goDown(): void {
    if (this.down) return;
    this.down = true;
    this.up = false;
    for (const settle of this.pending.values()) settle(null);
    this.pending.clear();
    this.stateListeners.forEach((l) => l(false));
  }
}

async function answer(services: HostServices, call: HostCall) {
  if (call.op === 'seal') return services.seal(Buffer.from(call.secretHex, 'hex'));
  if (call.op === 'unseal') return (await services.unseal(call.sealed)).toString('hex');
  return services.chooseFolder(call.clientId);
}
