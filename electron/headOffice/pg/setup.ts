import pg from 'pg';
import { migratePg } from './migrate';

export const DEFAULT_DATABASE = 'deskbook';

export interface SetupOptions {
  /** When given, deskbook_ho may log in with it (the head-office app's own login). */
  headOfficePassword?: string;
}

export interface SetupResult {
  database: string;
  created: boolean;
  schemaVersion: number;
}

/** The database a superuser URL names; `deskbook` when it names none. */
export function databaseOf(superuserUrl: string): string {
  const path = decodeURIComponent(new URL(superuserUrl).pathname.replace(/^\//, ''));
  return path || DEFAULT_DATABASE;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

async function withClient<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * One command for a new head office: the database if missing, the deskbook_ho and
 * deskbook_branch roles and the schema (both in migration 001), who may connect.
 * Safe to run again: it only does what is missing and migrates.
 */
export async function setupHeadOffice(
  superuserUrl: string,
  options: SetupOptions = {},
): Promise<SetupResult> {
  const database = databaseOf(superuserUrl);
  const created = await withClient(withDatabase(superuserUrl, 'postgres'), async (c) => {
    const found = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount) return false;
    await c.query(
      `CREATE DATABASE ${c.escapeIdentifier(database)} ENCODING 'UTF8' TEMPLATE template0`,
    );
    return true;
  });
  const schemaVersion = await withClient(withDatabase(superuserUrl, database), async (c) => {
    const version = await migratePg(c);
    const db = c.escapeIdentifier(database);
    await c.query(`REVOKE CONNECT ON DATABASE ${db} FROM PUBLIC`);
    await c.query(`GRANT CONNECT ON DATABASE ${db} TO deskbook_ho, deskbook_branch`);
    if (options.headOfficePassword !== undefined) {
      // Not a bind parameter: PostgreSQL takes none in utility statements.
      const password = c.escapeLiteral(options.headOfficePassword);
      await c.query(`ALTER ROLE deskbook_ho LOGIN PASSWORD ${password}`);
    }
    return version;
  });
  return { database, created, schemaVersion };
}
