import { contract, type ChannelName, type EventName } from '../../shared/contract';
import { fail, ok, type Result } from '../../shared/contract/result';
import type { VaultStatus } from '../../shared/contract/views';
import type { HostEventListener } from '../app/coreHost';
import type { Logger } from '../ipc/context';
import { fieldsFromZod } from '../ipc/zodFields';
import { DeskLink } from '../lan/deskLink';
import type { KeyProvider } from '../vault/keyProvider';
import { joinVault } from './joinVault';
import {
  loadStationFile,
  removeStationFile,
  unsealClientKey,
  writeStationFile,
  type StationFile,
} from './stationFile';
import { joinedView, stationStatus, UNSET_STATUS } from './stationViews';

const STATUS = 'station.status' satisfies ChannelName;
const JOIN = 'station.join' satisfies ChannelName;
const FORGET = 'station.forget' satisfies ChannelName;
const VAULT_STATUS = 'vault.status' satisfies ChannelName;

/** This PC's own Core (CoreHost on the db worker): it holds a vault, or may create one. */
export interface LocalCore {
  ready(): Promise<boolean>;
  dispatch(channel: ChannelName, input: unknown, clientId: string): Promise<Result<unknown>>;
  onEvent(listener: HostEventListener): () => void;
  onState(listener: (up: boolean) => void): () => void;
  endClient(clientId: string): void;
  lockAll(): void;
  close(): Promise<void>;
}

type DeskLinkOptions = NonNullable<ConstructorParameters<typeof DeskLink>[1]>;

export interface StationLinkOptions {
  /** userData: station.json lives here. */
  dir: string;
  /** Seals the station's client key (safeStorage in the app). */
  keys: KeyProvider;
  startCore(): LocalCore;
  log?: Logger;
  deskLink?: Omit<DeskLinkOptions, 'log'>;
  now?: () => number;
}

/**
 * What the relay talks to: this PC's own Core, the vault PC over a DeskLink, or nothing
 * (a station whose pairing was revoked or whose key this OS login cannot unseal).
 */
type Line =
  | { kind: 'local'; core: LocalCore }
  | { kind: 'station'; file: StationFile; desk: DeskLink }
  | { kind: 'refused'; file: StationFile; reason: 'station.revoked' | 'station.keyUnavailable' };

const CLOSED = fail({
  code: 'INTERNAL',
  message: 'Deskbook is closing; nothing was sent.',
  reason: 'core.down',
});

const consoleLog: Logger = {
  error: (message, meta) => console.error(`[deskbook] ${message}`, meta ?? ''),
  info: (message, meta) => console.info(`[deskbook] ${message}`, meta ?? ''),
};

/**
 * The station PC's side of the relay (plain Node). Without station.json this PC runs its
 * own Core as before; with it, every call goes to the vault PC. station.join, .forget and
 * (on a station) .status are answered here, since they change or describe the line itself.
 */
export class StationLink {
  private line: Line;
  private detach: () => void = () => {};
  /** Joins and forgets run one at a time; other calls wait for the line they switch to. */
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  private lastUp: boolean | null = null;
  private readonly log: Logger;
  private readonly events = new Set<HostEventListener>();
  private readonly states = new Set<(up: boolean) => void>();

  constructor(private readonly options: StationLinkOptions) {
    this.log = options.log ?? consoleLog;
    const file = loadStationFile(options.dir, this.log);
    this.line = file ? this.stationLine(file) : { kind: 'local', core: options.startCore() };
    this.attach();
  }

  /** Whether the line is up once its first start (or connection attempt) has settled. */
  async ready(): Promise<boolean> {
    await this.queue;
    return lineReady(this.line);
  }

  async dispatch(channel: ChannelName, input: unknown, clientId: string): Promise<Result<unknown>> {
    try {
      if (channel === JOIN) return await this.exclusive(() => this.join(input, clientId));
      if (channel === FORGET) return await this.exclusive(() => this.forget(input, clientId));
      await this.queue;
      return await this.forward(channel, input, clientId);
    } catch (err) {
      this.log.error('station link failed', { channel, error: (err as Error).name });
      return fail({ code: 'INTERNAL', message: 'The call failed.', reason: 'station.failed' });
    }
  }

  onEvent(listener: HostEventListener): () => void {
    this.events.add(listener);
    return () => this.events.delete(listener);
  }

  onState(listener: (up: boolean) => void): () => void {
    this.states.add(listener);
    return () => this.states.delete(listener);
  }

  endClient(clientId: string): void {
    const line = this.line;
    if (line.kind === 'local') line.core.endClient(clientId);
    else if (line.kind === 'station') line.desk.endClient(clientId);
  }

  /** This PC's OS locked or slept: its own sessions lock (on a station, only the station's). */
  lockAll(): void {
    const line = this.line;
    if (line.kind === 'local') line.core.lockAll();
    else if (line.kind === 'station') line.desk.lockAll();
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.queue;
    await closeLine(this.line);
  }

