import {
  ESCALATION_VIEWS,
  FOLLOW_UP_VIEWS,
  VISITOR_OVERDUE_VIEWS,
  type EventName,
  type EventPayloads,
} from '../../shared/contract';
import type { VaultProblem, VaultStatus } from '../../shared/contract/views';
import { VaultError } from '../db/errors';
import { uuidv7, type IdSource } from '../db/ids';
import { migrate, schemaVersion } from '../db/migrate';
import { LATEST_VERSION } from '../db/migrations';
import type { BackupTrigger } from '../../shared/contract/backupViews';
import {
  backupOnWriter,
  backupTick,
  recordWriterBackup,
  type TargetOutcome,
} from '../features/backups';
import { APP_VERSION } from './appVersion';
import { openEncrypted } from '../db/open';
import { readSettings } from '../features/settings';
import { checkAtOpen, startIntegrityJob } from '../features/integrity';
import type { QuickCheckReport } from '../db/quickCheck';
import type { IntegrityAtOpen } from '../../shared/contract/integrityViews';
import type { Db } from '../db/types';
import type { AppEnv, Logger } from '../ipc/context';
import { createDispatcher, type Dispatch } from '../ipc/router';
import { applyIdleLock, lockSession } from '../features/auth';
import { declassifyExpired, resumeImportCleanup } from '../features/clients';
import { markOverdueVisitors } from '../features/reception';
import { escalateDueCases } from '../features/complaints';
import { generateDueCalls } from '../features/followUps';
import { addDailyBundles, headOfficePushTick } from '../features/branch';
import { endHqPool, hqVerifyTick } from '../features/hq';
import { JobRunner, ReadWorkers } from '../jobs';
import { withAuditStation } from '../audit/chain';
import type { StationAuthority } from '../lan/authority';
import {
  createStationAuthority,
  isStationClient,
  refuseFolderAtStation,
  stationState,
} from '../features/stations';
import { handlers, vaultHandlers } from './handlers';
import { LivePublisher } from './liveViews';
import { escalationTargeted } from './liveNotices';
import { PRODUCTION_PIN_KDF } from '../features/auth';
import { SessionStore } from '../features/auth';
import type { KeyProvider } from '../vault/keyProvider';
import { unsealVaultKey, RECOVERY_KDF } from '../vault/vaultKey';
import { vaultPaths, vaultPresence } from '../vault/vaultFile';
import type { KdfParams } from '../vault/wrap';

export interface CoreOptions {
  dataDir: string;
  keyProvider: KeyProvider;
  clock?: () => number;
  ids?: IdSource;
  pinKdf?: KdfParams;
  recoveryKdf?: KdfParams;
  nativeBinding?: string;
  /** The built jobs worker (out/main/readWorker.js); absent when running the TS sources. */
  readWorkerFile?: string;
  /** Keep one jobs worker loaded and waiting (the app); tests spawn only on demand. */
  warmReadWorker?: boolean;
  logger?: Logger;
  /** Where approved exports go: a folder dialog in Electron, a fixed folder in tests. */
  chooseFolder?: (clientId: string) => string | null;
  /** This app's version (package.json by default); tests set it to play an update. */
  appVersion?: string;
  /** Backups by the schedule in tick (default true; most tests tick for other reasons). */
  scheduledBackups?: boolean;
  /** Start the full integrity job after opening an existing vault (default true). */
  checkAfterOpen?: boolean;
  /** Time for the quick_check at open (START_CHECK_BUDGET_MS by default). */
  checkBudgetMs?: number;
}

export type EventListener = <E extends EventName>(
  clientId: string,
  event: E,
  payload: EventPayloads[E],
) => void;

const RECOVERABLE: VaultProblem[] = ['KEY_UNAVAILABLE'];

export const consoleLogger: Logger = {
  error: (message, meta) => console.error(`[deskbook] ${message}`, meta ?? ''),
  info: (message, meta) => console.info(`[deskbook] ${message}`, meta ?? ''),
};

/**
 * Everything main owns, independent of Electron: the vault, the sessions and the router.
 * The Electron adapter and the e2e harness each wrap one of these.
 */
const CLOCK_JUMP_MS = 30_000;

export class Core {
  readonly dispatch: Dispatch;
  private database: Db | null = null;
  private problem: VaultProblem | null = null;
  private readonly listeners = new Set<EventListener>();
  private live!: LivePublisher;
  private lastTick: { now: number; wall: number } | null = null;
  private readonly env: AppEnv;
  /** Kept while the vault is open so the jobs worker can open its own read connection. */
  private keyHex: string | null = null;
  private atOpen: IntegrityAtOpen | null = null;
  private readonly stationAuthority: StationAuthority;

