import type { ReportFigures, ReportPeriod, ReportView } from '../../../shared/contract/reportViews';
import { previousPeriod } from '../../../shared/domain/reportPeriod';
import { businessDate } from '../../../shared/domain/time';
import type { Db } from '../../db/types';
import { modulesInUse } from '../settings';
import { checkInFigures } from './checkInSection';
import { callFigures } from './callSection';
import { complaintFigures } from './complaintSection';
import { deskFigures } from './deskSection';
import { followUpFigures } from './followUpSection';
import { handoverFigures } from './handoverSection';
import { occupancyFigures } from './occupancySection';
import { queueFigures } from './queueSection';
import { periodDays, type PeriodDays } from './reportDays';
import { cardSales, cashFigures } from './salesSection';
import { visitorFigures } from './visitorSection';

type Section = (db: Db, p: PeriodDays, now: number) => Partial<ReportFigures>;

/** One query module per section; each reads its own records of the period's span. */
const SECTIONS: Section[] = [
  (db, p, now) => ({ checkIns: checkInFigures(db, p, now) }),
  (db, p, now) => ({ occupancy: occupancyFigures(db, p, now) }),
  (db, p) => ({ visitors: visitorFigures(db, p) }),
  (db, p) => ({ cardsSold: cardSales(db, p) }),
  (db, p) => ({ phoneInquiries: callFigures(db, p) }),
  (db, p) => ({ queue: queueFigures(db, p) }),
  (db, p) => ({ complaints: complaintFigures(db, p) }),
  (db, p, now) => ({ followUps: followUpFigures(db, p, businessDate(now)) }),
  (db, p, now) => ({ desk: deskFigures(db, p, now) }),
  (db, p) => ({ cash: cashFigures(db, p) }),
  (db, p, now) => ({ handovers: handoverFigures(db, p, now) }),
];

/** Sections done of all (both periods), for the job's progress. */
export type SectionProgress = (done: number, total: number) => void;

export function reportFigures(
  db: Db,
  period: ReportPeriod,
  now: number,
  progress: () => void = () => {},
): ReportFigures {
  const days = periodDays(db, period);
  const out: Partial<ReportFigures> = {};
  for (const section of SECTIONS) {
    Object.assign(out, section(db, days, now));
    progress();
  }
  return out as ReportFigures;
}

/** The report and its previous period, read in one snapshot so both see the same records. */
export function buildReport(
  db: Db,
  period: ReportPeriod,
  now: number,
  progress: SectionProgress = () => {},
): ReportView {
  const total = SECTIONS.length * 2;
  let done = 0;
  const step = () => progress(++done, total);
  const previous = previousPeriod(period);
  return db.transaction(() => ({
    period,
    previousPeriod: previous,
    current: reportFigures(db, period, now, step),
    previous: reportFigures(db, previous, now, step),
    generatedAt: now,
    modules: [...modulesInUse(db)],
  }))();
}
