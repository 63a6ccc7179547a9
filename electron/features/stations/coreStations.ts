import type { ChannelName, EventName, EventPayloads } from '../../../shared/contract';
import { fail, type Result } from '../../../shared/contract/result';
import { appendAudit } from '../../audit/chain';
import type { AppEnv } from '../../ipc/context';
import {
  parseStationClientId,
  type LanIdentity,
  type PairedStation,
  type PairOutcome,
  type StationAuthority,
  type StationChange,
} from '../../lan/authority';
import {
  readLanConfig,
  readLanIdentity,
  savePairedStation,
  stationOfFingerprint,
  writeLanIdentity,
  writeLastSeen,
} from './stationQueries';
import { stationState } from './stationState';

/** What of Core the authority reaches beyond its env (Core passes its own methods). */
export interface CoreLinks {
  dispatch(channel: ChannelName, input: unknown, clientId: string): Result<unknown>;
  endClient(clientId: string): void;
  lockStation(stationId: string): void;
  onEvent(
    listener: <E extends EventName>(clientId: string, event: E, payload: EventPayloads[E]) => void,
  ): () => void;
}

const notStation = fail({
  code: 'UNAUTHENTICATED',
  message: 'Not a station window.',
  reason: 'station.revoked',
});

/**
 * Core's side of the LAN listener (`core.stations`): synchronous, same thread. Core alone
 * decides who is paired, revoked or allowed; the listener only carries calls and events.
 */
export function createStationAuthority(env: AppEnv, core: CoreLinks): StationAuthority {
  const state = stationState(env);

  /** A refused pairing attempt, in its own transaction (the attempt itself writes nothing). */
  function auditRefused(reason: string, address: string): void {
    const db = env.db();
    if (!db) return;
    db.transaction(() =>
      appendAudit(db, {
        at: env.now(),
        actorId: null,
        actorName: null,
        action: 'stations.pair',
        outcome: 'denied',
        detail: { reason, address },
      }),
    ).immediate();
  }

  return {
    lanConfig: () => {
      const db = env.db();
      return db ? readLanConfig(db) : null;
    },

    lanIdentity: () => {
      const db = env.db();
      return db ? readLanIdentity(db) : null;
    },

    storeLanIdentity: (identity: LanIdentity) => {
      const db = env.db();
      if (!db) throw new Error('The vault is not open.');
      db.transaction(() => {
        writeLanIdentity(db, identity, env.now());
        appendAudit(db, {
          at: env.now(),
          actorId: null,
          actorName: null,
          action: 'lan.identityCreated',
          outcome: 'ok',
          detail: { fingerprint256: identity.fingerprint256 },
        });
      }).immediate();
    },

    reportListening: (s) => {
      state.listening = { listening: s.listening, problem: s.problem };
    },

    pairStation: ({ code, certFingerprint256, address, onlyKind }): PairOutcome => {
      const db = env.db();
      if (!db) return { ok: false, reason: 'pairing.none' };
      const checked = state.codes.check(code, env.now(), onlyKind);
      if (!checked.ok) {
        auditRefused(checked.reason, address);
        return checked;
      }
      const { grant } = checked;
      const now = env.now();
      const row = db
        .transaction(() => {
          const saved = savePairedStation(db, {
            id: env.ids(),
            name: grant.name,
            kind: grant.kind,
            cert_fingerprint: certFingerprint256,
            paired_at: now,
            paired_by: grant.byId,
            revoked_at: null,
            revoked_by: null,
            last_seen_at: now,
            last_address: address,
          });
          appendAudit(db, {
            at: now,
            actorId: grant.byId,
            actorName: grant.byName,
            action: 'stations.pair',
            targetType: 'station',
            targetId: saved.id,
            outcome: 'ok',
            detail: { station: saved.name, kind: saved.kind, address },
          });
          return saved;
        })
        .immediate();
      state.forget(row.id);
      state.presence.delete(row.id);
      return { ok: true, station: { id: row.id, name: row.name, kind: row.kind } };
    },

    stationByFingerprint: (fp): PairedStation | null => {
      const db = env.db();
      const row = db ? stationOfFingerprint(db, fp) : undefined;
      return row && row.revoked_at === null ? { id: row.id, name: row.name, kind: row.kind } : null;
    },

    stationSeen: (stationId, address, connected) => {
      const db = env.db();
      const now = env.now();
      if (!state.seen(stationId, address, connected, now) || !db) return;
      db.transaction(() => writeLastSeen(db, stationId, now, address)).immediate();
    },

    dispatch: (channel, input, clientId) =>
      parseStationClientId(clientId) ? core.dispatch(channel, input, clientId) : notStation,

    endClient: (clientId) => {
      if (parseStationClientId(clientId)) core.endClient(clientId);
    },

    lockStation: (stationId) => core.lockStation(stationId),

    stationStarted: (stationId, boot) => {
      for (const session of env.sessions.all()) {
        const at = parseStationClientId(session.clientId);
        if (at?.stationId === stationId && !at.window.startsWith(`${boot}.`))
          core.endClient(session.clientId);
      }
    },

    onEvent: (listener) => core.onEvent(listener),

    onStationChange: (listener: (change: StationChange) => void) => state.onChange(listener),
  };
}
