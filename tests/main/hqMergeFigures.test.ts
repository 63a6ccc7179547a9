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

/** A day report with only the given figures (the rest as an empty day). */
function day(siteId: string, date: string, set: (f: ReportFigures) => void): BranchDayFigures {
  const figures = emptyReportFigures(date, date);
  set(figures);
  return { siteId, date, figures };
}

describe('head office: the means and the empty period', () => {
  it('is what a branch reports for a period with no records', () => {
    const v = createTestVault();
    // Before the vault existed (no shift could be due) and a week long, a month boundary inside.
    for (const [from, to] of [
      ['2026-10-28', '2026-11-03'],
      ['2026-11-05', '2026-11-05'],
    ] as const) {
      const branch = reportFigures(v.core.db!, period(from, to), v.clock.ms);
      expect(emptyReportFigures(from, to)).toEqual(branch);
      expect(mergeReportFigures([], from, to)).toEqual(branch);
    }
    const week = emptyReportFigures('2026-10-28', '2026-11-03');
    expect(week.checkIns.byDay.map((d) => d.date)).toEqual([
      '2026-10-28',
      '2026-10-29',
      '2026-10-30',
      '2026-10-31',
      '2026-11-01',
      '2026-11-02',
      '2026-11-03',
    ]);
    expect(week.occupancy.byHour).toHaveLength(24);
    expect(week.checkIns.heat).toEqual(Array.from({ length: 7 }, () => new Array(24).fill(0)));
  });

  it('weights waits by tickets served, resolution by cases resolved, scores by their count', () => {
    const merged = mergeReportFigures(
      [
        day('s1', '2026-11-29', (f) => {
          f.queue = { served: 3, averageWaitSeconds: 60, p90WaitSeconds: 100 };
          f.complaints.resolved = 1;
          f.complaints.averageResolutionMinutes = 100;
          f.complaints.satisfactionCount = 3;
          f.complaints.satisfactionAverage = 5;
        }),
        day('s2', '2026-11-29', (f) => {
          f.queue = { served: 1, averageWaitSeconds: 200, p90WaitSeconds: 300 };
          f.complaints.resolved = 3;
          f.complaints.averageResolutionMinutes = 20;
          f.complaints.satisfactionCount = 1;
          f.complaints.satisfactionAverage = 1;
        }),
        // Nothing served or resolved: weighs nothing.
        day('s2', '2026-11-30', () => {}),
      ],
      '2026-11-29',
      '2026-11-30',
    );
    expect(merged.queue).toEqual({ served: 4, averageWaitSeconds: 95, p90WaitSeconds: 150 });
    expect(merged.complaints.resolved).toBe(4);
    expect(merged.complaints.averageResolutionMinutes).toBe(40);
    expect(merged.complaints.satisfactionAverage).toBe(4);
    expect(merged.complaints.satisfactionCount).toBe(4);
  });

  it('weights first responses by cases opened, a day that only answered older cases as one', () => {
    const merged = mergeReportFigures(
      [
        day('s1', '2026-11-29', (f) => {
          f.complaints.opened = 3;
          f.complaints.averageFirstResponseMinutes = 10;
        }),
        day('s1', '2026-11-30', (f) => {
          f.complaints.averageFirstResponseMinutes = 50;
        }),
      ],
      '2026-11-29',
      '2026-11-30',
    );
    expect(merged.complaints.averageFirstResponseMinutes).toBe(20);
    expect(mergeReportFigures([], '2026-11-29', '2026-11-29').complaints).toMatchObject({
      averageFirstResponseMinutes: null,
      averageResolutionMinutes: null,
      satisfactionAverage: null,
    });
  });

  it('conversion is converted over visitors; days outside the period are left out', () => {
    const merged = mergeReportFigures(
      [
        day('s1', '2026-11-29', (f) => {
          f.visitors = { ...f.visitors, total: 3, trials: 1, converted: 1 };
        }),
        day('s2', '2026-11-29', (f) => {
          f.visitors = { ...f.visitors, total: 1, trials: 1, converted: 1 };
        }),
        day('s2', '2026-11-30', (f) => {
          f.visitors = { ...f.visitors, total: 5, converted: 5 };
        }),
      ],
      '2026-11-29',
      '2026-11-29',
    );
    expect(merged.visitors).toMatchObject({
      total: 4,
      trials: 2,
      converted: 2,
      conversionRate: 0.5,
    });
    expect(merged.checkIns.byDay).toEqual([{ date: '2026-11-29', count: 0 }]);
  });

  it('occupancy peak: the highest branch-day, the earliest of equals', () => {
    const merged = mergeReportFigures(
      [
        day('s1', '2026-11-29', (f) => (f.occupancy.peak = { count: 4, at: 2000 })),
        day('s2', '2026-11-29', (f) => (f.occupancy.peak = { count: 4, at: 1000 })),
        day('s2', '2026-11-30', (f) => (f.occupancy.peak = { count: 2, at: 500 })),
      ],
      '2026-11-29',
      '2026-11-30',
    );
    expect(merged.occupancy.peak).toEqual({ count: 4, at: 1000 });
  });
});

