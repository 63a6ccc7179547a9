import type { ClientConfig } from 'pg';
import type { z } from 'zod';
import type { HeadOfficeSettingsView } from '../../../shared/contract/headOfficeViews';
import type { headOfficeUpdateInput } from '../../../shared/contract/channels/headOffice';
import type { Db } from '../../db/types';
import { validation } from '../../ipc/errors';

/** Core's tick pushes this often once head office is configured and bundles are pending. */
export const PUSH_EVERY_MINUTES = 15;
/** PostgreSQL's own port, until the admin gives another. */
const POSTGRES_PORT = 5432;

interface ConfigRow {
  host: string;
  port: number;
  database: string;
  role_name: string;
  password: string;
  ca_pem: string | null;
  ho_public_key: string | null;
  last_attempt_at: number | null;
  last_outcome: 'ok' | 'failed' | null;
  last_reason: string | null;
}

function configRow(db: Db): ConfigRow | undefined {
  return db.prepare('SELECT * FROM head_office_config WHERE id = 1').get() as ConfigRow | undefined;
}

function shareSetting(db: Db): boolean {
  return (
    db
      .prepare("SELECT value FROM settings WHERE key = 'headOffice.sharePersonalData'")
      .pluck()
      .get() === 'true'
  );
}

/** A loopback server (tests, a PostgreSQL on this PC) may go without TLS; nothing else. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

function complete(r: ConfigRow): boolean {
  return (
    r.host !== '' && r.role_name !== '' && r.password !== '' && (!!r.ca_pem || isLoopback(r.host))
  );
}

export function headOfficeView(db: Db): HeadOfficeSettingsView {
  const r = configRow(db);
  return {
    configured: !!r && complete(r),
    host: r?.host ?? '',
    port: r?.port ?? POSTGRES_PORT,
    database: r?.database ?? 'deskbook',
    roleName: r?.role_name ?? '',
    passwordSet: !!r?.password,
    caPem: r?.ca_pem ?? null,
    publicKey: r?.ho_public_key ?? null,
    sharePersonalData: shareSetting(db),
    pushEveryMinutes: PUSH_EVERY_MINUTES,
    lastAttemptAt: r?.last_attempt_at ?? null,
    lastOutcome: r?.last_outcome ?? null,
    lastReason: r?.last_reason ?? null,
  };
}

type Update = z.infer<typeof headOfficeUpdateInput>;

/** Writes what the admin changed; a remote host without a CA certificate is refused. */
export function updateHeadOffice(db: Db, input: Update): void {
  db.prepare('INSERT OR IGNORE INTO head_office_config (id, port) VALUES (1, ?)').run(
    POSTGRES_PORT,
  );
  const r = configRow(db)!;
  const next = {
    host: input.host ?? r.host,
    port: input.port ?? r.port,
    database: input.database ?? r.database,
    role_name: input.roleName ?? r.role_name,
    password: input.password ?? r.password,
    ca_pem: input.caPem === undefined ? r.ca_pem : input.caPem || null,
    ho_public_key: input.publicKey === undefined ? r.ho_public_key : input.publicKey || null,
  };
  if (next.host !== '' && !isLoopback(next.host) && !next.ca_pem)
    throw validation({ caPem: 'required' });
  db.prepare(
    `UPDATE head_office_config SET host = @host, port = @port, database = @database,
       role_name = @role_name, password = @password, ca_pem = @ca_pem,
       ho_public_key = @ho_public_key WHERE id = 1`,
  ).run(next);
  if (input.sharePersonalData !== undefined)
    db.prepare(
      `INSERT INTO settings (key, value) VALUES ('headOffice.sharePersonalData', ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    ).run(String(input.sharePersonalData));
}

/** The branch role's connection, or null when head office is not (fully) configured. */
export function pushConnection(db: Db): ClientConfig | null {
  const r = configRow(db);
  if (!r || !complete(r)) return null;
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

export function headOfficePublicKey(db: Db): string | null {
  return configRow(db)?.ho_public_key ?? null;
}

export function recordAttempt(
  db: Db,
  now: number,
  outcome: 'ok' | 'failed',
  reason: string | null,
): void {
  db.prepare(
    `UPDATE head_office_config SET last_attempt_at = ?, last_outcome = ?, last_reason = ?
     WHERE id = 1`,
  ).run(now, outcome, reason);
}

export function lastAttemptAt(db: Db): number | null {
  return configRow(db)?.last_attempt_at ?? null;
}
