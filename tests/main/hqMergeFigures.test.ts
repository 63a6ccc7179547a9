import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { HqReportView } from '../../shared/contract/hqViews';
import type { ReportFigures, ReportPeriod } from '../../shared/contract/reportViews';
import { addDays, daysBetween } from '../../shared/domain/time';
import { reportFigures } from '../../electron/features/reports';
import { workbookBytes } from '../../electron/files/workbook';
import {
  emptyReportFigures,
  mergeReportFigures,
  type BranchDayFigures,
} from '../../electron/headOffice/mergeFigures';
import { hqReportSheets } from '../../electron/headOffice/hqReportSheets';
import { at, complaint, seededMonth, type SeededMonth } from '../helpers/reportFixtures';
import { createTestVault } from '../helpers/testVault';

// Three business days of the seeded month: shifts on each (a late shift handed over at 00:50
// on 1 December, a flagged handover, a cash variance), before which no conversion crosses a day.
const FROM = '2026-11-29';
const TO = '2026-12-01';
const DAYS = [FROM, '2026-11-30', TO];

const period = (from: string, to: string): ReportPeriod => ({
  kind: from === to ? 'day' : 'range',
  from,
  to,
  days: daysBetween(from, to) + 1,
});

/** The second branch: the same desk with its own extra records on the three days. */
function secondBranch(): SeededMonth {
  const v = seededMonth();
  const { r, staff } = v;
  const db = v.db();
  r.checkIn(at('2026-11-30', 11, 30), 'female');
  r.checkIn(at('2026-12-01', 10, 30), 'male');
  r.visitor(at('2026-11-29', 14), { trial: true });
  r.visitor(at('2026-12-01', 13), { consultant: staff.duty });
  r.cardSale(at('2026-12-01', 11), '季卡', 3);
  r.cardSale(at('2026-11-30', 12), '年卡', 2);
  r.ticket(at('2026-11-30', 16, 30), 9);
  r.call(at('2026-11-30', 17));
  r.tagLost(at('2026-12-01', 14), '31');
  complaint(db, r, staff.reception, {
    receivedAt: at('2026-11-29', 11),
    responded: [at('2026-11-29', 11, 20), 20],
    resolved: [at('2026-11-30', 10), 900],
    score: ['2026-12-01', 5],
  });
  complaint(db, r, staff.reception, {
    receivedAt: at('2026-12-01', 10),
    category: 'hygiene',
    responded: [at('2026-12-01', 10, 10), 10],
    resolved: [at('2026-12-01', 11), 50],
  });
  return v;
}

/** What head office receives: the branch's own report of each day, as its day bundle. */
function dayBundles(v: SeededMonth, siteId: string): BranchDayFigures[] {
  return DAYS.map((date) => ({
    siteId,
    date,
    figures: reportFigures(v.db(), period(date, date), v.clock.ms),
  }));
}

const ownReport = (v: SeededMonth) => reportFigures(v.db(), period(FROM, TO), v.clock.ms);

function added<T extends object>(a: T, b: T): T {
  const out: Record<string, number> = {};
  for (const [k, n] of Object.entries(a)) out[k] = (n as number) + (b[k as keyof T] as number);
  return out as T;
}

function countsBy<T>(rows: T[], key: (r: T) => string, count: (r: T) => number) {
  const out: Record<string, number> = {};
  for (const r of rows) out[key(r)] = (out[key(r)] ?? 0) + count(r);
  return out;
}

function chain() {
  const a = seededMonth();
  const b = secondBranch();
  const days = [...dayBundles(a, 'site-a'), ...dayBundles(b, 'site-b')];
  return {
    a: ownReport(a),
    b: ownReport(b),
    days,
    merged: mergeReportFigures(days, FROM, TO),
  };
}

