import {
  contract,
  isChannelName,
  type ChannelName,
  type EventName,
  type EventPayloads,
} from '../../shared/contract';
import type { ChannelDef } from '../../shared/contract/define';
import { channelAllowedAt, moduleOf } from '../../shared/contract/modules';
import { fail, ok, type AppErrorShape, type Result } from '../../shared/contract/result';
import { appendAudit, withAuditStation } from '../audit/chain';
import { getStaff, type StaffRow } from '../features/staff';
import type { Db } from '../db/types';
import { applyIdleLock } from '../features/auth';
import { isHeadOffice, modulesInUse } from '../features/settings';
import { isStationClient, stationCaller, type StationCaller } from '../features/stations';
import type { Handlers, VaultHandlers } from '../ipc/handler';
import type { Session } from '../features/auth';
import type { AppEnv, AuditNote, ServiceContext } from './context';
import { AppError, Denied } from './errors';
import { fieldsFromZod } from './zodFields';

export type Dispatch = (channel: string, input: unknown, clientId: string) => Result<unknown>;

/** A call that succeeded and committed: what the live views and notices are derived from. */
export interface CommittedCall {
  channel: ChannelName;
  input: unknown;
  data: unknown;
  clientId: string;
}

interface Gate {
  session: Session | null;
  staff: StaffRow | null;
}

function refuse(code: AppErrorShape['code'], reason: string, message: string): AppError {
  return new AppError(code, message, { reason });
}

/** Records a refusal in its own transaction: the call itself writes nothing. */
function auditRefusal(db: Db, env: AppEnv, name: string, staff: StaffRow, reason: string): void {
  db.transaction(() =>
    appendAudit(db, {
      at: env.now(),
      actorId: staff.id,
      actorName: staff.display_name,
      action: name,
      outcome: 'denied',
      detail: { reason },
    }),
  ).immediate();
}

/** Session, lock, PIN-change and role checks. Main decides; the renderer only hides buttons. */
function gate(env: AppEnv, db: Db, name: ChannelName, def: ChannelDef, clientId: string): Gate {
  const now = env.now();
  let session = env.sessions.get(clientId) ?? null;
  if (session && applyIdleLock(env, db, session, now)) session = env.sessions.get(clientId) ?? null;
  let staff = session ? (getStaff(db, session.staffId) ?? null) : null;
  if (session && (!staff || staff.active !== 1)) {
    env.sessions.end(clientId);
    session = null;
    staff = null;
    if (def.roles !== 'public')
      throw refuse('UNAUTHENTICATED', 'auth.deactivated', 'The account is no longer active.');
  }
  if (def.roles === 'public') return { session, staff };
  if (!session || !staff) throw refuse('UNAUTHENTICATED', 'auth.noSession', 'Sign in first.');
  session.role = staff.role;
  if (session.locked && !def.whenLocked)
    throw refuse('LOCKED', 'auth.screenLocked', 'The screen is locked.');
  if (staff.must_change_pin === 1 && !def.whenPinMustChange) {
    throw refuse('FORBIDDEN', 'auth.mustChangePin', 'Choose a new PIN first.');
  }
  if (!def.roles.includes(staff.role)) {
    auditRefusal(db, env, name, staff, 'role');
    throw refuse('FORBIDDEN', 'auth.role', `The ${staff.role} role may not use ${name}.`);
  }
  refuseModuleOff(db, name);
  return { session, staff };
}

/** A module the site does not use (site profiles): its channels answer nothing and write nothing. */
function refuseModuleOff(db: Db, name: ChannelName): void {
  if (!channelAllowedAt(name, isHeadOffice(db)))
    throw refuse('FORBIDDEN', 'profile.headOffice', `This site's profile does not answer ${name}.`);
  const module = moduleOf(name);
  if (module && !modulesInUse(db).includes(module))
    throw refuse('FORBIDDEN', 'module.off', `This site does not use the ${module} module.`);
}

function writeAuditRow(
  db: Db,
  env: AppEnv,
  name: string,
  g: Gate,
  note: AuditNote,
  outcome: 'ok' | 'failed' | 'denied',
  now: number,
  extra?: Record<string, unknown>,
) {
  const detail = note.detail || extra ? { ...note.detail, ...extra } : null;
  appendAudit(db, {
    at: now,
    actorId: note.actorId !== undefined ? note.actorId : (g.staff?.id ?? null),
    actorName: note.actorName !== undefined ? note.actorName : (g.staff?.display_name ?? null),
    action: note.action ?? name,
    targetType: note.targetType ?? null,
    targetId: note.targetId ?? null,
    outcome,
    detail,
  });
}

