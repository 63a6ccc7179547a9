import { Pool, type ClientConfig } from 'pg';

/**
 * One pool for head office's reads, on Core's thread, kept while the settings stay the same
 * (a board opened twice reuses its connections) and ended when they change. Idle connections
 * close after 30 s, and an idle pool does not hold the process open.
 */
let current: { key: string; pool: Pool } | null = null;

export function hqPool(config: ClientConfig): Pool {
  const key = JSON.stringify(config);
  if (current?.key === key) return current.pool;
  void endHqPool();
  const pool = new Pool({ ...config, max: 4, idleTimeoutMillis: 30_000, allowExitOnIdle: true });
  // A connection dropped while idle must not crash Core; the next query reconnects.
  pool.on('error', () => undefined);
  current = { key, pool };
  return pool;
}

export async function endHqPool(): Promise<void> {
  const old = current;
  current = null;
  await old?.pool.end().catch(() => undefined);
}
