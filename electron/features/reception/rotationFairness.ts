import type {
  FairnessRow,
  GenderCounts,
  ReceptionDayCounts,
} from '../../../shared/contract/receptionViews';
import { today } from '../../ipc/context';
import { listConsultantDays } from './receptionQueries';
import { getStaff } from '../staff';
import type { Db } from '../../db/types';
import type { Handlers } from '../../ipc/handler';

type Counter = Omit<FairnessRow, 'staffId' | 'displayName' | 'signedIn'>;

function countBy(db: Db, sql: string, day: string): { id: string; n: number }[] {
  return db.prepare(sql).all(day) as { id: string; n: number }[];
}

/** Received, passed on, missed, got by a pass and calls, per consultant for one day. */
export function fairnessOf(db: Db, day: string): FairnessRow[] {
  const signedIn = listConsultantDays(db, day).map((r) => r.staff_id);
  const rows = new Map<string, Counter>();
  const bump = (list: { id: string; n: number }[], key: keyof Counter) => {
    for (const { id, n } of list) {
      const row = rows.get(id) ?? { received: 0, passedOn: 0, missed: 0, gotByPass: 0, calls: 0 };
      row[key] += n;
      rows.set(id, row);
    }
  };
  bump(
    signedIn.map((id) => ({ id, n: 0 })),
    'received',
  );
  bump(
    countBy(
      db,
      `SELECT confirmed_by AS id, count(*) AS n FROM visitors
       WHERE business_date = ? AND confirmed_by IS NOT NULL GROUP BY confirmed_by`,
      day,
    ),
    'received',
  );
  const passes = `SELECT from_staff AS id, count(*) AS n FROM visitor_passes
    WHERE business_date = ? AND from_staff IS NOT NULL AND reason %s GROUP BY from_staff`;
  bump(countBy(db, passes.replace('%s', "= 'timeout'"), day), 'missed');
  bump(countBy(db, passes.replace('%s', "IN ('out','manual')"), day), 'passedOn');
  bump(
    countBy(
      db,
      `SELECT to_staff AS id, count(*) AS n FROM visitor_passes
       WHERE business_date = ? AND to_staff IS NOT NULL GROUP BY to_staff`,
      day,
    ),
    'gotByPass',
  );
  bump(
    countBy(
      db,
      `SELECT consultant_id AS id, count(*) AS n FROM calls
       WHERE business_date = ? AND consultant_id IS NOT NULL GROUP BY consultant_id`,
      day,
    ),
    'calls',
  );
  const order = (id: string) => {
    const i = signedIn.indexOf(id);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...rows.entries()]
    .map(([staffId, c]) => ({
      staffId,
      displayName: getStaff(db, staffId)?.display_name ?? '',
      signedIn: signedIn.includes(staffId),
      ...c,
    }))
    .sort((a, b) => order(a.staffId) - order(b.staffId) || a.staffId.localeCompare(b.staffId));
}

function genderCounts(db: Db, day: string, trialsOnly: boolean): GenderCounts {
  const counts: GenderCounts = { total: 0, female: 0, male: 0, unspecified: 0 };
  const rows = db
    .prepare(
      `SELECT coalesce(gender, 'unspecified') AS gender, count(*) AS n FROM visitors
       WHERE business_date = ? ${trialsOnly ? 'AND trial = 1' : ''} GROUP BY 1`,
    )
    .all(day) as { gender: 'female' | 'male' | 'unspecified'; n: number }[];
  for (const r of rows) {
    counts[r.gender] += r.n;
    counts.total += r.n;
  }
  return counts;
}

export function receptionDayCounts(db: Db, day: string): ReceptionDayCounts {
  return {
    businessDate: day,
    visitors: genderCounts(db, day, false),
    trials: genderCounts(db, day, true),
    phoneInquiries: db
      .prepare('SELECT count(*) FROM calls WHERE business_date = ?')
      .pluck()
      .get(day) as number,
  };
}

export const rotationReportHandlers: Pick<Handlers, 'fairness.today' | 'reception.dayCounts'> = {
  'fairness.today': (ctx, input) => {
    const day = input?.businessDate ?? today(ctx);
    return { businessDate: day, consultants: fairnessOf(ctx.db, day) };
  },
  'reception.dayCounts': (ctx, input) =>
    receptionDayCounts(ctx.db, input?.businessDate ?? today(ctx)),
};
