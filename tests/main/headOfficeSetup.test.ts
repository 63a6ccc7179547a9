import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeEnrolmentCode, EnrolmentError } from '../../electron/headOffice/enrolment';
import { enrolBranch } from '../../electron/headOffice/pg/enrolBranch';
import { pgMigrations } from '../../electron/headOffice/pg/migrations';
import { databaseOf, setupHeadOffice } from '../../electron/headOffice/pg/setup';
import { freshHeadOffice, HO_PASSWORD, newBranchIdentity } from '../helpers/headOfficeFixtures';
import { startPgCluster, type PgCluster } from '../helpers/pgCluster';

const run = promisify(execFile);

describe('head office setup and enrolment', { timeout: 60_000 }, () => {
  let cluster: PgCluster;
  beforeAll(async () => {
    cluster = await startPgCluster();
  }, 60_000);
  afterAll(() => cluster?.stop());

  async function query(url: string, sql: string, params: unknown[] = []) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows;
    } finally {
      await client.end();
    }
  }

  it('npm run headoffice:setup creates the database, the roles and the schema; again is harmless', async () => {
    const url = cluster.superuserUrlFor('chain_ho');
    const env = { ...process.env, DESKBOOK_HO_PASSWORD: 'a head office password' };
    const first = await run('npm', ['run', '--silent', 'headoffice:setup', '--', url], { env });
    expect(first.stdout).toContain(
      `Created database chain_ho; schema version ${pgMigrations.length}.`,
    );
    expect(first.stdout).not.toContain('a head office password');
    const second = await run('npm', ['run', '--silent', 'headoffice:setup', '--', url], { env });
    expect(second.stdout).toContain('Found database chain_ho');
    const asHo = cluster.urlFor('deskbook_ho', 'a head office password', 'chain_ho');
    expect(await query(asHo, 'SELECT max(version)::int AS v FROM schema_version')).toEqual([
      { v: pgMigrations.length },
    ]);
    const roles = await query(
      cluster.superuserUrl,
      `SELECT rolname, rolcanlogin, rolcreaterole, rolsuper FROM pg_roles
        WHERE rolname LIKE 'deskbook%' ORDER BY rolname`,
    );
    expect(roles).toEqual([
      { rolname: 'deskbook_branch', rolcanlogin: false, rolcreaterole: false, rolsuper: false },
      { rolname: 'deskbook_ho', rolcanlogin: true, rolcreaterole: false, rolsuper: false },
    ]);
  });

  it('without a password given, the script makes one and shows it once', async () => {
    const env = { ...process.env, DESKBOOK_HO_PASSWORD: '' };
    const url = cluster.superuserUrlFor('made_pw');
    const { stdout } = await run('npm', ['run', '--silent', 'headoffice:setup', '--', url], {
      env,
    });
    const password = /password (\S+) \(shown once\)/.exec(stdout)?.[1];
    expect(password).toBeTruthy();
    expect(
      await query(cluster.urlFor('deskbook_ho', password!, 'made_pw'), 'SELECT 1 AS one'),
    ).toEqual([{ one: 1 }]);
  });

  it('npm run headoffice:enrol enrols from the code and prints the branch password once', async () => {
    const office = await freshHeadOffice(cluster);
    const identity = newBranchIdentity('North');
    const hoUrl = cluster.urlFor('deskbook_ho', HO_PASSWORD, office.database);
    const args = ['run', '--silent', 'headoffice:enrol', '--', hoUrl, identity.code];
    const { stdout } = await run('npm', args);
    expect(stdout).toContain(`Enrolled North (${identity.siteId})`);
    const password = /Branch password (\S+) \(shown once/.exec(stdout)?.[1];
    const role = `branch_${identity.siteId.replaceAll('-', '')}`;
    const asBranch = cluster.urlFor(role, password!, office.database);
    expect(await query(asBranch, 'SELECT current_user AS me')).toEqual([{ me: role }]);
    const again = await run('npm', args).catch((e: { code: number; stderr: string }) => e);
    expect(again).toMatchObject({ code: 1 });
    expect((again as { stderr: string }).stderr).toContain('enrolled already');
  });

  it('a bad URL is refused with the usage line', async () => {
    const error = await run('npm', ['run', '--silent', 'headoffice:setup', '--', 'nope']).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(error).toMatchObject({ code: 2 });
    expect((error as { stderr: string }).stderr).toContain('Usage');
  });

  it('a stopped cluster leaves no folder and no listener behind', async () => {
    const other = await startPgCluster();
    expect(other.port).not.toBe(cluster.port);
    expect(existsSync(other.dir)).toBe(true);
    other.stop();
    expect(existsSync(other.dir)).toBe(false);
    await expect(query(other.superuserUrl, 'SELECT 1')).rejects.toMatchObject({
      code: 'ECONNREFUSED',
    });
    other.stop(); // twice is harmless (afterAll after a failed test may do that)
  });

  it('the database is the URL’s, or deskbook', () => {
    expect(databaseOf('postgres://u:p@h:5432/chain')).toBe('chain');
    expect(databaseOf('postgres://u:p@h:5432')).toBe('deskbook');
  });

  it('a database that exists already is only migrated', async () => {
    await query(cluster.superuserUrl, 'CREATE DATABASE pre_made');
    const result = await setupHeadOffice(cluster.superuserUrlFor('pre_made'));
    expect(result).toEqual({
      database: 'pre_made',
      created: false,
      schemaVersion: pgMigrations.length,
    });
  });

  it('enrolment registers the key and a login role; the same site twice is refused', async () => {
    const office = await freshHeadOffice(cluster);
    const identity = newBranchIdentity('上海静安店');
    const enrolled = await enrolBranch(office.ho, identity.code, 'a long branch password');
    expect(enrolled).toEqual({
      siteId: identity.siteId,
      siteName: '上海静安店',
      roleName: `branch_${identity.siteId.replaceAll('-', '')}`,
    });
    const rows = await office.ho.query('SELECT name, public_key_pem, role_name FROM branches');
    expect(rows.rows).toEqual([
      { name: '上海静安店', public_key_pem: identity.publicKeyPem, role_name: enrolled.roleName },
    ]);
    await expect(
      enrolBranch(office.ho, identity.code, 'another long password'),
    ).rejects.toMatchObject({ code: '23505' });
    const member = await office.owner.query(
      `SELECT pg_has_role($1, 'deskbook_branch', 'MEMBER') AS m`,
      [enrolled.roleName],
    );
    expect(member.rows[0].m).toBe(true);
  });

  it('a bad enrolment code or a short password is refused, naming the field, and writes nothing', async () => {
    const office = await freshHeadOffice(cluster);
    const identity = newBranchIdentity('North');
    const cases: [string, string, string][] = [
      ['%%%not a code', 'a long branch password', 'code'],
      [encodeEnrolmentCode({ ...identity, siteId: 'x' }), 'a long branch password', 'siteId'],
      [encodeEnrolmentCode({ ...identity, siteName: ' ' }), 'a long branch password', 'siteName'],
      [
        encodeEnrolmentCode({ ...identity, publicKeyPem: 'not a key' }),
        'a long branch password',
        'publicKeyPem',
      ],
      [identity.code, 'short', 'password'],
    ];
    for (const [code, password, field] of cases) {
      const error = await enrolBranch(office.ho, code, password).catch((e: unknown) => e);
      expect(error, field).toBeInstanceOf(EnrolmentError);
      expect((error as EnrolmentError).field).toBe(field);
    }
    expect((await office.ho.query('SELECT count(*)::int AS n FROM branches')).rows[0].n).toBe(0);
  });

  it('an RSA key is not a branch key', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 })
      .publicKey.export({ type: 'spki', format: 'pem' })
      .toString();
    const identity = newBranchIdentity('North');
    const code = encodeEnrolmentCode({ ...identity, publicKeyPem: rsa });
    const office = await freshHeadOffice(cluster);
    await expect(enrolBranch(office.ho, code, 'a long branch password')).rejects.toMatchObject({
      field: 'publicKeyPem',
    });
  });
});
