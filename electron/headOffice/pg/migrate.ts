import type { ClientBase } from 'pg';
import { pgMigrations } from './migrations';
import type { PgMigration } from './migrations/types';

export class HeadOfficeSchemaError extends Error {
  constructor(
    readonly code: 'TOO_NEW' | 'OUT_OF_ORDER',
    message: string,
  ) {
    super(message);
    this.name = 'HeadOfficeSchemaError';
  }
}

export async function pgSchemaVersion(client: ClientBase): Promise<number> {
  const exists = await client.query<{ t: string | null }>(
    `SELECT to_regclass('public.schema_version')::text AS t`,
  );
  if (!exists.rows[0]?.t) return 0;
  const row = await client.query<{ v: number }>(
    'SELECT coalesce(max(version), 0)::int AS v FROM schema_version',
  );
  return row.rows[0]?.v ?? 0;
}

/**
 * Brings the head-office schema up to date, all pending steps in one transaction (DDL is
 * transactional in PostgreSQL). A database written by a newer Deskbook is refused. The
 * lock makes two setups at once wait for each other instead of both applying a step.
 */
export async function migratePg(
  client: ClientBase,
  list: readonly PgMigration[] = pgMigrations,
): Promise<number> {
  list.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new HeadOfficeSchemaError('OUT_OF_ORDER', `migration ${m.name} is out of order`);
    }
  });
  await client.query('BEGIN');
  try {
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_version (
         version integer PRIMARY KEY,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    await client.query('LOCK TABLE schema_version IN EXCLUSIVE MODE');
    const current = await pgSchemaVersion(client);
    if (current > list.length) {
      throw new HeadOfficeSchemaError(
        'TOO_NEW',
        `The head-office database was written by a newer Deskbook (schema ${current}, this app knows ${list.length}).`,
      );
    }
    for (const m of list.slice(current)) {
      await client.query(m.sql);
      await client.query('INSERT INTO schema_version (version) VALUES ($1)', [m.version]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  return list.length;
}
