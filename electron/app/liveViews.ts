import {
  contract,
  LIVE_VIEWS,
  PER_PERSON_VIEWS,
  REFRESHES,
  viewEvent,
  type ChannelName,
  type EventName,
  type EventPayloads,
  type LiveView,
} from '../../shared/contract';
import type { ChannelDef } from '../../shared/contract/define';
import { moduleOf } from '../../shared/contract/modules';
import type { Db } from '../db/types';
import type { AppEnv, ServiceContext } from '../ipc/context';
import { AppError, Denied } from '../ipc/errors';
import type { Handlers } from '../ipc/handler';
import type { CommittedCall } from '../ipc/router';
import type { Session } from '../features/auth';
import { modulesInUse } from '../features/settings';
import { getStaff, type StaffRow } from '../features/staff';
import { noticesFor, type TargetedNotice } from './liveNotices';

/** A signed-in window that may read right now: active account, screen unlocked, PIN valid. */
export interface Reader {
  session: Session;
  staff: StaffRow;
}

type Delivery = [clientId: string, event: EventName, payload: unknown];

/** Thrown to roll back the read transaction: views never write, whatever a reader does. */
class ReadOnly extends Error {}

export function readers(env: AppEnv, db: Db): Reader[] {
  const out: Reader[] = [];
  for (const session of env.sessions.all()) {
    const staff = getStaff(db, session.staffId);
    if (!staff || staff.active !== 1 || session.locked || staff.must_change_pin === 1) continue;
    out.push({ session, staff });
  }
  return out;
}

function isPublicView(channel: ChannelName): boolean {
  return (
    (LIVE_VIEWS as readonly string[]).includes(channel) &&
    (contract[channel] as ChannelDef).roles === 'public'
  );
}

/** A reader's context; a public view is read as nobody in particular. */
function readContext(env: AppEnv, db: Db, r: Reader | null): ServiceContext {
  return {
    env,
    db,
    now: env.now(),
    clientId: r?.session.clientId ?? '',
    session: r?.session ?? null,
    staff: r?.staff ?? null,
    audit: {},
    deny: (error) => new Denied(error),
    afterCommit: () => {},
    emitAfterCommit: () => {},
  };
}

/**
 * Pushes changed views to the windows allowed to read them, after the call committed.
 * Each view is read once per role (once per person for "mine" views), by the same handler
 * the read channel runs, so the payload is exactly that channel's answer for the session.
 */
export class LivePublisher {
  /**
   * Windows that have read a public live view (the hall board) since they connected, signed
   * in or not: public views go to them, not to the signed-in readers.
   */
  private readonly watchers = new Set<string>();

  constructor(
    private readonly env: AppEnv,
    private readonly handlers: Handlers,
  ) {}

  /** The window closed (or its station was revoked): nothing more is pushed to it. */
  unwatch(clientId: string): void {
    this.watchers.delete(clientId);
  }

  unwatchWhere(test: (clientId: string) => boolean): void {
    for (const id of this.watchers) if (test(id)) this.watchers.delete(id);
  }

  committed(call: CommittedCall): void {
    const db = this.env.db();
    if (!db) return;
    if (isPublicView(call.channel)) this.watchers.add(call.clientId);
    const views = REFRESHES[call.channel] ?? [];
    const notices = noticesFor(db, call);
    if (views.length === 0 && notices.length === 0) return;
    const who = readers(this.env, db);
    const sent = this.read(db, views, who);
    for (const n of notices)
      for (const r of who) if (n.to(r)) sent.push([r.session.clientId, 'notice.raised', n.notice]);
    for (const [clientId, event, payload] of sent) this.emit(clientId, event, payload);
  }

  /** Notices decided outside a call (main's timer escalated a case), after its commit. */
  notify(notices: readonly TargetedNotice[]): void {
    const db = this.env.db();
    if (!db || notices.length === 0) return;
    const who = readers(this.env, db);
    for (const n of notices)
      for (const r of who) if (n.to(r)) this.emit(r.session.clientId, 'notice.raised', n.notice);
  }

  /** Some views to every reader, outside a call: what time passing changed (main's tick). */
  publish(views: readonly LiveView[]): void {
    const db = this.env.db();
    if (!db) return;
    for (const [clientId, event, payload] of this.read(db, views, readers(this.env, db)))
      this.emit(clientId, event, payload);
  }

  /** Every view to every reader: after main's clock jumped, each window re-syncs at once. */
  publishAll(): void {
    const db = this.env.db();
    if (!db) return;
    for (const [clientId, event, payload] of this.read(db, LIVE_VIEWS, readers(this.env, db)))
      this.emit(clientId, event, payload);
  }

  private read(db: Db, views: readonly LiveView[], who: Reader[]): Delivery[] {
    const out: Delivery[] = [];
    if (views.length === 0 || (who.length === 0 && this.watchers.size === 0)) return out;
    try {
      db.transaction(() => {
        for (const view of views) out.push(...this.readView(db, view, who));
        throw new ReadOnly();
      })();
    } catch (err) {
      if (!(err instanceof ReadOnly)) throw err;
    }
    return out;
  }

  private readView(db: Db, view: LiveView, who: Reader[]): Delivery[] {
    const def = contract[view] as ChannelDef;
    if (def.roles === 'public') return this.readPublic(db, view, def);
    const perPerson = PER_PERSON_VIEWS.includes(view);
    const cache = new Map<string, { value: unknown } | null>();
    const out: Delivery[] = [];
    // The router would refuse a module the site does not use; nobody is sent its view either.
    const module = moduleOf(view);
    if (module && !modulesInUse(db).includes(module)) return out;
    for (const r of who) {
      if (!def.roles.includes(r.staff.role)) continue;
      const key = perPerson ? `p:${r.staff.id}` : `r:${r.staff.role}`;
      if (!cache.has(key)) cache.set(key, this.readOne(db, view, def, r));
      const got = cache.get(key);
      if (got) out.push([r.session.clientId, viewEvent(view), got.value]);
    }
    return out;
  }

  /** Read once, without a session, the same for every watcher. */
  private readPublic(db: Db, view: LiveView, def: ChannelDef): Delivery[] {
    if (this.watchers.size === 0) return [];
    const got = this.readOne(db, view, def, null);
    return got ? [...this.watchers].map((id) => [id, viewEvent(view), got.value]) : [];
  }

  /** A refusal (e.g. no shift at work for the log) sends nothing; a bug is logged, not thrown. */
  private readOne(
    db: Db,
    view: LiveView,
    def: ChannelDef,
    r: Reader | null,
  ): { value: unknown } | null {
    const handler = this.handlers[view] as (c: ServiceContext, i: unknown) => unknown;
    try {
      const value = handler(readContext(this.env, db, r), def.input.parse(undefined));
      return value instanceof Denied ? null : { value };
    } catch (err) {
      if (!(err instanceof AppError)) {
        const e = err as { name?: string; code?: string };
        this.env.log.error('live view failed', { channel: view, error: e.name, code: e.code });
      }
      return null;
    }
  }

  private emit(clientId: string, event: EventName, payload: unknown): void {
    this.env.emit(clientId, event, payload as EventPayloads[EventName]);
  }
}
