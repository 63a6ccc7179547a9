import { generateKeyPairSync } from 'node:crypto';
import sodium from 'libsodium-wrappers';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, signBundle, type SignedBundle } from '../../electron/headOffice/bundle';
import { UnknownBranchError, verifyBranch } from '../../electron/headOffice/ingest';
import { ImportRefusedError, importBundleFile } from '../../electron/headOffice/offlineImport';
import {
  decodeHeadOfficePublicKey,
  encodeHeadOfficePublicKey,
  headOfficeKeyPair,
  OfflineFileError,
  openBundleFile,
  sealBundleFile,
} from '../../electron/headOffice/offlineFile';
import { PushConflictError, pushPending } from '../../electron/headOffice/push';
import { freshHeadOffice, type TestBranch } from '../helpers/headOfficeFixtures';
import { startPgCluster, type PgCluster } from '../helpers/pgCluster';

const COLUMNS = 'site_id, seq, hash, kind, business_date, created_at, body, signature';

async function rows(pool: pg.Pool, siteId: string) {
  const result = await pool.query(
    `SELECT ${COLUMNS} FROM bundles WHERE site_id = $1 ORDER BY seq`,
    [siteId],
  );
  return result.rows;
}

/** The same branch registered in a second database (roles are cluster-wide, so no login role). */
async function registerTwin(owner: pg.Pool, branch: TestBranch): Promise<void> {
  await owner.query(
    'INSERT INTO branches (site_id, name, public_key_pem, role_name) VALUES ($1, $2, $3, $4)',
    [branch.siteId, branch.siteName, branch.publicKeyPem, `twin_${branch.siteId.slice(0, 8)}`],
  );
}

function otherKeySigned(signed: SignedBundle, changes: Record<string, unknown>): SignedBundle {
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  return signBundle({ ...signed.bundle, body: { ...signed.bundle.body, ...changes } }, pem);
}

describe('the sealed bundle file', () => {
  it('opens to the same bundles with head office key, from the pasted public key text', async () => {
    const office = await headOfficeKeyPair();
    const text = encodeHeadOfficePublicKey(office.publicKey);
    expect(text).toMatch(/^dkho1_[A-Za-z0-9_-]{43}$/);
    const fake = makeBundles();
    const file = await sealBundleFile([...fake].reverse(), decodeHeadOfficePublicKey(text));
    expect(Buffer.from(file.subarray(0, 4)).toString('ascii')).toBe('DKBF');
    const opened = await openBundleFile(file, office);
    expect(opened.siteId).toBe(fake[0]!.bundle.siteId);
    expect(opened.bundles).toEqual(fake);
    // the body is sealed, not readable in the file
    expect(Buffer.from(file).toString('utf8')).not.toContain('周一');
  });

  it('refuses a wrong key, a flipped byte, an unknown version and a bad key text', async () => {
    const office = await headOfficeKeyPair();
    const other = await headOfficeKeyPair();
    const file = await sealBundleFile(makeBundles(), office.publicKey);
    const problem = (p: Promise<unknown>) =>
      p.then(
        () => 'opened',
        (e: unknown) => (e instanceof OfflineFileError ? e.problem : String(e)),
      );
    expect(await problem(openBundleFile(file, other))).toBe('key');
    // the same key id but another private key still fails to open
    expect(
      await problem(
        openBundleFile(file, { publicKey: office.publicKey, privateKey: other.privateKey }),
      ),
    ).toBe('damaged');
    // site id, first seq, the sealed part's ephemeral key, its last byte
    for (const at of [5, 25, 50, file.length - 1]) {
      const flipped = Uint8Array.from(file);
      flipped[at]! ^= 0x01;
      expect(await problem(openBundleFile(flipped, office))).toBe('damaged');
    }
    const otherId = Uint8Array.from(file);
    otherId[40]! ^= 0x01;
    expect(await problem(openBundleFile(otherId, office))).toBe('key');
    const newer = Uint8Array.from(file);
    newer[4] = 2;
    expect(await problem(openBundleFile(newer, office))).toBe('version');
    expect(await problem(openBundleFile(file.subarray(0, 10), office))).toBe('magic');
    expect(await problem(openBundleFile(Buffer.from('PK\u0003\u0004 zip'), office))).toBe('magic');
    expect(() => decodeHeadOfficePublicKey('dkho1_short')).toThrow(OfflineFileError);
    await expect(sealBundleFile([], office.publicKey)).rejects.toThrow(/no bundles/);
  });
});

