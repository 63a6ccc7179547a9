/**
 * npm run headoffice:enrol -- <head-office url> <enrolment code>
 * Registers a branch from the code its admin copied (Settings → head office on the branch)
 * and makes its login role. The URL logs in as deskbook_ho (or the superuser). The branch's
 * password is made here and printed once, to be entered at the branch, which keeps it in
 * its vault.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { EnrolmentError } from '../electron/headOffice/enrolment';
import { enrolBranch } from '../electron/headOffice/pg/enrolBranch';

async function main(): Promise<void> {
  const [url, code] = process.argv.slice(2);
  if (!url || !/^postgres(ql)?:\/\//.test(url) || !code) {
    console.error(
      'Usage: npm run headoffice:enrol -- postgres://deskbook_ho:…@host:5432/deskbook <code>',
    );
    process.exitCode = 2;
    return;
  }
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    const password = randomBytes(24).toString('base64url');
    const branch = await enrolBranch(pool, code, password);
    console.info(`Enrolled ${branch.siteName} (${branch.siteId}) as ${branch.roleName}.`);
    console.info(`Branch password ${password} (shown once; enter it at the branch).`);
  } finally {
    await pool.end();
  }
}

main().catch((error: unknown) => {
  if (error instanceof EnrolmentError) console.error(`${error.field}: ${error.message}`);
  else if ((error as { code?: string }).code === '23505')
    console.error('This branch is enrolled already.');
  else console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
