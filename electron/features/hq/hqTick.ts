import type { AppEnv } from '../../ipc/context';
import type { JobOwner } from '../../jobs';
import { isHeadOffice } from '../settings';
import { hqConnection, lastCheckAt } from './hqConfig';
import { verifyJob } from './hqJobs';

const SYSTEM: JobOwner = { clientId: 'system', staffId: null, staffName: '' };
/** Core's tick checks what branches sent this often at a head office (and the board on open). */
export const VERIFY_EVERY_MINUTES = 5;

/** From Core's tick at a head-office PC: the bundles that arrived since the last check. */
export function hqVerifyTick(env: AppEnv): void {
  const db = env.db();
  if (!db || !isHeadOffice(db) || env.jobs.runningOn('hq', 'verify')) return;
  const now = env.now();
  if (!db.prepare('SELECT 1 FROM hq_config WHERE id = 1').get()) return;
  if (!hqConnection(db, now)) return;
  const last = lastCheckAt(db);
  if (last !== null && now - last < VERIFY_EVERY_MINUTES * 60_000) return;
  env.jobs.start(env.ids(), SYSTEM, verifyJob(env, false));
}