let fakeKey: string | null = null;
function makeBundles(): SignedBundle[] {
  fakeKey ??= generateKeyPairSync('ed25519')
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();
  const siteId = '01890a5d-ac96-774b-bcce-b302099a8057';
  return [1, 2, 3].map((seq) =>
    signBundle(
      {
        siteId,
        seq,
        kind: 'dayFigures',
        createdAt: 1_780_000_000_000 + seq,
        businessDate: '2026-12-01',
        body: { entries: seq, note: '周一' },
      },
      fakeKey!,
    ),
  );
}

// A real cluster per file: start, setup and imports take seconds, not milliseconds.
describe('importing a bundle file at head office', { timeout: 60_000 }, () => {
  let cluster: PgCluster;
  beforeAll(async () => {
    cluster = await startPgCluster();
  }, 60_000);
  afterAll(() => cluster?.stop());

  it('migration 002: import_bundle is the owner’s, callable by head office only', async () => {
    const office = await freshHeadOffice(cluster);
    const fn = await office.owner.query(
      `SELECT p.prosecdef, pg_get_userbyid(p.proowner) AS owner,
              has_function_privilege('deskbook_ho', p.oid, 'EXECUTE') AS ho,
              has_function_privilege('deskbook_branch', p.oid, 'EXECUTE') AS branch
         FROM pg_proc p WHERE p.proname = 'import_bundle'`,
    );
    const owner = await office.owner.query(
      `SELECT tableowner FROM pg_tables WHERE tablename = 'bundles'`,
    );
    expect(fn.rows).toEqual([
      { prosecdef: true, owner: owner.rows[0].tableowner, ho: true, branch: false },
    ]);
    const branch = await office.enrol('Line-less');
    const [b] = branch.bundles(1, 1);
    // head office still cannot insert directly
    await expect(
      office.ho.query(
        `INSERT INTO bundles (${COLUMNS}) VALUES ($1, 1, $2, 'dayFigures', null, 1, '{}', 's')`,
        [branch.siteId, b!.hash],
      ),
    ).rejects.toMatchObject({ code: '42501' });
    // and the function refuses a site nobody enrolled
    await expect(
      office.ho.query(`SELECT import_bundle($1, 1, $2, 'dayFigures', null, 1, '{}', 's')`, [
        '01890a5d-ac96-774b-bcce-b302099a8057',
        b!.hash,
      ]),
    ).rejects.toMatchObject({ code: '23503' });
    // a branch role may not call it
    const client = new pg.Client(branch.connection);
    await client.connect();
    try {
      await expect(
        client.query(`SELECT import_bundle($1, 1, $2, 'dayFigures', null, 1, '{}', 's')`, [
          branch.siteId,
          b!.hash,
        ]),
      ).rejects.toMatchObject({ code: '42501' });
    } finally {
      await client.end();
    }
  });

  it('a file imported stores the same rows as a push of the same bundles, once, and verifies', async () => {
    const pushed = await freshHeadOffice(cluster);
    const imported = await freshHeadOffice(cluster);
    const keys = await headOfficeKeyPair();
    const branch = await pushed.enrol('北区店');
    await registerTwin(imported.owner, branch);
    const bundles = [
      ...branch.bundles(1, 3),
      branch.bundle(4, { open: ['门禁卡'] }, 'handover'),
      { ...branch.bundle(5, {}, 'auditHead') },
    ];
    bundles[4] = signBundle(
      { ...bundles[4]!.bundle, businessDate: null, body: { seq: 88, hash: 'ab'.repeat(32) } },
      branch.privateKeyPem,
    );
    await pushPending(bundles, branch.connection);
    const file = await sealBundleFile(bundles, keys.publicKey);
    expect(await importBundleFile(imported.ho, file, keys)).toEqual({
      siteId: branch.siteId,
      stored: 5,
      alreadyStored: 0,
      firstSeq: 1,
      lastSeq: 5,
    });
    const a = await rows(pushed.ho, branch.siteId);
    const b = await rows(imported.ho, branch.siteId);
    expect(b).toHaveLength(5);
    expect(b).toEqual(a);

    expect(await importBundleFile(imported.ho, file, keys)).toEqual({
      siteId: branch.siteId,
      stored: 0,
      alreadyStored: 5,
      firstSeq: 1,
      lastSeq: 5,
    });
    expect(await rows(imported.ho, branch.siteId)).toHaveLength(5);
    const verified = await verifyBranch(imported.ho, branch.siteId);
    expect(verified).toMatchObject({ checked: 5, lastSeq: 5, problems: [] });
  });

  it('a bundle tampered before sealing and re-signed by another key stores nothing of the file', async () => {
    const office = await freshHeadOffice(cluster);
    const keys = await headOfficeKeyPair();
    const branch = await office.enrol('East');
    const bundles = branch.bundles(1, 4);
    bundles[2] = otherKeySigned(bundles[2]!, { entries: 1 });
    const file = await sealBundleFile(bundles, keys.publicKey);
    const error = await importBundleFile(office.ho, file, keys).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRefusedError);
    expect(error).toMatchObject({ problem: 'signature', seq: 3 });
    expect(await rows(office.ho, branch.siteId)).toEqual([]);
  });

  it("another branch's bundle in the file, an unknown branch and a rewritten seq are refused", async () => {
    const office = await freshHeadOffice(cluster);
    const keys = await headOfficeKeyPair();
    const mine = await office.enrol('Mine');
    const theirs = await office.enrol('Theirs');
    // a file whose header and content say "mine" but which carries their (validly signed)
    // bundle: sealBundleFile would not make it, so it is sealed by hand around a real header
    const real = await sealBundleFile(mine.bundles(1, 2), keys.publicKey);
    const content = canonicalJson({
      version: 1,
      siteId: mine.siteId,
      firstSeq: 1,
      lastSeq: 2,
      bundles: [mine.bundle(1), theirs.bundle(2)],
    });
    await sodium.ready;
    const forged = Buffer.concat([
      real.subarray(0, 45),
      sodium.crypto_box_seal(Buffer.from(content, 'utf8'), keys.publicKey),
    ]);
    expect((await openBundleFile(forged, keys)).siteId).toBe(mine.siteId);
    const refused = await importBundleFile(office.ho, forged, keys).catch((e: unknown) => e);
    expect(refused).toMatchObject({ problem: 'site', seq: 2 });
    expect(await rows(office.ho, mine.siteId)).toEqual([]);
    expect(await rows(office.ho, theirs.siteId)).toEqual([]);
    await expect(
      sealBundleFile([mine.bundle(1), theirs.bundle(2)], keys.publicKey),
    ).rejects.toThrow(/one branch/);

    const stranger = await freshHeadOffice(cluster);
    const unknown = await importBundleFile(stranger.ho, real, keys).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(UnknownBranchError);

    await importBundleFile(office.ho, real, keys);
    const rewritten = await sealBundleFile(
      [mine.bundle(2, { entries: 999 }), mine.bundle(3)],
      keys.publicKey,
    );
    const conflict = await importBundleFile(office.ho, rewritten, keys).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(PushConflictError);
    expect(conflict).toMatchObject({ seq: 2 });
    const stored = await rows(office.ho, mine.siteId);
    expect(stored.map((r) => Number(r.seq))).toEqual([1, 2]);
    expect(stored[1].body.entries).toBe(102);
  });
});