  private async forward(channel: ChannelName, input: unknown, clientId: string) {
    const line = this.line;
    if (this.closed) return CLOSED;
    if (line.kind === 'local') return line.core.dispatch(channel, input, clientId);
    if (channel === STATUS) return ok(this.status(line));
    if (line.kind === 'station') {
      // Like CoreHost, which holds calls until its worker is up: a call made while the first
      // connection is being tried waits for it instead of answering offline at once.
      await line.desk.ready();
      return line.desk.dispatch(channel, input, clientId);
    }
    const message = 'This station is no longer paired with the vault PC.';
    return fail({ code: 'UNAUTHENTICATED', message, reason: line.reason });
  }

  private status(line: Line & { file: StationFile }) {
    // A key this login cannot unseal needs a new pairing, just like a revoked one.
    return { ...stationStatus(line.file), revoked: line.kind === 'refused' || line.file.revoked };
  }

  private async join(input: unknown, clientId: string): Promise<Result<unknown>> {
    if (this.closed) return CLOSED;
    const line = this.line;
    const joined = await joinVault(input, {
      dir: this.options.dir,
      keys: this.options.keys,
      log: this.log,
      now: this.options.now ?? Date.now,
      localVault: () =>
        line.kind === 'local'
          ? (line.core.dispatch(VAULT_STATUS, undefined, clientId) as Promise<Result<VaultStatus>>)
          : Promise.resolve(null),
    });
    if (!joined.ok) return fail(joined.error);
    await this.switchTo(() => this.deskLine(joined.file, joined.keyPem));
    return ok(joinedView(joined.file));
  }

  private async forget(input: unknown, clientId: string): Promise<Result<unknown>> {
    if (this.closed) return CLOSED;
    if (this.line.kind === 'local') return this.line.core.dispatch(FORGET, input, clientId);
    const parsed = contract[FORGET].input.safeParse(input);
    if (!parsed.success) {
      const fields = fieldsFromZod(parsed.error);
      return fail({ code: 'VALIDATION', message: 'Invalid input', fields });
    }
    await this.switchTo(() => {
      removeStationFile(this.options.dir);
      this.log.info('this PC forgot its pairing', {});
      return { kind: 'local', core: this.options.startCore() };
    });
    // Join needed a PC without a vault, so the Core started again has none either.
    return ok(UNSET_STATUS);
  }

  /** Closes the old line (its events and state no longer reach the windows), opens the next. */
  private async switchTo(next: () => Line): Promise<void> {
    const old = this.line;
    this.detach();
    this.detach = () => {};
    await closeLine(old);
    this.line = next();
    // The new line's first state reaches the windows even if it equals the old line's last:
    // "up" after a switch tells them to read everything again from the new Core.
    this.lastUp = null;
    this.attach();
    const line = this.line;
    const up = await lineReady(line);
    if (this.line === line) this.announce(up);
  }

  /** Each change of the line's state once (a line's own event and the switch may both say it). */
  private announce(up: boolean): void {
    if (this.lastUp === up) return;
    this.lastUp = up;
    this.states.forEach((l) => l(up));
  }

  private stationLine(file: StationFile): Line {
    if (file.revoked) return { kind: 'refused', file, reason: 'station.revoked' };
    let keyPem: string;
    try {
      keyPem = unsealClientKey(this.options.keys, file);
    } catch (err) {
      this.log.error('the station key could not be unsealed', { error: (err as Error).name });
      return { kind: 'refused', file, reason: 'station.keyUnavailable' };
    }
    return this.deskLine(file, keyPem);
  }

  private deskLine(file: StationFile, keyPem: string): Line {
    const { host, port, fingerprint256 } = file.vault;
    const creds = { host, port, fingerprint256, certPem: file.client.certPem, keyPem };
    return {
      kind: 'station',
      file,
      desk: new DeskLink(creds, { ...this.options.deskLink, log: this.log }),
    };
  }

  private attach(): void {
    const line = this.line;
    const state = (up: boolean) => this.announce(up);
    const event = (clientId: string, name: EventName, payload: unknown) =>
      this.events.forEach((l) => l(clientId, name, payload as never));
    if (line.kind === 'local') {
      const offs = [line.core.onEvent(event), line.core.onState(state)];
      this.detach = () => offs.forEach((off) => off());
    } else if (line.kind === 'station') {
      const offs = [
        line.desk.onEvent(event),
        line.desk.onState(state),
        line.desk.onRevoked(() => this.revoked(line)),
      ];
      this.detach = () => offs.forEach((off) => off());
    }
  }

  /** The vault PC refused this station: kept in station.json so a restart knows it too. */
  private revoked(line: Line & { kind: 'station' }): void {
    if (this.line !== line || line.file.revoked) return;
    line.file = { ...line.file, revoked: true };
    try {
      writeStationFile(this.options.dir, line.file);
    } catch (err) {
      this.log.error('station.json could not be marked revoked', { error: (err as Error).name });
    }
    this.log.info('the vault PC revoked this station', {});
  }

  private exclusive<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

function lineReady(line: Line): Promise<boolean> {
  if (line.kind === 'local') return line.core.ready();
  return line.kind === 'station' ? line.desk.ready() : Promise.resolve(false);
}

function closeLine(line: Line): Promise<void> {
  if (line.kind === 'local') return line.core.close();
  return line.kind === 'station' ? line.desk.close() : Promise.resolve();
}
