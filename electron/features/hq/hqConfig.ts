import { generateKeyPairSync } from 'node:crypto';
import type { ClientConfig } from 'pg';
import type { z } from 'zod';
import type { hqSettingsInput } from '../../../shared/contract/channels/hq';
import type { HqSettingsView } from '../../../shared/contract/hqViews';
import type { Db } from '../../db/types';
import { encodeHeadOfficePublicKey, type HeadOfficeKeyPair } from '../../headOffice/offlineFile';
import { validation } from '../../ipc/errors';
import { isLoopback } from '../branch';

/** PostgreSQL's own port, until the admin gives another. */
const POSTGRES_PORT = 5432;

interface ConfigRow {
  host: string;
  port: number;
  database: string;
  role_name: string;
  password: string;
  ca_pem: string | null;
  box_public_key: Buffer;
  box_private_key: Buffer;
  last_check_at: number | null;
  last_outcome: 'ok' | 'failed' | null;
  last_reason: string | null;
}

/** An X25519 pair as libsodium's crypto_box keys: the raw 32-byte point and scalar. */
function newBoxKeys(): { publicKey: Buffer; privateKey: Buffer } {
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  const jwk = privateKey.export({ format: 'jwk' });
  const pub = publicKey.export({ format: 'jwk' });
  return {
    publicKey: Buffer.from(pub.x!, 'base64url'),
    privateKey: Buffer.from(jwk.d!, 'base64url'),
  };
}

/** The one row, made with head office's key pair on first need (in the caller's transaction). */
function configRow(db: Db, now: number): ConfigRow {
  const row = db.prepare('SELECT * FROM hq_config WHERE id = 1').get() as ConfigRow | undefined;
  if (row) return row;
  const keys = newBoxKeys();
  db.prepare(
    `INSERT INTO hq_config (id, port, box_public_key, box_private_key, created_at)
     VALUES (1, ?, ?, ?, ?)`,
  ).run(POSTGRES_PORT, keys.publicKey, keys.privateKey, now);
  return configRow(db, now);
}

function complete(r: ConfigRow): boolean {
  return r.host !== '' && r.password !== '' && (!!r.ca_pem || isLoopback(r.host));
}

export function hqSettingsView(db: Db, now: number): HqSettingsView {
  const r = configRow(db, now);
  return {
    configured: complete(r),
    host: r.host,
    port: r.port,
    database: r.database,
    roleName: r.role_name,
    passwordSet: r.password !== '',
    caPem: r.ca_pem,
    publicKey: encodeHeadOfficePublicKey(new Uint8Array(r.box_public_key)),
    lastCheckAt: r.last_check_at,
    lastOutcome: r.last_outcome,
    lastReason: r.last_reason,
  };
}

type Update = z.infer<typeof hqSettingsInput>;

/** Writes what the admin changed; a remote host without a CA certificate is refused. */
export function updateHqSettings(db: Db, input: Update, now: number): void {
  const r = configRow(db, now);
  const next = {
    host: input.host ?? r.host,
    port: input.port ?? r.port,
    database: input.database ?? r.database,
    role_name: input.roleName ?? r.role_name,
    password: input.password ?? r.password,
    ca_pem: input.caPem === undefined ? r.ca_pem : input.caPem || null,
  };
  if (next.host !== '' && !isLoopback(next.host) && !next.ca_pem)
    throw validation({ caPem: 'required' });
  db.prepare(
    `UPDATE hq_config SET host = @host, port = @port, database = @database,
       role_name = @role_name, password = @password, ca_pem = @ca_pem WHERE id = 1`,
  ).run(next);
}

/** deskbook_ho's connection, or null when head office's PostgreSQL is not (fully) set. */
export function hqConnection(db: Db, now: number): ClientConfig | null {
  const r = configRow(db, now);
  if (!complete(r)) return null;
  return {
    host: r.host,
    port: r.port,
    database: r.database,
    user: r.role_name,
    password: r.password,
    connectionTimeoutMillis: 10_000,
    ...(r.ca_pem ? { ssl: { ca: r.ca_pem, rejectUnauthorized: true } } : {}),
  };
}

export function hqKeyPair(db: Db, now: number): HeadOfficeKeyPair {
  const r = configRow(db, now);
  return {
    publicKey: new Uint8Array(r.box_public_key),
    privateKey: new Uint8Array(r.box_private_key),
  };
}

export function recordCheck(
  db: Db,
  now: number,
  outcome: 'ok' | 'failed',
  reason: string | null,
): void {
  configRow(db, now);
  db.prepare(
    'UPDATE hq_config SET last_check_at = ?, last_outcome = ?, last_reason = ? WHERE id = 1',
  ).run(now, outcome, reason);
}

export function lastCheckAt(db: Db): number | null {
  return (
    (db.prepare('SELECT last_check_at FROM hq_config WHERE id = 1').pluck().get() as
      number | null | undefined) ?? null
  );
}