describe('head office: branch-days merged into the chain report', () => {
  it("equals the sum of the branches' own reports for the same days (additive figures)", () => {
    const { a, b, merged: m } = chain();
    // The fixture has something in every section that is summed.
    for (const f of [a, b]) {
      expect(f.checkIns.gender.total).toBeGreaterThan(0);
      expect(f.handovers.flagged).toBeGreaterThan(0);
      expect(f.cash.varianceCents).not.toBe(0);
      expect(f.cash.takingsCents).toBeGreaterThan(0);
    }
    expect(b.complaints.resolved).toBeGreaterThan(a.complaints.resolved);

    expect(m.checkIns.gender).toEqual(added(a.checkIns.gender, b.checkIns.gender));
    expect(m.checkIns.heat).toEqual(
      a.checkIns.heat.map((row, w) => row.map((n, h) => n + b.checkIns.heat[w]![h]!)),
    );
    expect(m.checkIns.byDay).toEqual(
      a.checkIns.byDay.map((d, i) => ({
        date: d.date,
        count: d.count + b.checkIns.byDay[i]!.count,
      })),
    );
    const hours = Array.from({ length: 24 }, (_, h) =>
      m.checkIns.heat.reduce((n, r) => n + r[h]!, 0),
    );
    const top = Math.max(...hours);
    expect(m.checkIns.peakHour).toEqual({ hour: hours.indexOf(top), count: top });

    const visitorTotals = ({ total, trials, converted }: ReportFigures['visitors']) => ({
      total,
      trials,
      converted,
    });
    expect(visitorTotals(m.visitors)).toEqual(
      added(visitorTotals(a.visitors), visitorTotals(b.visitors)),
    );
    expect(m.visitors.conversionRate).toBe(m.visitors.converted / m.visitors.total);
    // Both vaults number their staff alike: each branch's consultants are still listed apart.
    expect(m.visitors.byConsultant).toHaveLength(
      a.visitors.byConsultant.length + b.visitors.byConsultant.length,
    );
    expect(m.visitors.byConsultant).toEqual(
      expect.arrayContaining([...a.visitors.byConsultant, ...b.visitors.byConsultant]),
    );

    const types = (f: ReportFigures) => f.cardsSold.byType;
    expect(
      countsBy(
        types(m),
        (t) => t.cardType,
        (t) => t.count,
      ),
    ).toEqual(
      countsBy(
        [...types(a), ...types(b)],
        (t) => t.cardType,
        (t) => t.count,
      ),
    );
    expect(types(m).map((t) => t.count)).toEqual(
      types(m)
        .map((t) => t.count)
        .sort((x, y) => y - x),
    );
    expect(m.cardsSold.count).toBe(a.cardsSold.count + b.cardsSold.count);
    expect(m.cardsSold.cents).toBe(a.cardsSold.cents + b.cardsSold.cents);
    expect(m.phoneInquiries).toBe(a.phoneInquiries + b.phoneInquiries);
    expect(m.queue.served).toBe(a.queue.served + b.queue.served);

    const c = (f: ReportFigures) => ({
      opened: f.complaints.opened,
      resolved: f.complaints.resolved,
      escalations: f.complaints.escalations,
      satisfactionCount: f.complaints.satisfactionCount,
    });
    expect(c(m)).toEqual(added(c(a), c(b)));
    const cats = (f: ReportFigures) => f.complaints.byCategory;
    expect(cats(m)).toEqual(
      Object.entries(
        countsBy(
          [...cats(a), ...cats(b)],
          (x) => x.category,
          (x) => x.count,
        ),
      )
        .map(([category, count]) => ({ category, count }))
        .sort((x, y) => y.count - x.count || x.category.localeCompare(y.category)),
    );
    expect(m.followUps).toEqual(added(a.followUps, b.followUps));
    expect(m.desk).toEqual(added(a.desk, b.desk));
    expect(m.cash).toEqual(added(a.cash, b.cash));
    expect(m.handovers).toEqual(added(a.handovers, b.handovers));
  });

  it('weights the means by what they average over, close to the branches’ own means', () => {
    const { a, b, merged: m } = chain();
    const mean = (pairs: [number | null, number][]) => {
      const some = pairs.filter(([v, w]) => v !== null && w > 0) as [number, number][];
      const w = some.reduce((n, [, x]) => n + x, 0);
      return some.reduce((n, [v, x]) => n + v * x, 0) / w;
    };
    const wait = mean([
      [a.queue.averageWaitSeconds, a.queue.served],
      [b.queue.averageWaitSeconds, b.queue.served],
    ]);
    // The days' averages are rounded to the second, the branches' to the second too.
    expect(Math.abs(m.queue.averageWaitSeconds! - wait)).toBeLessThanOrEqual(1);
    const resolution = mean([
      [a.complaints.averageResolutionMinutes, a.complaints.resolved],
      [b.complaints.averageResolutionMinutes, b.complaints.resolved],
    ]);
    expect(Math.abs(m.complaints.averageResolutionMinutes! - resolution)).toBeLessThanOrEqual(0.1);
    expect(m.complaints.satisfactionAverage).toBe(b.complaints.satisfactionAverage);
  });

  it('occupancy: each branch’s mean over its days, summed; peaks the highest branch-day', () => {
    const { days, merged: m } = chain();
    for (const hour of [10, 19]) {
      const meanOf = (site: string) => {
        const own = days.filter((d) => d.siteId === site);
        return own.reduce((n, d) => n + d.figures.occupancy.byHour[hour]!.average, 0) / own.length;
      };
      const chainAverage = Math.round((meanOf('site-a') + meanOf('site-b')) * 10) / 10;
      expect(m.occupancy.byHour[hour]!.average).toBe(chainAverage);
      expect(m.occupancy.byHour[hour]!.peak).toBe(
        Math.max(...days.map((d) => d.figures.occupancy.byHour[hour]!.peak)),
      );
    }
    expect(m.occupancy.byHour[10]!.average).toBeGreaterThan(0);
    expect(m.occupancy.peak?.count).toBe(
      Math.max(...days.map((d) => d.figures.occupancy.peak?.count ?? 0)),
    );
  });
});
