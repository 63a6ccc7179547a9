import type { Pool } from 'pg';
import { byBranchName } from './branchOrder';
import type { HqBranchView } from '../../shared/contract/hqViews';
import { problemOf } from './board';
import { PROBLEMS_SQL } from './boardQueries';
import { publicKeyFingerprint } from './enrolment';

interface Row {
  site_id: string;
  name: string;
  enrolled_at: Date;
  role_name: string;
  public_key_pem: string;
  verified_seq: string | null;
  verified_at: Date | null;
  bundles: string;
  last_seq: string | null;
  last_received_at: Date | null;
}

const BRANCHES_SQL = `
SELECT b.site_id, b.name, b.enrolled_at, b.role_name, b.public_key_pem,
       c.verified_seq, c.verified_at, n.bundles, l.seq AS last_seq, l.received_at AS last_received_at
  FROM branches b
  LEFT JOIN branch_checks c ON c.site_id = b.site_id
  LEFT JOIN LATERAL (SELECT count(*) AS bundles FROM bundles WHERE site_id = b.site_id) n ON true
  LEFT JOIN LATERAL (SELECT seq, received_at FROM bundles WHERE site_id = b.site_id
                      ORDER BY seq DESC LIMIT 1) l ON true
 ORDER BY b.name`;

/** 分店: every enrolled branch, what it sent and what verification found. */
export async function readBranches(pool: Pool): Promise<HqBranchView[]> {
  const [rows, problems] = await Promise.all([
    pool.query<Row>(BRANCHES_SQL),
    pool.query<Parameters<typeof problemOf>[0]>(PROBLEMS_SQL),
  ]);
  return rows.rows
    .map((r) => ({
      siteId: r.site_id,
      name: r.name,
      enrolledAt: r.enrolled_at.getTime(),
      roleName: r.role_name,
      keyFingerprint: publicKeyFingerprint(r.public_key_pem),
      bundles: Number(r.bundles),
      lastSeq: Number(r.last_seq ?? 0),
      lastReceivedAt: r.last_received_at?.getTime() ?? null,
      verifiedSeq: Number(r.verified_seq ?? 0),
      verifiedAt: r.verified_at?.getTime() ?? null,
      problems: problems.rows.filter((p) => p.site_id === r.site_id).map(problemOf),
    }))
    .sort(byBranchName);
}