describe('head office: the cross-branch report as sheets', () => {
  function view(): HqReportView {
    const a = seededMonth();
    const b = secondBranch();
    const own = [dayBundles(a, 'site-a'), dayBundles(b, 'site-b')];
    const previous = period(addDays(FROM, -3), addDays(FROM, -1));
    return {
      period: period(FROM, TO),
      previousPeriod: previous,
      current: mergeReportFigures(own.flat(), FROM, TO),
      previous: emptyReportFigures(previous.from, previous.to),
      generatedAt: a.clock.ms,
      modules: [],
      branches: [
        {
          siteId: 'site-a',
          name: '一店',
          daysReported: 3,
          figures: mergeReportFigures(own[0]!, FROM, TO),
        },
        {
          siteId: 'site-b',
          name: '二店',
          daysReported: 3,
          figures: mergeReportFigures(own[1]!, FROM, TO),
        },
      ],
    };
  }

  it("is the branch report's sheets, then one row per branch, in zh-CN and en", async () => {
    const v = view();
    const zh = hqReportSheets(v, 'zh-CN');
    expect(zh.map((s) => s.name)).toEqual([
      '汇总',
      '每日入场',
      '入场热力图',
      '在场人数',
      '顾问转化',
      '售卡',
      '投诉',
      '现金',
      '分店',
    ]);
    const en = hqReportSheets(v, 'en');
    expect(en.at(-1)!.name).toBe('Branches');
    expect(en.at(-1)!.columns.map((c) => c.header)).toEqual([
      'Branch',
      'Site ID',
      'Days reported',
      'Check-ins',
      'Visitors',
      'Cards sold',
      'Card sales',
      'Cash takings',
      'Cash variance',
      'Handovers due',
      'Handovers signed',
      'Handovers missing',
      'Handovers flagged',
      'Complaints received',
    ]);
    const rowOf = (b: HqReportView['branches'][number]) => [
      b.name,
      b.siteId,
      3,
      b.figures.checkIns.gender.total,
      b.figures.visitors.total,
      b.figures.cardsSold.count,
      b.figures.cardsSold.cents,
      b.figures.cash.takingsCents,
      b.figures.cash.varianceCents,
      b.figures.handovers.expected,
      b.figures.handovers.signed,
      b.figures.handovers.missing,
      b.figures.handovers.flagged,
      b.figures.complaints.opened,
    ];
    expect(zh.at(-1)!.rows).toEqual(v.branches.map(rowOf));
    // The chain's summary is the merged figures: check-ins of both branches.
    const checkIns = zh[0]!.rows.find((r) => r[0] === '入场人次')!;
    expect(checkIns[1]).toBe(
      v.branches[0]!.figures.checkIns.gender.total + v.branches[1]!.figures.checkIns.gender.total,
    );

    // In the file, money cells are yuan.
    const sheets = await readXlsxFile(await workbookBytes(zh));
    const branches = sheets.find((s) => s.sheet === '分店')!.data;
    expect(branches[0]![0]).toBe('分店名称');
    const second = v.branches[1]!.figures;
    expect(branches[2]!.slice(0, 2)).toEqual(['二店', 'site-b']);
    expect(branches[2]![7]).toBe(second.cash.takingsCents / 100);
    expect(branches[2]![8]).toBe(second.cash.varianceCents / 100);
    expect(second.cash.takingsCents).toBeGreaterThan(0);
  });
});
