import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markPushed, pendingBundles } from '../../electron/features/branch';
import { verifyBranch } from '../../electron/headOffice/ingest';
import { enrolBranch } from '../../electron/headOffice/pg/enrolBranch';
import { pushPending } from '../../electron/headOffice/push';
import { freshHeadOffice } from '../helpers/headOfficeFixtures';
import { startPgCluster, type PgCluster } from '../helpers/pgCluster';
import { seededMonth } from '../helpers/reportFixtures';

// Both halves of issue 15 together: a real branch vault's outbox, enrolled by its own code,
// pushed to a real PostgreSQL and verified there.
describe('a branch vault pushes its outbox to head office', { timeout: 120_000 }, () => {
  let cluster: PgCluster;
  beforeAll(async () => {
    cluster = await startPgCluster();
  }, 60_000);
  afterAll(() => cluster?.stop());

  it('every bundle is stored once and verifies: no gap, hash or signature problem', async () => {
    const v = seededMonth();
    const db = v.db();
    const identity = v.ok('branch.identity', undefined, 'desk-admin');
    const office = await freshHeadOffice(cluster);
    const password = randomBytes(18).toString('base64url');
    const { roleName } = await enrolBranch(office.ho, identity.enrolmentCode, password);
    const connection = { connectionString: cluster.urlFor(roleName, password, office.database) };

    const pending = pendingBundles(db);
    const total = db.prepare('SELECT count(*) FROM outbox').pluck().get() as number;
    expect(pending).toHaveLength(total);
    expect(new Set(pending.map((b) => b.bundle.kind))).toEqual(
      new Set(['handover', 'dayFigures', 'auditHead', 'backupStatus']),
    );
    expect(await pushPending(pending, connection)).toEqual({ stored: total, alreadyStored: 0 });
    markPushed(
      db,
      pending.map((b) => b.bundle.seq),
      'pg',
      v.clock.ms,
    );
    // A retry after a lost answer stores nothing twice.
    expect(await pushPending(pending, connection)).toEqual({ stored: 0, alreadyStored: total });
    const verified = await verifyBranch(office.ho, identity.siteId);
    expect(verified).toMatchObject({ checked: total, lastSeq: total, problems: [] });
    expect(v.ok('branch.outbox', undefined, 'desk-admin')).toMatchObject({
      nextSeq: total + 1,
      pending: 0,
      lastPushedAt: v.clock.ms,
    });
    expect(pendingBundles(db)).toEqual([]);
  });
});
