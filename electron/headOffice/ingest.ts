import type { Pool, PoolClient } from 'pg';
import { checkBundle, type Bundle, type BundleKind, type SignedBundle } from './bundle';

export type BranchProblemKind = 'gap' | 'hash' | 'signature';

export interface BranchProblem {
  problem: BranchProblemKind;
  seq: number;
  /** For a gap: the last missing seq (seq..untilSeq are missing). */
  untilSeq: number | null;
}

export interface BranchVerification {
  siteId: string;
  /** Bundles read. */
  checked: number;
  /** The highest seq stored. */
  lastSeq: number;
  problems: BranchProblem[];
}

export class UnknownBranchError extends Error {
  constructor(readonly siteId: string) {
    super('This branch is not enrolled at head office.');
    this.name = 'UnknownBranchError';
  }
}

interface Row {
  seq: string;
  hash: string;
  kind: BundleKind;
  business_date: string | null;
  created_at: string;
  body: Record<string, unknown>;
  signature: string;
}

const PAGE = 1000;

/** The signed bundle as the branch made it, rebuilt from the stored columns. */
function fromRow(siteId: string, row: Row): SignedBundle {
  const bundle: Bundle = {
    siteId,
    seq: Number(row.seq),
    kind: row.kind,
    createdAt: Number(row.created_at),
    businessDate: row.business_date,
    body: row.body,
  };
  return { bundle, hash: row.hash, signature: row.signature };
}

async function walk(
  client: PoolClient,
  siteId: string,
  publicKeyPem: string,
): Promise<BranchVerification> {
  const result: BranchVerification = { siteId, checked: 0, lastSeq: 0, problems: [] };
  for (;;) {
    const page = await client.query<Row>(
      `SELECT seq, hash, kind, business_date::text AS business_date, created_at, body, signature
         FROM bundles WHERE site_id = $1 AND seq > $2 ORDER BY seq LIMIT ${PAGE}`,
      [siteId, result.lastSeq],
    );
    for (const row of page.rows) {
      const signed = fromRow(siteId, row);
      const seq = signed.bundle.seq;
      if (seq !== result.lastSeq + 1) {
        result.problems.push({ problem: 'gap', seq: result.lastSeq + 1, untilSeq: seq - 1 });
      }
      const problem = checkBundle(signed, publicKeyPem);
      if (problem) result.problems.push({ problem, seq, untilSeq: null });
      result.lastSeq = seq;
      result.checked++;
    }
    if (page.rows.length < PAGE) return result;
  }
}

/**
 * Walks a branch's bundles in seq order and records what is wrong in bundle_problems
 * (replacing that branch's earlier findings): a missing seq, a hash that is not of the
 * stored bytes, a signature the registered key did not make. Nothing found wrong is
 * dropped or repaired; the board shows bundle_problems.
 */
export async function verifyBranch(pool: Pool, siteId: string): Promise<BranchVerification> {
  const client = await pool.connect();
  try {
    const branch = await client.query<{ public_key_pem: string }>(
      'SELECT public_key_pem FROM branches WHERE site_id = $1',
      [siteId],
    );
    const key = branch.rows[0]?.public_key_pem;
    if (!key) throw new UnknownBranchError(siteId);
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
    try {
      const result = await walk(client, siteId, key);
      await client.query('DELETE FROM bundle_problems WHERE site_id = $1', [siteId]);
      for (const p of result.problems) {
        await client.query(
          'INSERT INTO bundle_problems (site_id, seq, problem, until_seq) VALUES ($1, $2, $3, $4)',
          [siteId, p.seq, p.problem, p.untilSeq],
        );
      }
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  } finally {
    client.release();
  }
}
