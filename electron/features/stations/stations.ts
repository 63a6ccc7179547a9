import type { Handlers, VaultHandlers } from '../../ipc/handler';
import { AppError, notFound } from '../../ipc/errors';
import { today, type ServiceContext } from '../../ipc/context';
import { displayFingerprint } from '../../../shared/domain/fingerprint';
import { hallBoardOfDay } from '../queue';
import { modulesInUse, readSettings } from '../settings';
import { endStationSessions } from './stationGate';
import {
  getStation,
  listStations,
  markRevoked,
  readLanConfig,
  readLanIdentity,
  writeLanConfig,
} from './stationQueries';
import { stationState } from './stationState';
import { lanAddresses, lanView, stationView } from './stationViews';

function conflict(reason: string, message: string): AppError {
  return new AppError('CONFLICT', message, { reason });
}

/** The listener needs to be on and to have its certificate before a desk can pair. */
function readyIdentity(ctx: ServiceContext) {
  const config = readLanConfig(ctx.db);
  if (!config.enabled) throw conflict('lan.off', 'Turn on the LAN listener first.');
  const identity = readLanIdentity(ctx.db);
  if (!identity) throw conflict('lan.notReady', 'The LAN listener is still starting.');
  return { config, identity };
}

export const stationHandlers: Pick<
  Handlers,
  | 'lan.get'
  | 'lan.update'
  | 'stations.pairingStart'
  | 'stations.pairingCancel'
  | 'stations.list'
  | 'stations.revoke'
  | 'hall.board'
> = {
  'lan.get': (ctx) => lanView(ctx.db, stationState(ctx.env)),

  /** The listener follows after commit (start, stop or move); turning it off ends a code. */
  'lan.update': (ctx, input) => {
    const state = stationState(ctx.env);
    writeLanConfig(ctx.db, input);
    ctx.audit.detail = { enabled: input.enabled, port: input.port };
    ctx.afterCommit(() => {
      if (!input.enabled) state.codes.cancel();
      state.changed({ type: 'lan' });
    });
    return lanView(ctx.db, state);
  },

  'stations.pairingStart': (ctx, input) => {
    const { config, identity } = readyIdentity(ctx);
    const staff = ctx.staff!;
    const grant = { ...input, byId: staff.id, byName: staff.display_name };
    const { code, expiresAt } = stationState(ctx.env).codes.start(grant, ctx.now);
    // The code itself never reaches the audit log.
    ctx.audit.detail = { name: input.name, kind: input.kind, expiresAt };
    return {
      code,
      name: input.name,
      kind: input.kind,
      expiresAt,
      fingerprint: displayFingerprint(identity.fingerprint256),
      port: config.port,
      addresses: lanAddresses(),
    };
  },

  'stations.pairingCancel': (ctx) => ({ cancelled: stationState(ctx.env).codes.cancel() }),

  'stations.list': (ctx) => {
    const state = stationState(ctx.env);
    return listStations(ctx.db).map((r) => stationView(ctx.db, state, r));
  },

  /** Refused at once on its next call; its sessions end; the listener closes its sockets. */
  'stations.revoke': (ctx, input) => {
    const row = getStation(ctx.db, input.stationId);
    if (!row) throw notFound('Station');
    ctx.audit.targetType = 'station';
    ctx.audit.targetId = row.id;
    ctx.audit.detail = { name: row.name, kind: row.kind };
    if (row.revoked_at !== null) return stationView(ctx.db, stationState(ctx.env), row);
    markRevoked(ctx.db, row.id, ctx.now, ctx.staff!.id);
    const state = stationState(ctx.env);
    state.forget(row.id);
    ctx.afterCommit(() => {
      state.forget(row.id);
      endStationSessions(ctx.env, row.id);
      state.changed({ type: 'revoked', stationId: row.id });
    });
    return stationView(ctx.db, state, getStation(ctx.db, row.id)!);
  },

  /** Public: numbers and counters only, the same for every window that shows it. */
  'hall.board': (ctx) => {
    if (!modulesInUse(ctx.db).includes('queue'))
      throw new AppError('FORBIDDEN', 'This site does not use the queue module.', {
        reason: 'module.off',
      });
    return {
      now: ctx.now,
      ...hallBoardOfDay(ctx.db, today(ctx)),
      siteName: readSettings(ctx.db).siteName,
    };
  },
};

function holdsVault(): AppError {
  return conflict('station.holdsVault', 'This PC holds the vault; it cannot join another.');
}

/**
 * On the vault PC (or a PC that has not chosen yet) Core answers what this PC is. Joining and
 * forgetting are the station layer's, in a station PC's main; reaching Core means this PC
 * holds (or will hold) the vault, so both are refused.
 */
export const stationVaultHandlers: Pick<
  VaultHandlers,
  'station.status' | 'station.join' | 'station.forget'
> = {
  'station.status': ({ env }) => ({
    role: env.vaultStatus().state === 'absent' ? 'unset' : 'vault',
    name: null,
    vaultAddress: null,
    fingerprint: null,
    revoked: false,
  }),
  'station.join': () => {
    throw holdsVault();
  },
  'station.forget': () => {
    throw holdsVault();
  },
};
