import type { ReportPeriod } from '../../../shared/contract/reportViews';
import { addDays, businessDate } from '../../../shared/domain/time';
import type { Db } from '../../db/types';
import type { IdSource } from '../../db/ids';
import { fingerprint } from '../../audit/chain';
import { recentRuns } from '../backups';
import { reportFigures } from '../reports';
import { readIdentity } from './identity';
import { appendBundle, lastBundleDay } from './outbox';

/** A branch off for weeks catches up a month at a time, so one tick stays short. */
const CATCH_UP_DAYS = 31;

/**
 * A past business day is closed once none of its shifts is still at work (a night shift
 * hands over after midnight); a shift left open for longer does not hold the days back.
 */
function dayClosed(db: Db, day: string, today: string): boolean {
  if (day < addDays(today, -1)) return true;
  const open = db
    .prepare(
      "SELECT count(*) FROM shifts WHERE business_date = ? AND status IN ('opening', 'open')",
    )
    .pluck()
    .get(day) as number;
  return open === 0;
}

function dayPeriod(day: string): ReportPeriod {
  return { kind: 'day', from: day, to: day, days: 1 };
}

function auditHeadBody(db: Db): Record<string, unknown> {
  const head = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined;
  return head
    ? { seq: head.seq, hash: head.hash, fingerprint: fingerprint(head.hash) }
    : { seq: 0, hash: null, fingerprint: null };
}

function backupStatusBody(db: Db): Record<string, unknown> {
  const backups = recentRuns(db, 200).filter((r) => r.kind === 'backup');
  const last = backups[0] ?? null;
  const lastOk = backups.find((r) => r.outcome === 'ok') ?? null;
  return {
    lastOkAt: lastOk?.at ?? null,
    lastAt: last?.at ?? null,
    lastOutcome: last?.outcome ?? null,
    lastTarget: last?.target ?? null,
  };
}

/**
 * Core's tick: for each closed business day since the last one sent (from the day the
 * branch got its identity), that day's report figures, the audit head and the backup
 * status, once each. Nothing before the branch has an identity: there is no head office yet.
 * Returns how many days were added.
 */
export function addDailyBundles(db: Db, now: number, ids: IdSource): number {
  const identity = readIdentity(db);
  if (!identity) return 0;
  const today = businessDate(now);
  const last = lastBundleDay(db, 'dayFigures');
  let day = last ? addDays(last, 1) : businessDate(identity.createdAt);
  let added = 0;
  while (day < today && added < CATCH_UP_DAYS && dayClosed(db, day, today)) {
    const figures = reportFigures(db, dayPeriod(day), now);
    appendBundle(db, now, ids, { kind: 'dayFigures', businessDate: day, body: { figures } });
    appendBundle(db, now, ids, { kind: 'auditHead', businessDate: day, body: auditHeadBody(db) });
    appendBundle(db, now, ids, {
      kind: 'backupStatus',
      businessDate: day,
      body: backupStatusBody(db),
    });
    added += 1;
    day = addDays(day, 1);
  }
  return added;
}
