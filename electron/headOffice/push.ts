import pg from 'pg';
import type { SignedBundle } from './bundle';

/** Bundles per transaction: one round trip each, and a failed batch leaves the earlier ones stored. */
export const PUSH_BATCH = 200;

export interface PushResult {
  /** Newly stored at head office. */
  stored: number;
  /** Already there with the same hash (a retried push). */
  alreadyStored: number;
}

/** Head office holds another bundle under this seq: the branch's outbox and head office disagree. */
export class PushConflictError extends Error {
  constructor(
    readonly siteId: string,
    readonly seq: number,
  ) {
    super(`Head office already holds a different bundle ${seq} for this branch.`);
    this.name = 'PushConflictError';
  }
}

const INSERT = `
INSERT INTO bundles (site_id, seq, hash, kind, business_date, created_at, body, signature)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
ON CONFLICT (site_id, seq, hash) DO NOTHING`;

/** The eight values a push and an import both store, in one order and form (the same jsonb). */
export function bundleValues({ bundle, hash, signature }: SignedBundle): unknown[] {
  return [
    bundle.siteId,
    bundle.seq,
    hash,
    bundle.kind,
    bundle.businessDate,
    bundle.createdAt,
    JSON.stringify(bundle.body),
    signature,
  ];
}

/** A unique violation is the primary key (site_id, seq) with another hash: a conflict. */
export function conflictOn({ bundle }: SignedBundle) {
  return (error: unknown): never => {
    if ((error as { code?: string }).code === '23505')
      throw new PushConflictError(bundle.siteId, bundle.seq);
    throw error;
  };
}

async function pushBatch(client: pg.Client, batch: readonly SignedBundle[]): Promise<PushResult> {
  const result: PushResult = { stored: 0, alreadyStored: 0 };
  await client.query('BEGIN');
  try {
    for (const signed of batch) {
      const inserted = await client.query(INSERT, bundleValues(signed)).catch(conflictOn(signed));
      if (inserted.rowCount) result.stored++;
      else result.alreadyStored++;
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  return result;
}

/**
 * Pushes a branch's pending bundles as the branch's own role, in seq order, one
 * transaction per batch. Retry with backoff is the caller's (a job); pushing the same
 * bundles again is safe. Row-level security refuses rows for another site (42501).
 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** PostgreSQL would take '2026-12-1' and give back '2026-12-01': a hash problem made here. */
export function checkDates(bundles: readonly SignedBundle[]): void {
  for (const { bundle } of bundles) {
    if (bundle.businessDate !== null && !ISO_DATE.test(bundle.businessDate)) {
      throw new Error(`bundle ${bundle.seq}: businessDate is not YYYY-MM-DD`);
    }
  }
}

export async function pushPending(
  bundles: readonly SignedBundle[],
  connection: pg.ClientConfig,
): Promise<PushResult> {
  checkDates(bundles);
  const ordered = [...bundles].sort((a, b) => a.bundle.seq - b.bundle.seq);
  const total: PushResult = { stored: 0, alreadyStored: 0 };
  if (ordered.length === 0) return total;
  const client = new pg.Client(connection);
  await client.connect();
  try {
    for (let i = 0; i < ordered.length; i += PUSH_BATCH) {
      const part = await pushBatch(client, ordered.slice(i, i + PUSH_BATCH));
      total.stored += part.stored;
      total.alreadyStored += part.alreadyStored;
    }
  } finally {
    await client.end();
  }
  return total;
}
