import type { Pool } from 'pg';
import { verifyBranch } from './ingest';

export interface VerifySummary {
  branches: number;
  problems: number;
}

/** Branches with bundles past what was last found sound (new arrivals, or a problem still there). */
const UNCHECKED_SQL = `
SELECT b.site_id FROM branches b
  LEFT JOIN branch_checks c ON c.site_id = b.site_id
  LEFT JOIN LATERAL (SELECT max(seq) AS last FROM bundles WHERE site_id = b.site_id) l ON true
 WHERE coalesce(l.last, 0) > coalesce(c.verified_seq, 0) OR c.site_id IS NULL
 ORDER BY b.name`;

/**
 * Checks branches one after another: with `full` every branch from its first bundle, else
 * only those with bundles not yet found sound, from where their last check stopped.
 */
export async function verifyBranches(
  pool: Pool,
  options: { full?: boolean; progress?: (done: number, total: number) => void } = {},
): Promise<VerifySummary> {
  const sql = options.full ? 'SELECT site_id FROM branches ORDER BY name' : UNCHECKED_SQL;
  const sites = (await pool.query<{ site_id: string }>(sql)).rows.map((r) => r.site_id);
  let problems = 0;
  for (const [i, siteId] of sites.entries()) {
    options.progress?.(i, sites.length);
    const found = await verifyBranch(pool, siteId, { full: options.full ?? false });
    problems += found.problems.length;
  }
  options.progress?.(sites.length, sites.length);
  return { branches: sites.length, problems };
}
