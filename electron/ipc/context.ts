import type { EventName, EventPayloads } from '../../shared/contract';
import type { AppErrorShape } from '../../shared/contract/result';
import type { IntegrityAtOpen } from '../../shared/contract/integrityViews';
import type { VaultStatus } from '../../shared/contract/views';
import type { IdSource } from '../db/ids';
import type { StaffRow } from '../features/staff';
import type { Db } from '../db/types';
import type { Session, SessionStore } from '../features/auth';
import type { ReadWorkers } from '../jobs/readWorkers';
import type { JobRunner } from '../jobs/runner';
import type { KeyProvider } from '../vault/keyProvider';
import type { KdfParams } from '../vault/wrap';
import { businessDate } from '../../shared/domain/time';
import type { Denied } from './errors';

/** Logs carry channel names, codes and ids only: never input values or personal data. */
export interface Logger {
  error(message: string, meta?: Record<string, unknown>): void;
  info(message: string, meta?: Record<string, unknown>): void;
}

/** What services may reach beyond the database: the app's long-lived state and config. */
export interface AppEnv {
  readonly dataDir: string;
  readonly keyProvider: KeyProvider;
  readonly sessions: SessionStore;
  readonly ids: IdSource;
  readonly pinKdf: KdfParams;
  readonly recoveryKdf: KdfParams;
  /** This app's version (backups record it; a newer backup is refused). */
  readonly appVersion: string;
  readonly log: Logger;
  now(): number;
  db(): Db | null;
  vaultStatus(): VaultStatus;
  /** Opens (or with create, makes) the database with this key, migrated to the latest schema. */
  openVault(keyHex: string, options?: { create?: boolean }): Db;
  closeVault(): void;
  emit<E extends EventName>(clientId: string, event: E, payload: EventPayloads[E]): void;
  /** Asks the person at this window for a folder (a dialog in Electron); null when cancelled. */
  chooseFolder(clientId: string): string | null;
  /** Long work in chunks between calls (electron/jobs). */
  readonly jobs: JobRunner;
  /** Read-only tasks on their own thread and read connection (exports, backups). */
  readonly reads: ReadWorkers;
  /** What the checks at this open found (electron/features/integrity); null while closed. */
  integrityAtOpen(): IntegrityAtOpen | null;
  /** The open vault's file and key, for the jobs worker's own read connection. */
  readAccess(): { dbFile: string; keyHex: string; nativeBinding?: string } | null;
}

/** What a service writes into the call's audit row beyond actor, action and outcome. */
export interface AuditNote {
  action?: string;
  actorId?: string | null;
  actorName?: string | null;
  targetType?: string;
  targetId?: string;
  detail?: Record<string, unknown>;
}

export interface ServiceContext {
  env: AppEnv;
  db: Db;
  now: number;
  clientId: string;
  session: Session | null;
  /** The signed-in staff member's current row (null on public channels with no session). */
  staff: StaffRow | null;
  audit: AuditNote;
  deny(error: AppErrorShape): Denied;
  /** Runs once the transaction has committed (e.g. a WAL checkpoint after destruction). */
  afterCommit(fn: () => void): void;
  /** Queues an event to send once the transaction has committed. */
  emitAfterCommit<E extends EventName>(clientId: string, event: E, payload: EventPayloads[E]): void;
}

export interface VaultContext {
  env: AppEnv;
  now: number;
  clientId: string;
}

/** The business day of this call, in the desk's local time. */
export function today(ctx: Pick<ServiceContext, 'now'>): string {
  return businessDate(ctx.now);
}

/** The signed-in caller's role (channels with roles always have a staff row). */
export function role(ctx: Pick<ServiceContext, 'staff'>) {
  return ctx.staff!.role;
}
