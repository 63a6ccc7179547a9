import type { Pool, PoolClient } from 'pg';
import { checkBundle, type Bundle, type BundleKind, type SignedBundle } from './bundle';

export type BranchProblemKind = 'gap' | 'hash' | 'signature' | 'anchor';

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
  /** Every bundle up to here is present, sound and keeps its anchors. */
  verifiedSeq: number;
  problems: BranchProblem[];
}

export interface VerifyOptions {
  /** From seq 1 instead of where the last check left off (the manual check does this). */
  full?: boolean;
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

/** Audit seq → hash as head office holds them (auditHead bundles and signed handovers). */
type Held = Map<number, string>;

/**
 * The anchor check: an auditHead bundle repeats the hash now at each seq head office holds;
 * a different one means the branch's log was rewritten there after it was sent, a missing one
 * that it was cut, and a head below one already held that it shrank.
 */
function anchorMoved(bundle: Bundle, held: Held): boolean {
  const body = bundle.body as {
    seq?: number;
    hash?: string | null;
    auditSeq?: number | null;
    auditHead?: string | null;
    recheck?: { seq: number; hash: string | null }[];
  };
  if (bundle.kind === 'handover') {
    if (typeof body.auditSeq === 'number' && body.auditHead)
      held.set(body.auditSeq, body.auditHead);
    return false;
  }
  if (bundle.kind !== 'auditHead' || typeof body.seq !== 'number') return false;
  let moved = (body.recheck ?? []).some((r) => {
    const was = held.get(r.seq);
    return was !== undefined && was !== r.hash;
  });
  const highest = Math.max(0, ...held.keys());
  if (body.seq < highest) moved = true;
  if (body.hash) held.set(body.seq, body.hash);
  return moved;
}

/** The anchors held before `from`: those an auditHead after it may recheck. */
async function heldBefore(client: PoolClient, siteId: string, from: number): Promise<Held> {
  const held: Held = new Map();
  if (from === 0) return held;
  const rows = await client.query<{ kind: string; audit_seq: string | null; hash: string | null }>(
    `SELECT kind,
            CASE kind WHEN 'auditHead' THEN body->>'seq' ELSE body->>'auditSeq' END AS audit_seq,
            CASE kind WHEN 'auditHead' THEN body->>'hash' ELSE body->>'auditHead' END AS hash
       FROM bundles
      WHERE site_id = $1 AND kind IN ('auditHead', 'handover') AND seq <= $2
        AND seq >= coalesce((SELECT max(seq) FROM bundles
                              WHERE site_id = $1 AND kind = 'auditHead' AND seq <= $2), 0)
      ORDER BY seq`,
    [siteId, from],
  );
  for (const r of rows.rows) if (r.audit_seq && r.hash) held.set(Number(r.audit_seq), r.hash);
  return held;
}

async function walk(
  client: PoolClient,
  siteId: string,
  publicKeyPem: string,
  from: number,
): Promise<BranchVerification> {
  const result: BranchVerification = {
    siteId,
    checked: 0,
    lastSeq: from,
    verifiedSeq: from,
    problems: [],
  };
  const held = await heldBefore(client, siteId, from);
  for (;;) {
    const page = await client.query<Row>(
      `SELECT seq, hash, kind, business_date::text AS business_date, created_at, body, signature
         FROM bundles WHERE site_id = $1 AND seq > $2 ORDER BY seq LIMIT ${PAGE}`,
      [siteId, result.lastSeq],
    );
    for (const row of page.rows) check(result, fromRow(siteId, row), publicKeyPem, held);
    if (page.rows.length < PAGE) return result;
  }
}

function check(result: BranchVerification, signed: SignedBundle, key: string, held: Held) {
  const seq = signed.bundle.seq;
  if (seq !== result.lastSeq + 1) {
    result.problems.push({ problem: 'gap', seq: result.lastSeq + 1, untilSeq: seq - 1 });
  }
  const problem = checkBundle(signed, key);
  if (problem) result.problems.push({ problem, seq, untilSeq: null });
  else if (anchorMoved(signed.bundle, held))
    result.problems.push({ problem: 'anchor', seq, untilSeq: null });
  result.lastSeq = seq;
  result.checked++;
  if (result.problems.length === 0) result.verifiedSeq = seq;
}

async function recordFindings(client: PoolClient, result: BranchVerification, from: number) {
  const { siteId } = result;
  await client.query('DELETE FROM bundle_problems WHERE site_id = $1 AND seq > $2', [siteId, from]);
  for (const p of result.problems) {
    await client.query(
      'INSERT INTO bundle_problems (site_id, seq, problem, until_seq) VALUES ($1, $2, $3, $4)',
      [siteId, p.seq, p.problem, p.untilSeq],
    );
  }
  await client.query(
    `INSERT INTO branch_checks (site_id, verified_seq) VALUES ($1, $2)
     ON CONFLICT (site_id) DO UPDATE SET verified_seq = $2, verified_at = now()`,
    [siteId, result.verifiedSeq],
  );
}

/**
 * Walks a branch's bundles in seq order from where the last check left every bundle sound
 * (or from the first with `full`) and records what is wrong in bundle_problems, replacing
 * the findings past that point: a missing seq, a hash that is not of the stored bytes, a
 * signature the registered key did not make, an audit anchor that moved. Nothing found
 * wrong is dropped or repaired; the board shows bundle_problems.
 */
export async function verifyBranch(
  pool: Pool,
  siteId: string,
  options: VerifyOptions = {},
): Promise<BranchVerification> {
  const client = await pool.connect();
  try {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await verifyOnce(client, siteId, options);
      } catch (error) {
        if (!isSerializationFailure(error) || attempt >= VERIFY_ATTEMPTS) throw error;
      }
    }
  } finally {
    client.release();
  }
}

/**
 * Two checks of one branch at once (Core's tick and a board opened, or two head-office PCs)
 * both write branch_checks; in REPEATABLE READ the later one is refused with 40001. It is
 * retried from what the other one recorded, so it has little left to walk.
 */
const VERIFY_ATTEMPTS = 5;
const isSerializationFailure = (error: unknown) =>
  ['40001', '40P01'].includes((error as { code?: string }).code ?? '');

async function verifyOnce(
  client: PoolClient,
  siteId: string,
  options: VerifyOptions,
): Promise<BranchVerification> {
  const branch = await client.query<{ public_key_pem: string; verified_seq: string | null }>(
    `SELECT b.public_key_pem, c.verified_seq FROM branches b
       LEFT JOIN branch_checks c ON c.site_id = b.site_id WHERE b.site_id = $1`,
    [siteId],
  );
  const row = branch.rows[0];
  if (!row) throw new UnknownBranchError(siteId);
  const from = options.full ? 0 : Number(row.verified_seq ?? 0);
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
  try {
    const result = await walk(client, siteId, row.public_key_pem, from);
    await recordFindings(client, result, from);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
