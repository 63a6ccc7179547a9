/**
 * 总部 demo (`npm run harness -- --headoffice`): a throwaway PostgreSQL cluster holding three
 * enrolled branches' signed bundles of the last ten weeks, pushed as each branch's own role
 * the way a branch's push job sends them, and a head-office vault connected to it. 朝阳店 is
 * the branch that needs a look: an evening handover never signed and a serious complaint past
 * its deadline.
 */
import { randomBytes, generateKeyPairSync, randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Core } from '../../../electron/app/core';
import { encodeEnrolmentCode } from '../../../electron/headOffice/enrolment';
import { enrolBranch } from '../../../electron/headOffice/pg/enrolBranch';
import { setupHeadOffice } from '../../../electron/headOffice/pg/setup';
import { pushPending } from '../../../electron/headOffice/push';
import type { ChannelName, Input } from '../../../shared/contract';
import { addDays, businessDate } from '../../../shared/domain/time';
import { Random } from '../../bench/random';
import { branchBundles, type BranchStaff } from '../../helpers/hqBundleGen';
import { startPgCluster, type PgCluster } from '../../helpers/pgCluster';
import { DEMO_ADMIN, type DemoAccount } from './demo';

export const HQ_DEMO_SITE = '阳光健身 · 总部';
const HO_PASSWORD = randomBytes(18).toString('base64url');
const DATABASE = 'deskbook_chain';
/** Ten weeks: last month and the one before complete, for the report's comparison. */
const DAYS = 70;

/** Head office's own people: the admin who set it up and the operations supervisor. */
export const HQ_DEMO_STAFF: DemoAccount[] = [
  { username: 'sunli', displayName: '孙丽', role: 'supervisor', pin: '791357' },
  { username: 'qianhao', displayName: '钱浩', role: 'supervisor', pin: '802468' },
];

interface DemoBranch {
  name: string;
  size: number;
  staff: BranchStaff;
  /** Days back from today: the evening handover of that day was never signed. */
  missingDaysAgo?: number[];
  overdueDaysAgo?: number;
}

export const HQ_DEMO_BRANCHES: DemoBranch[] = [
  {
    name: '阳光健身 · 朝阳店',
    size: 420,
    staff: {
      outgoing: ['王芳', '李娜'],
      incoming: ['刘洋', '赵磊'],
      consultants: ['刘洋', '陈静', '黄敏'],
    },
    missingDaysAgo: [2],
    overdueDaysAgo: 4,
  },
  {
    name: '阳光健身 · 海淀店',
    size: 360,
    staff: {
      outgoing: ['郑爽', '吴倩'],
      incoming: ['冯涛', '何雨'],
      consultants: ['冯涛', '许诺'],
    },
  },
  {
    name: '阳光健身 · 望京店',
    size: 260,
    staff: {
      outgoing: ['马琳', '高远'],
      incoming: ['林峰', '宋佳'],
      consultants: ['林峰', '宋佳'],
    },
  },
];

export interface HeadOfficeChain {
  cluster: PgCluster;
  connection: Input<'hq.updateSettings'>;
  stop(): void;
}

function keyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** Enrols one branch and pushes its weeks as the branch's own role. */
async function seedBranch(cluster: PgCluster, ho: pg.Pool, branch: DemoBranch, rng: Random) {
  const today = businessDate(Date.now());
  const siteId = randomUUID();
  const keys = keyPair();
  const code = encodeEnrolmentCode({ siteId, siteName: branch.name, ...keys });
  const password = randomBytes(18).toString('base64url');
  const { roleName } = await enrolBranch(ho, code, password);
  const bundles = branchBundles(
    {
      siteId,
      privateKeyPem: keys.privateKeyPem,
      firstDay: addDays(today, -DAYS),
      days: DAYS,
      size: branch.size,
      staff: branch.staff,
      missingHandovers: (branch.missingDaysAgo ?? []).map((n) => addDays(today, -n)),
      ...(branch.overdueDaysAgo
        ? { overdueComplaintOn: addDays(today, -branch.overdueDaysAgo) }
        : {}),
    },
    rng,
  );
  const pushed = await pushPending(bundles, {
    connectionString: cluster.urlFor(roleName, password, DATABASE),
  });
  if (pushed.stored !== bundles.length) throw new Error(`demo push stored ${pushed.stored}`);
}

/** Starts the chain's PostgreSQL with three branches' weeks in it (about ten seconds). */
export async function startHeadOfficeChain(): Promise<HeadOfficeChain> {
  const cluster = await startPgCluster();
  try {
    await setupHeadOffice(cluster.superuserUrlFor(DATABASE), { headOfficePassword: HO_PASSWORD });
    const ho = new pg.Pool({
      connectionString: cluster.urlFor('deskbook_ho', HO_PASSWORD, DATABASE),
    });
    try {
      const rng = new Random(20_261_206);
      for (const branch of HQ_DEMO_BRANCHES) await seedBranch(cluster, ho, branch, rng);
    } finally {
      await ho.end();
    }
  } catch (e) {
    cluster.stop();
    throw e;
  }
  return {
    cluster,
    connection: {
      host: '127.0.0.1',
      port: cluster.port,
      database: DATABASE,
      roleName: 'deskbook_ho',
      password: HO_PASSWORD,
    },
    stop: () => cluster.stop(),
  };
}

function must<C extends ChannelName>(core: Core, client: string, channel: C, input?: Input<C>) {
  const r = core.dispatch(channel, input, client);
  if (!r.ok) throw new Error(`head-office demo: ${channel} failed: ${r.error.message}`);
  return r.data;
}

/** The head-office PC's vault: set up as 总部, its supervisors, connected to the chain. */
export function seedHeadOfficeDemo(core: Core, chain: HeadOfficeChain): void {
  const client = 'demo-seed';
  must(core, client, 'vault.setup', {
    siteName: HQ_DEMO_SITE,
    language: 'zh-CN',
    siteProfile: 'headOffice',
    admin: {
      username: DEMO_ADMIN.username,
      displayName: DEMO_ADMIN.displayName,
      pin: DEMO_ADMIN.pin,
    },
  });
  must(core, client, 'auth.login', { username: DEMO_ADMIN.username, pin: DEMO_ADMIN.pin });
  for (const s of HQ_DEMO_STAFF)
    must(core, client, 'staff.create', {
      username: s.username,
      displayName: s.displayName,
      role: s.role,
      pin: s.pin,
    });
  must(core, client, 'hq.updateSettings', chain.connection);
  must(core, client, 'auth.logout');
}
