import type { StationKind } from '../../../shared/contract/stationViews';
import type { Db } from '../../db/types';
import type { LanConfig, LanIdentity } from '../../lan/authority';

export interface StationRow {
  id: string;
  name: string;
  kind: StationKind;
  cert_fingerprint: string;
  paired_at: number;
  paired_by: string | null;
  revoked_at: number | null;
  revoked_by: string | null;
  last_seen_at: number | null;
  last_address: string | null;
}

export function getStation(db: Db, id: string): StationRow | undefined {
  return db.prepare('SELECT * FROM stations WHERE id = ?').get(id) as StationRow | undefined;
}

export function stationOfFingerprint(db: Db, fingerprint: string): StationRow | undefined {
  return db.prepare('SELECT * FROM stations WHERE cert_fingerprint = ?').get(fingerprint) as
    StationRow | undefined;
}

/** Paired first (newest first), the revoked ones last. */
export function listStations(db: Db): StationRow[] {
  return db
    .prepare('SELECT * FROM stations ORDER BY revoked_at IS NOT NULL, paired_at DESC, id')
    .all() as StationRow[];
}

/**
 * A certificate paired again (with a fresh code) takes the new name and kind and is no longer
 * revoked; a new one is a new station.
 */
export function savePairedStation(db: Db, row: StationRow): StationRow {
  db.prepare(
    `INSERT INTO stations (id, name, kind, cert_fingerprint, paired_at, paired_by, last_seen_at,
       last_address)
     VALUES (@id, @name, @kind, @cert_fingerprint, @paired_at, @paired_by, @last_seen_at,
       @last_address)
     ON CONFLICT (cert_fingerprint) DO UPDATE SET name = excluded.name, kind = excluded.kind,
       paired_at = excluded.paired_at, paired_by = excluded.paired_by, revoked_at = NULL,
       revoked_by = NULL, last_seen_at = excluded.last_seen_at,
       last_address = excluded.last_address`,
  ).run(row);
  return stationOfFingerprint(db, row.cert_fingerprint)!;
}

export function markRevoked(db: Db, id: string, at: number, by: string): void {
  db.prepare(
    'UPDATE stations SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL',
  ).run(at, by, id);
}

export function writeLastSeen(db: Db, id: string, at: number, address: string): void {
  db.prepare('UPDATE stations SET last_seen_at = ?, last_address = ? WHERE id = ?').run(
    at,
    address,
    id,
  );
}

export function readLanConfig(db: Db): LanConfig {
  const row = db.prepare('SELECT enabled, port FROM lan_settings WHERE id = 1').get() as
    { enabled: number; port: number } | undefined;
  return { enabled: row?.enabled === 1, port: row?.port ?? 47613 };
}

export function writeLanConfig(db: Db, config: LanConfig): void {
  db.prepare(
    `INSERT INTO lan_settings (id, enabled, port) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET enabled = excluded.enabled, port = excluded.port`,
  ).run(config.enabled ? 1 : 0, config.port);
}

export function readLanIdentity(db: Db): LanIdentity | null {
  const row = db
    .prepare('SELECT cert_pem, key_pem, fingerprint256 FROM lan_identity WHERE id = 1')
    .get() as { cert_pem: string; key_pem: string; fingerprint256: string } | undefined;
  return row
    ? { certPem: row.cert_pem, keyPem: row.key_pem, fingerprint256: row.fingerprint256 }
    : null;
}

export function writeLanIdentity(db: Db, identity: LanIdentity, now: number): void {
  db.prepare(
    `INSERT INTO lan_identity (id, cert_pem, key_pem, fingerprint256, created_at)
     VALUES (1, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET cert_pem = excluded.cert_pem, key_pem = excluded.key_pem,
       fingerprint256 = excluded.fingerprint256, created_at = excluded.created_at`,
  ).run(identity.certPem, identity.keyPem, identity.fingerprint256, now);
}