  constructor(private readonly options: CoreOptions) {
    const clock = options.clock ?? Date.now;
    this.env = {
      dataDir: options.dataDir,
      keyProvider: options.keyProvider,
      sessions: new SessionStore(),
      ids: options.ids ?? (() => uuidv7(clock())),
      pinKdf: options.pinKdf ?? PRODUCTION_PIN_KDF,
      appVersion: options.appVersion ?? APP_VERSION,
      recoveryKdf: options.recoveryKdf ?? RECOVERY_KDF,
      log: options.logger ?? consoleLogger,
      now: clock,
      db: () => this.database,
      vaultStatus: () => this.status(),
      openVault: (keyHex, o) => this.openWithKey(keyHex, o?.create ?? false),
      closeVault: () => this.close(),
      emit: (clientId, event, payload) =>
        this.listeners.forEach((l) => l(clientId, event, payload)),
      chooseFolder: (clientId) => {
        refuseFolderAtStation(clientId);
        return options.chooseFolder?.(clientId) ?? null;
      },
      jobs: this.createRunner(clock),
      reads: new ReadWorkers(
        () => this.env.readAccess(),
        options.readWorkerFile,
        options.nativeBinding,
        options.warmReadWorker ?? false,
      ),
      integrityAtOpen: () => (this.database ? this.atOpen : null),
      readAccess: () =>
        this.database && this.keyHex
          ? {
              dbFile: vaultPaths(this.options.dataDir).dbFile,
              keyHex: this.keyHex,
              ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}),
            }
          : null,
    };
    const live = new LivePublisher(this.env, handlers);
    this.live = live;
    this.dispatch = createDispatcher(this.env, handlers, vaultHandlers, (call) =>
      live.committed(call),
    );
    this.stationAuthority = this.createStations();
    this.unlockAtStart();
  }

  /** Job progress goes to every window where the job's owner is signed in, like other events. */
  private createRunner(clock: () => number): JobRunner {
    return new JobRunner({
      now: clock,
      db: () => this.database,
      log: this.options.logger ?? consoleLogger,
      publish: (owner, view) => {
        if (owner.toWindow) return this.env.emit(owner.clientId, 'job.progress', view);
        for (const s of this.env.sessions.ofStaff(owner.staffId ?? ''))
          this.env.emit(s.clientId, 'job.progress', view);
      },
    });
  }

  /** What the LAN listener (same thread) asks of Core: pairing, who a station is, its calls. */
  get stations(): StationAuthority {
    return this.stationAuthority;
  }

  private createStations(): StationAuthority {
    stationState(this.env).onChange((change) => {
      if (change.type !== 'revoked') return;
      const prefix = `station:${change.stationId}:`;
      this.live.unwatchWhere((id) => id.startsWith(prefix));
    });
    return createStationAuthority(this.env, {
      dispatch: (channel, input, clientId) => this.dispatch(channel, input, clientId),
      endClient: (clientId) => this.endClient(clientId),
      lockStation: (stationId) => this.lockStation(stationId),
      onEvent: (listener) => this.onEvent(listener),
    });
  }

  get jobs(): JobRunner {
    return this.env.jobs;
  }

  /** The jobs workers (tests watch the warm one). */
  get reads(): ReadWorkers {
    return this.env.reads;
  }

  get db(): Db | null {
    return this.database;
  }

  get sessions(): SessionStore {
    return this.env.sessions;
  }

  /** Later runs open the vault with the key sealed for this PC, without asking anyone. */
  private unlockAtStart(): void {
    const presence = vaultPresence(this.options.dataDir);
    if (presence === 'absent') return;
    if (presence === 'orphan') {
      this.problem = 'DAMAGED';
      return;
    }
    try {
      this.openWithKey(unsealVaultKey(this.options.dataDir, this.options.keyProvider), false);
    } catch (err) {
      if (!(err instanceof VaultError)) throw err;
      this.problem = err.problem;
      this.env.log.error('vault could not be opened', { problem: err.problem });
    }
  }

  private openWithKey(keyHex: string, create: boolean): Db {
    let quick: QuickCheckReport = { ok: true, checked: 0, skipped: 0 };
    const db = openEncrypted(vaultPaths(this.options.dataDir).dbFile, keyHex, {
      create,
      ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}),
      ...(this.options.checkBudgetMs !== undefined
        ? { checkBudgetMs: this.options.checkBudgetMs }
        : {}),
      onChecked: (r) => (quick = r),
    });
    try {
      const before = this.backupBeforeMigration(db, keyHex);
      migrate(db);
      if (before) recordWriterBackup(this.env, db, before, 'migration');
      this.atOpen = checkAtOpen(db, quick, this.env.now());
    } catch (err) {
      db.close();
      throw err;
    }
    this.database = db;
    this.keyHex = keyHex;
    this.problem = null;
    // A write job the last run left unfinished is rolled back now, in chunks, invisibly.
    resumeImportCleanup(this.env, db);
    // The checks at open were time-boxed; the full ones run now on the jobs worker.
    if (!create && this.options.checkAfterOpen !== false) startIntegrityJob(this.env);
    this.env.reads.warmUp();
    // A vault opened after start (recovery, restore) brings its LAN settings: the listener follows.
    stationState(this.env).changed({ type: 'lan' });
    return db;
  }

  status(): VaultStatus {
    if (this.database) {
      const s = readSettings(this.database);
      return { state: 'open', siteName: s.siteName, defaultLanguage: s.defaultLanguage };
    }
    if (this.problem)
      return {
        state: 'error',
        problem: this.problem,
        recoverable: RECOVERABLE.includes(this.problem),
      };
    return { state: 'absent' };
  }

  onEvent(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Pushes every live view to every window (main's clock moved, or a window needs a re-sync). */
  resync(): void {
    this.live.publishAll();
  }

  /** Runs the idle lock for every session; the app calls it every few seconds. */
  tick(): void {
    const db = this.database;
    if (!db) return;
    const now = this.env.now();
    const jumped = this.clockJumped(now);
    if (jumped) this.resync();
    for (const s of this.env.sessions.all()) applyIdleLock(this.env, db, s, now);
    db.transaction(() => declassifyExpired(db, now))();
    // A hand-over deadline passes with no call to announce it: recorded once, then pushed
    // (a re-sync has just pushed every view anyway).
    const overdue = db.transaction(() => markOverdueVisitors(db, now))();
    if (overdue > 0 && !jumped) this.live.publish(VISITOR_OVERDUE_VIEWS);
    // Complaints whose next escalation level has come: moved, recorded and bundled for head
    // office in one transaction, the notices pushed once it has committed (a re-sync ran before the move, so push anyway).
    const escalated = db.transaction(() => escalateDueCases(db, now, this.env.ids))();
    if (escalated.length > 0) {
      this.live.notify(escalated.map((n) => escalationTargeted(n)));
      this.live.publish(ESCALATION_VIEWS);
    }
    // The plans' calls of a new day (once a day; setting a plan writes its own at once).
    const calls = db.transaction(() => generateDueCalls(db, this.env.ids, now))();
    if (calls > 0) this.live.publish(FOLLOW_UP_VIEWS);
    // Head office's day bundles (issue 15): figures, audit head, backups, once a closed day.
    db.transaction(() => addDailyBundles(db, now, this.env.ids))();
    headOfficePushTick(this.env);
    hqVerifyTick(this.env);
    if (this.options.scheduledBackups !== false) backupTick(this.env);
  }

  /**
   * Windows count timers from main's time as last pushed. When the clock moves unlike real
   * time (an NTP correction, a changed system clock, the harness's travel), they re-sync.
   */
  private clockJumped(now: number): boolean {
    const wall = Date.now();
    const last = this.lastTick;
    this.lastTick = { now, wall };
    return !!last && Math.abs(now - last.now - (wall - last.wall)) > CLOCK_JUMP_MS;
  }

  /**
   * Before a migration changes the schema, a verified copy of the vault as it is: VACUUM
   * INTO on the writer, which can run here because the file is open, keyed and checked
   * but nobody works yet (no plain file copy of db + -wal is needed).
   */
  private backupBeforeMigration(db: Db, keyHex: string): TargetOutcome[] | null {
    const version = schemaVersion(db);
    if (version === 0 || version >= LATEST_VERSION) return null;
    const outcomes = backupOnWriter(this.env, db, this.writerKey(keyHex), 'migration');
    if (outcomes[0]?.outcome !== 'ok')
      this.env.log.error('backup before migration failed', { reason: outcomes[0]?.reason });
    return outcomes;
  }

  private writerKey(keyHex: string) {
    const { nativeBinding } = this.options;
    return { keyHex, ...(nativeBinding ? { nativeBinding } : {}) };
  }

  /**
   * A backup now, on the writer connection (blocking): the demo seed and tests use it; the
   * app's own backups run as jobs (backups.run, the schedule in tick).
   */
  backupNow(trigger: BackupTrigger = 'manual'): TargetOutcome[] {
    const db = this.database;
    if (!db || !this.keyHex) throw new Error('The vault is not open.');
    const outcomes = backupOnWriter(this.env, db, this.writerKey(this.keyHex), trigger);
    recordWriterBackup(this.env, db, outcomes, trigger);
    return outcomes;
  }

  /**
   * This PC's OS locked or went to sleep: nobody's desk stays open behind it. The stations'
   * windows are other PCs, whose own OS lock arrives as lockStation.
   */
  lockAll(): void {
    this.lockWhere((clientId) => !isStationClient(clientId), null);
  }

  /** A station PC locked or slept: its windows lock, nobody else's. */
  lockStation(stationId: string): void {
    const db = this.database;
    const station = db ? stationState(this.env).station(db, stationId) : null;
    const prefix = `station:${stationId}:`;
    this.lockWhere((clientId) => clientId.startsWith(prefix), station?.name ?? null);
  }

  private lockWhere(test: (clientId: string) => boolean, station: string | null): void {
    const db = this.database;
    if (!db) return;
    const now = this.env.now();
    withAuditStation(station, () => {
      for (const s of this.env.sessions.all())
        if (!s.locked && test(s.clientId)) lockSession(this.env, db, s, now, 'os');
    });
  }

  /** A window closed: its session ends with it, and nothing more is pushed to it. */
  endClient(clientId: string): void {
    this.env.sessions.end(clientId);
    this.live.unwatch(clientId);
  }

  close(): void {
    this.env.jobs.stop();
    void endHqPool();
    this.env.reads.stopAll();
    this.keyHex = null;
    this.database?.close();
    this.database = null;
  }
}
