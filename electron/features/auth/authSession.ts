import type { SessionView } from '../../../shared/contract/views';
import { MINUTE_MS } from '../../../shared/domain/time';
import { appendAudit } from '../../audit/chain';
import { readSettings } from '../settings';
import { getStaff, type StaffRow } from '../staff';
import type { Db } from '../../db/types';
import type { AppEnv } from '../../ipc/context';
import type { Session } from './sessions';

export function idleLockMs(db: Db): number {
  return readSettings(db).idleLockMinutes * MINUTE_MS;
}

export function sessionView(db: Db, session: Session, staff: StaffRow): SessionView {
  return {
    staffId: staff.id,
    username: staff.username,
    displayName: staff.display_name,
    role: staff.role,
    locked: session.locked,
    mustChangePin: staff.must_change_pin === 1,
    language: staff.language,
    colorScheme: staff.color_scheme,
    startedAt: session.startedAt,
    idleLockMinutes: readSettings(db).idleLockMinutes,
  };
}

/** Locks a session on the app's own initiative, records it, and tells its window. */
export function lockSession(
  env: AppEnv,
  db: Db,
  session: Session,
  now: number,
  reason: 'idle' | 'os',
): void {
  const staff = getStaff(db, session.staffId);
  db.transaction(() => {
    session.locked = true;
    appendAudit(db, {
      at: now,
      actorId: session.staffId,
      actorName: staff?.display_name ?? null,
      action: 'auth.autoLock',
      outcome: 'ok',
      detail: { reason, idleMs: now - session.lastActivity },
    });
  })();
  if (staff) env.emit(session.clientId, 'session.changed', sessionView(db, session, staff));
}

/**
 * Locks a session left idle past the site's limit. Returns true when it locked. Called on
 * every call and by the app's timer, so a missed tick cannot keep a desk open.
 */
export function applyIdleLock(env: AppEnv, db: Db, session: Session, now: number): boolean {
  if (session.locked || now - session.lastActivity < idleLockMs(db)) return false;
  lockSession(env, db, session, now, 'idle');
  return true;
}