/**
 * Another process holds the write lock past the busy timeout. Write transactions begin
 * IMMEDIATE, so this shows before the service runs and nothing was written.
 */
const BUSY: AppErrorShape = {
  code: 'CONFLICT',
  message: 'Another process is writing to the vault; nothing was saved.',
  reason: 'busy',
};

function isBusy(e: { code?: string }): boolean {
  return typeof e.code === 'string' && e.code.startsWith('SQLITE_BUSY');
}

export function createDispatcher(
  env: AppEnv,
  handlers: Handlers,
  vaultHandlers: VaultHandlers,
  /** Runs after a successful commit only: never for a refusal or a rolled-back call. */
  committed?: (call: CommittedCall) => void,
): Dispatch {
  function runInTransaction(
    db: Db,
    name: ChannelName,
    def: ChannelDef,
    input: unknown,
    clientId: string,
    g: Gate,
  ): Result<unknown> {
    const pending: Array<() => void> = [];
    const now = env.now();
    const ctx: ServiceContext = {
      env,
      db,
      now,
      clientId,
      session: g.session,
      staff: g.staff,
      audit: {},
      deny: (error) => new Denied(error),
      afterCommit: (fn) => pending.push(fn),
      emitAfterCommit<E extends EventName>(target: string, event: E, payload: EventPayloads[E]) {
        pending.push(() => env.emit(target, event, payload));
      },
    };
    const handler = handlers[name as keyof Handlers] as (c: ServiceContext, i: unknown) => unknown;
    const result = db
      .transaction((): Result<unknown> => {
        const out = handler(ctx, input);
        if (out instanceof Denied) {
          const outcome = out.error.code === 'LOCKED' ? 'denied' : 'failed';
          writeAuditRow(db, env, name, g, ctx.audit, outcome, now, {
            reason: out.error.reason ?? out.error.code,
          });
          return fail(out.error);
        }
        if (def.audit) writeAuditRow(db, env, name, g, ctx.audit, 'ok', now);
        return ok(out);
      })
      .immediate();
    pending.forEach((send) => send());
    if (result.ok) committed?.({ channel: name, input, data: result.data, clientId });
    const session = env.sessions.get(clientId);
    if (result.ok && session && def.roles !== 'public') session.lastActivity = now;
    return result;
  }

  /**
   * A station's window: the station must be paired and not revoked, and a hall display may
   * call only the display channels. One cached row per station, so this costs nothing.
   */
  function stationOf(db: Db | null, def: ChannelDef, clientId: string): StationCaller | null {
    if (!isStationClient(clientId)) return null;
    if (!db) throw refuse('UNAUTHENTICATED', 'vault.notOpen', 'The vault is not open.');
    const station = stationCaller(env, db, clientId);
    if (station?.kind === 'display' && !def.display)
      throw refuse('FORBIDDEN', 'station.display', 'A hall display shows the hall board only.');
    return station;
  }

  function run(name: ChannelName, def: ChannelDef, input: unknown, clientId: string) {
    if (def.withoutVault) {
      const handler = vaultHandlers[name as keyof VaultHandlers] as (
        c: unknown,
        i: unknown,
      ) => unknown;
      return ok(handler({ env, now: env.now(), clientId }, input));
    }
    const db = env.db();
    if (!db)
      return fail({
        code: 'UNAUTHENTICATED',
        message: 'The vault is not open.',
        reason: 'vault.notOpen',
      });
    const g = gate(env, db, name, def, clientId);
    return runInTransaction(db, name, def, input, clientId, g);
  }

  return function dispatch(name, raw, clientId) {
    if (!isChannelName(name))
      return fail({ code: 'NOT_FOUND', message: 'Unknown channel', reason: 'unknownChannel' });
    const def = contract[name] as ChannelDef;
    try {
      const station = stationOf(env.db(), def, clientId);
      const parsed = def.input.safeParse(raw);
      if (!parsed.success) {
        const fields = fieldsFromZod(parsed.error);
        return fail({
          code: 'VALIDATION',
          message: `Invalid input: ${Object.keys(fields).join(', ')}`,
          fields,
        });
      }
      return withAuditStation(station?.name ?? null, () => run(name, def, parsed.data, clientId));
    } catch (err) {
      if (err instanceof AppError) return fail(err.toShape());
      const e = err as { name?: string; code?: string };
      if (isBusy(e)) return fail(BUSY);
      env.log.error('channel failed', { channel: name, error: e.name, code: e.code });
      return fail({
        code: 'INTERNAL',
        message: 'Something went wrong; nothing was saved.',
        reason: 'internal',
      });
    }
  };
}
