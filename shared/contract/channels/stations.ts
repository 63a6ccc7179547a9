import { z } from 'zod';
import { ADMIN_ONLY } from '../../domain/roles';
import { channel } from '../define';
import { idField, noInput } from '../fields';
import {
  STATION_KINDS,
  type HallBoardView,
  type JoinedView,
  type LanSettingsView,
  type PairingCodeView,
  type StationStatusView,
  type StationView,
} from '../stationViews';

const stationName = z.string().trim().min(1).max(40);
const portField = z.number().int().min(1024).max(65535);
/** A host name or an IPv4/IPv6 address as a person types it, no scheme, no path. */
const hostField = z
  .string()
  .trim()
  .min(1)
  .max(253)
  .regex(/^[A-Za-z0-9.:\-[\]%]+$/, 'a host name or an IP address');
const pairingCodeField = z
  .string()
  .trim()
  .transform((s) => s.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^\d{8}$/, 'eight digits'));

export const stationChannels = {
  /** The vault PC's LAN listener (admin). */
  'lan.get': channel<LanSettingsView>()({ input: noInput, roles: ADMIN_ONLY, audit: false }),
  'lan.update': channel<LanSettingsView>()({
    input: z.strictObject({ enabled: z.boolean(), port: portField }),
    roles: ADMIN_ONLY,
    audit: true,
  }),
  /** 添加前台: a one-time code for a new desk PC or hall display; replaces an earlier code. */
  'stations.pairingStart': channel<PairingCodeView>()({
    input: z.strictObject({ name: stationName, kind: z.enum(STATION_KINDS) }),
    roles: ADMIN_ONLY,
    audit: true,
  }),
  'stations.pairingCancel': channel<{ cancelled: boolean }>()({
    input: noInput,
    roles: ADMIN_ONLY,
    audit: true,
  }),
  /** Paired stations, the revoked ones last. */
  'stations.list': channel<StationView[]>()({ input: noInput, roles: ADMIN_ONLY, audit: false }),
  /** Its calls are refused at once and its sessions end. */
  'stations.revoke': channel<StationView>()({
    input: z.strictObject({ stationId: idField }),
    roles: ADMIN_ONLY,
    audit: true,
  }),
  /** 叫号屏: public (it is what the hall sees); the only data channel a display may call. */
  'hall.board': channel<HallBoardView>()({
    input: noInput,
    roles: 'public',
    audit: false,
    display: true,
  }),
  /** What this PC is; a station's own main answers it, Core answers on the vault PC. */
  'station.status': channel<StationStatusView>()({
    input: noInput,
    roles: 'public',
    audit: false,
    withoutVault: true,
    whenLocked: true,
    display: true,
  }),
  /**
   * 加入: pairs this PC (with no vault of its own) as a station of the vault PC at `host`.
   * The station's main does the pairing; Core refuses it (this PC holds a vault).
   */
  'station.join': channel<JoinedView>()({
    input: z.strictObject({ host: hostField, port: portField, code: pairingCodeField }),
    roles: 'public',
    audit: false,
    withoutVault: true,
  }),
  /** The fingerprints differ (or a revoked station starts over): this PC forgets the pairing. */
  'station.forget': channel<StationStatusView>()({
    input: noInput,
    roles: 'public',
    audit: false,
    withoutVault: true,
    display: true,
  }),
};
