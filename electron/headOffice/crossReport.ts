import type { Pool } from 'pg';
import { byBranchName } from './branchOrder';
import type { HqReportView } from '../../shared/contract/hqViews';
import type { ReportFigures, ReportPeriod } from '../../shared/contract/reportViews';
import { MODULES } from '../../shared/domain/modules';
import { previousPeriod } from '../../shared/domain/reportPeriod';
import { REPORT_DAYS_SQL } from './boardQueries';
import { mergeReportFigures } from './mergeFigures';

interface DayRow {
  site_id: string;
  day: string;
  figures: ReportFigures;
}

type BranchDay = { siteId: string; date: string; figures: ReportFigures };

async function branchDays(pool: Pool, p: ReportPeriod): Promise<BranchDay[]> {
  const rows = await pool.query<DayRow>(REPORT_DAYS_SQL, [p.from, p.to]);
  return rows.rows.map((r) => ({ siteId: r.site_id, date: r.day, figures: r.figures }));
}

/**
 * 跨店报表: the day reports every branch sent for the period, summed into one report of the
 * chain (with the previous period, as a branch's report has) and one per branch. A day a
 * branch has not sent counts as nothing; `daysReported` says how many came.
 */
export async function readCrossReport(
  pool: Pool,
  period: ReportPeriod,
  now: number,
): Promise<HqReportView> {
  const previous = previousPeriod(period);
  const [current, before, names] = await Promise.all([
    branchDays(pool, period),
    branchDays(pool, previous),
    pool.query<{ site_id: string; name: string }>(
      'SELECT site_id, name FROM branches ORDER BY name',
    ),
  ]);
  return {
    period,
    previousPeriod: previous,
    current: mergeReportFigures(current, period.from, period.to),
    previous: mergeReportFigures(before, previous.from, previous.to),
    generatedAt: now,
    modules: [...MODULES],
    branches: [...names.rows].sort(byBranchName).map((b) => {
      const own = current.filter((d) => d.siteId === b.site_id);
      return {
        siteId: b.site_id,
        name: b.name,
        daysReported: own.length,
        figures: mergeReportFigures(own, period.from, period.to),
      };
    }),
  };
}
