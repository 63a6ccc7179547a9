import type { PgMigration } from './types';

/**
 * Head-office mode (issue 15) checks bundles as they arrive, not the whole history each time:
 * `branch_checks` keeps, per branch, the seq up to which every bundle is present and sound, so
 * the next check starts there (a gap filled later is rechecked because the mark stops before
 * it). The anchor check adds a fourth finding: an audit hash a branch sends for a seq head
 * office already holds that differs from the one held (its log was rewritten after a push).
 */
export const branchChecks: PgMigration = {
  version: 4,
  name: 'branch_checks',
  sql: `
CREATE TABLE branch_checks (
  site_id uuid PRIMARY KEY REFERENCES branches (site_id),
  verified_seq bigint NOT NULL CHECK (verified_seq >= 0),
  verified_at timestamptz NOT NULL DEFAULT now()
);
REVOKE ALL ON branch_checks FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE ON branch_checks TO deskbook_ho;

ALTER TABLE bundle_problems DROP CONSTRAINT bundle_problems_problem_check;
ALTER TABLE bundle_problems ADD CONSTRAINT bundle_problems_problem_check
  CHECK (problem IN ('gap', 'hash', 'signature', 'anchor'));
`,
};
