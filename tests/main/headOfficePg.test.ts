import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyBranch } from '../../electron/headOffice/ingest';
import { pgMigrations } from '../../electron/headOffice/pg/migrations';
import { HeadOfficeSchemaError, migratePg } from '../../electron/headOffice/pg/migrate';
import { PushConflictError, pushPending } from '../../electron/headOffice/push';
import { freshHeadOffice } from '../helpers/headOfficeFixtures';
import { startPgCluster, type PgCluster } from '../helpers/pgCluster';

// A real cluster per file: start, setup and a few pushes take seconds, not milliseconds.
describe('head office on PostgreSQL', { timeout: 60_000 }, () => {
  let cluster: PgCluster;
  beforeAll(async () => {
    cluster = await startPgCluster();
  }, 60_000);
  afterAll(() => cluster?.stop());

  async function asRole<T>(connection: pg.ClientConfig, work: (c: pg.Client) => Promise<T>) {
    const client = new pg.Client(connection);
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  const count = async (pool: pg.Pool, siteId: string) =>
    Number(
      (await pool.query('SELECT count(*) AS n FROM bundles WHERE site_id = $1', [siteId])).rows[0]
        .n,
    );

  it('migrations apply once, in order, and a newer schema is refused', async () => {
    const office = await freshHeadOffice(cluster);
    const client = await office.owner.connect();
    try {
      const versions = await client.query('SELECT version FROM schema_version ORDER BY version');
      expect(versions.rows.map((r) => r.version)).toEqual(pgMigrations.map((m) => m.version));
      expect(await migratePg(client)).toBe(pgMigrations.length);
      const tables = await client.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
      );
      expect(tables.rows.map((r) => r.tablename)).toEqual([
        'branch_checks',
        'branches',
        'bundle_problems',
        'bundles',
        'schema_version',
      ]);
      await client.query('INSERT INTO schema_version (version) VALUES ($1)', [
        pgMigrations.length + 1,
      ]);
      const refused = await migratePg(client).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(HeadOfficeSchemaError);
      expect((refused as HeadOfficeSchemaError).code).toBe('TOO_NEW');
    } finally {
      client.release();
    }
  });

  it('a step that fails leaves the database as it was', async () => {
    const office = await freshHeadOffice(cluster);
    const client = await office.owner.connect();
    try {
      const broken = [
        ...pgMigrations,
        { version: pgMigrations.length + 1, name: 'ok', sql: 'CREATE TABLE extra (a int)' },
        { version: pgMigrations.length + 2, name: 'bad', sql: 'CREATE TABLE nope (a nosuchtype)' },
      ];
      await expect(migratePg(client, broken)).rejects.toThrow(/nosuchtype/);
      const extra = await client.query(`SELECT to_regclass('public.extra') AS t`);
      expect(extra.rows[0].t).toBeNull();
      const v = await client.query('SELECT max(version) AS v FROM schema_version');
      expect(v.rows[0].v).toBe(pgMigrations.length);
    } finally {
      client.release();
    }
  });

  it('two branches pushing at once each store their own bundles', async () => {
    const office = await freshHeadOffice(cluster);
    const north = await office.enrol('北区店');
    const south = await office.enrol('South branch');
    const [a, b] = await Promise.all([
      pushPending(north.bundles(1, 250), north.connection),
      pushPending(south.bundles(1, 120), south.connection),
    ]);
    expect(a).toEqual({ stored: 250, alreadyStored: 0 });
    expect(b).toEqual({ stored: 120, alreadyStored: 0 });
    expect(await count(office.ho, north.siteId)).toBe(250);
    expect(await count(office.ho, south.siteId)).toBe(120);
    for (const branch of [north, south]) {
      const verified = await verifyBranch(office.ho, branch.siteId);
      expect(verified.problems).toEqual([]);
    }
  });

  it('a retried push is stored once', async () => {
    const office = await freshHeadOffice(cluster);
    const branch = await office.enrol('East');
    const bundles = branch.bundles(1, 5);
    await pushPending(bundles.slice(0, 3), branch.connection);
    // the line dropped before the branch heard back: it sends all five again
    const again = await pushPending(bundles, branch.connection);
    expect(again).toEqual({ stored: 2, alreadyStored: 3 });
    expect(await count(office.ho, branch.siteId)).toBe(5);
  });

  it('the same seq with another hash is a conflict and stores nothing of that batch', async () => {
    const office = await freshHeadOffice(cluster);
    const branch = await office.enrol('West');
    await pushPending(branch.bundles(1, 2), branch.connection);
    const rewritten = [branch.bundle(2, { entries: 999 }), branch.bundle(3)];
    const error = await pushPending(rewritten, branch.connection).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PushConflictError);
    expect((error as PushConflictError).seq).toBe(2);
    expect(await count(office.ho, branch.siteId)).toBe(2);
    const stored = await office.ho.query(
      'SELECT body FROM bundles WHERE site_id = $1 AND seq = 2',
      [branch.siteId],
    );
    expect(stored.rows[0].body.entries).toBe(102);
  });

  it("a branch cannot write another branch's rows, read them, or change its own", async () => {
    const office = await freshHeadOffice(cluster);
    const mine = await office.enrol('Mine');
    const theirs = await office.enrol('Theirs');
    await pushPending(mine.bundles(1, 2), mine.connection);
    await pushPending(theirs.bundles(1, 1), theirs.connection);

    // their bundle, correctly signed by them, but sent over my line
    const forged = theirs.bundle(2);
    await expect(pushPending([forged], mine.connection)).rejects.toMatchObject({ code: '42501' });
    expect(await count(office.ho, theirs.siteId)).toBe(1);

    await asRole(mine.connection, async (c) => {
      const attempts = [
        `UPDATE bundles SET body = '{"entries": 1}' WHERE site_id = '${mine.siteId}'`,
        `DELETE FROM bundles WHERE site_id = '${mine.siteId}'`,
        'TRUNCATE bundles',
        'SELECT body FROM bundles',
        'SELECT * FROM branches',
        `INSERT INTO branches (site_id, name, public_key_pem, role_name)
           VALUES (gen_random_uuid(), 'x', 'x', 'x')`,
        `SELECT deskbook_enrol_branch(gen_random_uuid(), 'x', 'x', 'password password')`,
      ];
      for (const sql of attempts) {
        await expect(c.query(sql), sql).rejects.toMatchObject({ code: '42501' });
      }
      // what it may see of bundles (seq and hash, to resume a push) is its own rows only
      const seen = await c.query('SELECT site_id, seq::int FROM bundles ORDER BY seq');
      expect(seen.rows).toEqual([
        { site_id: mine.siteId, seq: 1 },
        { site_id: mine.siteId, seq: 2 },
      ]);
    });
    expect(await count(office.ho, mine.siteId)).toBe(2);
    expect(await verifyBranch(office.ho, mine.siteId)).toMatchObject({ checked: 2, problems: [] });
  });

  it('head office itself cannot change bundles either', async () => {
    const office = await freshHeadOffice(cluster);
    const branch = await office.enrol('North');
    await pushPending(branch.bundles(1, 1), branch.connection);
    for (const sql of [
      `UPDATE bundles SET kind = 'incident'`,
      'DELETE FROM bundles',
      'TRUNCATE bundles',
      `INSERT INTO bundles (site_id, seq, hash, kind, created_at, body, signature)
         VALUES ('${branch.siteId}', 2, repeat('a', 64), 'incident', 0, '{}', 'x')`,
    ]) {
      await expect(office.ho.query(sql), sql).rejects.toMatchObject({ code: '42501' });
    }
  });

  it('a business date not written YYYY-MM-DD is refused before it is sent', async () => {
    const office = await freshHeadOffice(cluster);
    const branch = await office.enrol('North');
    const bundle = branch.bundle(1);
    const odd = { ...bundle, bundle: { ...bundle.bundle, businessDate: '2026-12-1' } };
    await expect(pushPending([odd], branch.connection)).rejects.toThrow(/YYYY-MM-DD/);
    expect(await count(office.ho, branch.siteId)).toBe(0);
  });

  it('a wrong password does not log in as the branch', async () => {
    const office = await freshHeadOffice(cluster);
    const branch = await office.enrol('North');
    const url = cluster.urlFor(branch.roleName, 'not the password', office.database);
    await expect(
      pushPending(branch.bundles(1, 1), { connectionString: url }),
    ).rejects.toMatchObject({ code: '28P01' });
  });

  it('verifyBranch finds a tampered body, a re-hashed one and a gap, and records them', async () => {
    const office = await freshHeadOffice(cluster);
    const branch = await office.enrol('South');
    await pushPending(branch.bundles(1, 6), branch.connection);
    // someone with the superuser edits what head office holds
    await office.owner.query(
      `UPDATE bundles SET body = jsonb_set(body, '{entries}', '1') WHERE site_id = $1 AND seq = 2`,
      [branch.siteId],
    );
    const rehashed = branch.bundle(3, { entries: 5 });
    await office.owner.query(
      `UPDATE bundles SET body = $2, hash = $3 WHERE site_id = $1 AND seq = 3`,
      [branch.siteId, JSON.stringify(rehashed.bundle.body), rehashed.hash],
    );
    await office.owner.query('DELETE FROM bundles WHERE site_id = $1 AND seq IN (4, 5)', [
      branch.siteId,
    ]);
    // a header column is part of what was signed as well
    await office.owner.query(
      `UPDATE bundles SET business_date = '2026-11-30' WHERE site_id = $1 AND seq = 6`,
      [branch.siteId],
    );
    const verified = await verifyBranch(office.ho, branch.siteId);
    expect(verified).toMatchObject({ checked: 4, lastSeq: 6 });
    expect(verified.problems).toEqual([
      { problem: 'hash', seq: 2, untilSeq: null },
      // same hash as a real bundle's bytes, but not signed by the branch's key
      { problem: 'signature', seq: 3, untilSeq: null },
      { problem: 'gap', seq: 4, untilSeq: 5 },
      { problem: 'hash', seq: 6, untilSeq: null },
    ]);
    const recorded = await office.ho.query(
      `SELECT problem, seq::int, until_seq::int FROM bundle_problems WHERE site_id = $1 ORDER BY seq`,
      [branch.siteId],
    );
    expect(recorded.rows).toEqual([
      { problem: 'hash', seq: 2, until_seq: null },
      { problem: 'signature', seq: 3, until_seq: null },
      { problem: 'gap', seq: 4, until_seq: 5 },
      { problem: 'hash', seq: 6, until_seq: null },
    ]);
  });

  it('a gap the branch pushed itself is found, and a gap at the start too', async () => {
    const office = await freshHeadOffice(cluster);
    const branch = await office.enrol('East');
    await pushPending([branch.bundle(3), branch.bundle(4), branch.bundle(7)], branch.connection);
    const verified = await verifyBranch(office.ho, branch.siteId);
    expect(verified.problems).toEqual([
      { problem: 'gap', seq: 1, untilSeq: 2 },
      { problem: 'gap', seq: 5, untilSeq: 6 },
    ]);
    // filled in later: the next check clears what is no longer wrong
    await pushPending(
      [1, 2, 5, 6].map((s) => branch.bundle(s)),
      branch.connection,
    );
    expect((await verifyBranch(office.ho, branch.siteId)).problems).toEqual([]);
    const left = await office.ho.query('SELECT count(*)::int AS n FROM bundle_problems');
    expect(left.rows[0].n).toBe(0);
  });

  it('two checks of one branch at once both finish (the tick and a board opened, or two PCs)', async () => {
    const office = await freshHeadOffice(cluster);
    const branch = await office.enrol('West');
    const checkTwiceAtOnce = async (last: number) => {
      // Each walks the new bundles in its own snapshot, then records where it stopped.
      const both = await Promise.all([
        verifyBranch(office.ho, branch.siteId),
        verifyBranch(office.ho, branch.siteId),
      ]);
      for (const v of both) expect(v).toMatchObject({ verifiedSeq: last, problems: [] });
      const check = await office.ho.query('SELECT verified_seq::int AS seq FROM branch_checks');
      expect(check.rows).toEqual([{ seq: last }]);
    };
    await pushPending(branch.bundles(1, 300), branch.connection);
    await checkTwiceAtOnce(300);
    await pushPending(branch.bundles(301, 600), branch.connection);
    await checkTwiceAtOnce(600);
  });
});
