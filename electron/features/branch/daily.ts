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
 * hands over after midnight) and no handover of it waits for the incoming signature (whose
 * flags count in the day's figures); a day left so for longer does not hold the days back.
 */
function dayClosed(db: Db, day: string, today: string): boolean {
  if (day < addDays(today, -1)) return true;
  const waiting = db
    .prepare(
      `SELECT (SELECT count(*) FROM shifts
                WHERE business_date = @day AND status IN ('opening', 'open'))
            + (SELECT count(*) FROM handovers h
                WHERE h.business_date = @day AND h.outgoing_signed_at IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM handover_receipts r WHERE r.handover_id = h.id))`,
    )
    .pluck()
    .get({ day }) as number;
  return waiting === 0;
}

function dayPeriod(day: string): ReportPeriod {
  return { kind: 'day', from: day, to: day, days: 1 };
}

/**
 * The audit seqs head office already holds a hash for: those of the last auditHead bundle and
 * of every handover signed since (each carries the head it was signed with).
 */
function anchoredSeqs(db: Db): number[] {
  const rows = db
    .prepare(
      `SELECT kind, body_json FROM outbox
        WHERE seq >= coalesce((SELECT max(seq) FROM outbox WHERE kind = 'auditHead'), 0)
          AND kind IN ('auditHead', 'handover')
        ORDER BY seq`,
    )
    .all() as { kind: string; body_json: string }[];
  const seqs = new Set<number>();
  for (const row of rows) {
    const body = (JSON.parse(row.body_json) as { body: Record<string, unknown> }).body;
    const seq = row.kind === 'auditHead' ? body.seq : body.auditSeq;
    if (typeof seq === 'number' && seq > 0) seqs.add(seq);
  }
  return [...seqs].sort((a, b) => a - b);
}

/**
 * The chain head now, and the hash now at each seq head office already holds: each row's hash
 * covers every row before it, so a log rewritten (and re-chained) below an anchor shows there
 * as a different hash at head office's anchor check, and a truncated one as null.
 */
function auditHeadBody(db: Db): Record<string, unknown> {
  const head = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined;
  const at = db.prepare('SELECT hash FROM audit_log WHERE seq = ?').pluck();
  const recheck = anchoredSeqs(db).map((seq) => ({
    seq,
    hash: (at.get(seq) as string | undefined) ?? null,
  }));
  return head
    ? { seq: head.seq, hash: head.hash, fingerprint: fingerprint(head.hash), recheck }
    : { seq: 0, hash: null, fingerprint: null, recheck };
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
