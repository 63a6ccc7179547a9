import type { Pool } from 'pg';
import { decodeEnrolmentCode, EnrolmentError } from '../enrolment';

export const MIN_BRANCH_PASSWORD = 16;

export interface EnrolledBranch {
  siteId: string;
  siteName: string;
  roleName: string;
}

/**
 * Registers a branch from its enrolment code and makes its login role (member of
 * deskbook_branch) with `password`, which the branch keeps in its vault. Runs as
 * deskbook_ho or the owner, through deskbook_enrol_branch, so head office needs no
 * CREATEROLE. A site already enrolled is refused (unique violation), not overwritten.
 */
export async function enrolBranch(
  pool: Pool,
  enrolmentCode: string,
  password: string,
): Promise<EnrolledBranch> {
  const enrolment = decodeEnrolmentCode(enrolmentCode);
  if (password.length < MIN_BRANCH_PASSWORD) {
    throw new EnrolmentError(
      'password',
      `The branch password needs ${MIN_BRANCH_PASSWORD} characters or more.`,
    );
  }
  const result = await pool.query<{ role: string }>(
    'SELECT deskbook_enrol_branch($1, $2, $3, $4) AS role',
    [enrolment.siteId, enrolment.siteName, enrolment.publicKeyPem, password],
  );
  return { siteId: enrolment.siteId, siteName: enrolment.siteName, roleName: result.rows[0]!.role };
}
