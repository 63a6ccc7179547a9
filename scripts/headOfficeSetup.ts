/**
 * npm run headoffice:setup -- <superuser url>
 * Creates the head-office database (the URL's, or `deskbook` when it names none), the
 * deskbook_ho and deskbook_branch roles and the schema. The head-office app's login
 * password is taken from DESKBOOK_HO_PASSWORD, or made and printed once when not set.
 */
import { randomBytes } from 'node:crypto';
import { setupHeadOffice } from '../electron/headOffice/pg/setup';

async function main(): Promise<void> {
  const url = process.argv[2];
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    console.error('Usage: npm run headoffice:setup -- postgres://postgres:…@host:5432/deskbook');
    process.exitCode = 2;
    return;
  }
  const given = process.env.DESKBOOK_HO_PASSWORD;
  const password = given || randomBytes(24).toString('base64url');
  const result = await setupHeadOffice(url, { headOfficePassword: password });
  console.info(
    `${result.created ? 'Created' : 'Found'} database ${result.database}; schema version ${result.schemaVersion}.`,
  );
  if (!given) console.info(`Head-office login: deskbook_ho, password ${password} (shown once).`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
