import type { Role } from '../../../shared/domain/roles';

/** One signed-in person at one window (Electron webContents or harness client). */
export interface Session {
  clientId: string;
  staffId: string;
  role: Role;
  startedAt: number;
  lastActivity: number;
  locked: boolean;
}

/** Sessions live in memory only: a restart means everyone signs in again. */
export class SessionStore {
  private readonly byClient = new Map<string, Session>();

  get(clientId: string): Session | undefined {
    return this.byClient.get(clientId);
  }

  start(clientId: string, staffId: string, role: Role, now: number): Session {
    const session: Session = {
      clientId,
      staffId,
      role,
      startedAt: now,
      lastActivity: now,
      locked: false,
    };
    this.byClient.set(clientId, session);
    return session;
  }

  end(clientId: string): void {
    this.byClient.delete(clientId);
  }

  all(): Session[] {
    return [...this.byClient.values()];
  }

  ofStaff(staffId: string): Session[] {
    return this.all().filter((s) => s.staffId === staffId);
  }
}
