import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { onTestFinished } from 'vitest';
import { signBundle, type BundleKind, type SignedBundle } from '../../electron/headOffice/bundle';
import { encodeEnrolmentCode } from '../../electron/headOffice/enrolment';
import { enrolBranch } from '../../electron/headOffice/pg/enrolBranch';
import { setupHeadOffice } from '../../electron/headOffice/pg/setup';
import type { PgCluster } from './pgCluster';

export const HO_PASSWORD = 'head office password for tests';
const DAY0 = Date.UTC(2026, 11, 1, 10, 0, 0);

export interface TestBranch {
  siteId: string;
  siteName: string;
  privateKeyPem: string;
  publicKeyPem: string;
  code: string;
  password: string;
  roleName: string;
  /** The connection the branch pushes with (its own role). */
  connection: pg.ClientConfig;
  /** A signed dayFigures bundle (or `kind`) numbered `seq`; `extra` changes the body. */
  bundle(seq: number, extra?: Record<string, unknown>, kind?: BundleKind): SignedBundle;
  bundles(from: number, to: number): SignedBundle[];
}

export interface TestHeadOffice {
  database: string;
  /** deskbook_ho's pool: what the head-office app connects with. */
  ho: pg.Pool;
  /** The owner's pool, for what only a test (or an attacker with the superuser) does. */
  owner: pg.Pool;
  enrol(siteName: string): Promise<TestBranch>;
}

let counter = 0;

function keyPair(): { privateKeyPem: string; publicKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

export function newBranchIdentity(siteName: string) {
  const siteId = randomUUID();
  const keys = keyPair();
  const code = encodeEnrolmentCode({ siteId, siteName, publicKeyPem: keys.publicKeyPem });
  return { siteId, siteName, ...keys, code };
}

/** A fresh head-office database on `cluster`, set up by setupHeadOffice; pools closed after the test. */
export async function freshHeadOffice(cluster: PgCluster): Promise<TestHeadOffice> {
  const database = `ho_${process.pid}_${++counter}`;
  await setupHeadOffice(cluster.superuserUrlFor(database), { headOfficePassword: HO_PASSWORD });
  const ho = new pg.Pool({
    connectionString: cluster.urlFor('deskbook_ho', HO_PASSWORD, database),
  });
  const owner = new pg.Pool({ connectionString: cluster.superuserUrlFor(database) });
  onTestFinished(async () => {
    await ho.end();
    await owner.end();
  });
  const enrol = async (siteName: string): Promise<TestBranch> => {
    const identity = newBranchIdentity(siteName);
    const password = randomBytes(18).toString('base64url');
    const { roleName } = await enrolBranch(ho, identity.code, password);
    const bundle = (
      seq: number,
      extra: Record<string, unknown> = {},
      kind: BundleKind = 'dayFigures',
    ) =>
      signBundle(
        {
          siteId: identity.siteId,
          seq,
          kind,
          createdAt: DAY0 + seq * 60_000,
          businessDate: '2026-12-01',
          body: { entries: 100 + seq, trials: { female: 3, male: 2 }, note: '周一', ...extra },
        },
        identity.privateKeyPem,
      );
    return {
      ...identity,
      password,
      roleName,
      connection: { connectionString: cluster.urlFor(roleName, password, database) },
      bundle,
      bundles: (from, to) => Array.from({ length: to - from + 1 }, (_, i) => bundle(from + i)),
    };
  };
  return { database, ho, owner, enrol };
}
