import type {
  CardSales,
  CheckInFigures,
  ComplaintFigures,
  ConsultantConversion,
  OccupancyFigures,
  QueueFigures,
  ReportFigures,
  VisitorFigures,
} from '../../shared/contract/reportViews';
import { addDays } from '../../shared/domain/time';

/** One branch's day report as head office holds it (the body of its `dayFigures` bundle). */
export interface BranchDayFigures {
  siteId: string;
  date: string;
  figures: ReportFigures;
}

const total = <T>(rows: T[], pick: (row: T) => number) => rows.reduce((n, r) => n + pick(r), 0);
const oneDecimal = (n: number) => Math.round(n * 10) / 10;
const twoDecimals = (n: number) => Math.round(n * 100) / 100;

/** Σ of each named field over the rows (the sections' plain counts). */
function addUp<K extends string>(rows: Record<K, number>[], keys: readonly K[]) {
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = total(rows, (r) => r[k]);
  return out;
}

/** Σ value × weight / Σ weight over the days that have a value; null when none weighs. */
function weightedMean(
  pairs: [value: number | null, weight: number][],
  round: (n: number) => number,
): number | null {
  let weight = 0;
  let sum = 0;
  for (const [value, w] of pairs) {
    if (value === null || w <= 0) continue;
    weight += w;
    sum += value * w;
  }
  return weight > 0 ? round(sum / weight) : null;
}

/** Counts summed by key, in first-seen order (the caller sorts as its section does). */
function sumBy<T>(rows: T[], key: (r: T) => string, count: (r: T) => number) {
  const out = new Map<string, number>();
  for (const r of rows) out.set(key(r), (out.get(key(r)) ?? 0) + count(r));
  return out;
}

function checkIns(days: BranchDayFigures[], from: string, to: string): CheckInFigures {
  const all = days.map((d) => d.figures.checkIns);
  const heat = Array.from({ length: 7 }, (_, w) =>
    Array.from({ length: 24 }, (_, h) => total(all, (c) => c.heat[w]?.[h] ?? 0)),
  );
  // As checkInSection: the hour with the most check-ins over all weekdays, the first on a tie.
  const hours = Array.from({ length: 24 }, (_, h) => total(heat, (row) => row[h]!));
  const top = Math.max(...hours);
  const byDate = sumBy(
    all.flatMap((c) => c.byDay),
    (d) => d.date,
    (d) => d.count,
  );
  const dates: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) dates.push(d);
  return {
    gender: addUp(
      all.map((c) => c.gender),
      ['female', 'male', 'unknown', 'total'],
    ),
    heat,
    peakHour: top > 0 ? { hour: hours.indexOf(top), count: top } : null,
    byDay: dates.map((date) => ({ date, count: byDate.get(date) ?? 0 })),
  };
}

/**
 * Not exactly mergeable from day reports (each day's sweep ends at its own end, so a stay
 * across midnight is cut, and the chain's people at once would need the raw times):
 * - byHour average: each branch's mean over the days it reported, summed over branches —
 *   the chain's people on site at that hour on a typical day;
 * - byHour peak and the peak: the highest single branch-day (earliest on a tie, as the
 *   section keeps the first), not the chain's people on site at once.
 */
function occupancy(days: BranchDayFigures[]): OccupancyFigures {
  const bySite = new Map<string, OccupancyFigures[]>();
  for (const d of days)
    bySite.set(d.siteId, [...(bySite.get(d.siteId) ?? []), d.figures.occupancy]);
  const sites = [...bySite.values()];
  const all = days.map((d) => d.figures.occupancy);
  let peak: OccupancyFigures['peak'] = null;
  for (const p of all.map((o) => o.peak)) {
    if (p && (!peak || p.count > peak.count || (p.count === peak.count && p.at < peak.at)))
      peak = p;
  }
  return {
    byHour: Array.from({ length: 24 }, (_, hour) => ({
      hour,
      average: oneDecimal(
        total(sites, (site) => total(site, (o) => o.byHour[hour]?.average ?? 0) / site.length),
      ),
      peak: Math.max(0, ...all.map((o) => o.byHour[hour]?.peak ?? 0)),
    })),
    peak,
  };
}

/**
 * Consultants are a branch's staff, so each is listed per branch (site and staff id). A
 * visitor counts as converted if they bought by the end of their own day: the day report
 * was made then, so a purchase on a later day (which the branch's own report of a longer
 * period counts) never reaches head office.
 */
function visitors(days: BranchDayFigures[]): VisitorFigures {
  const totals = addUp(
    days.map((d) => d.figures.visitors),
    ['total', 'trials', 'converted'],
  );
  const per = new Map<string, ConsultantConversion>();
  for (const d of days)
    for (const c of d.figures.visitors.byConsultant) {
      const key = `${d.siteId}\u0000${c.staffId}`;
      const row = per.get(key) ?? { ...c, visitors: 0, trials: 0, converted: 0 };
      row.visitors += c.visitors;
      row.trials += c.trials;
      row.converted += c.converted;
      per.set(key, row);
    }
  return {
    ...totals,
    conversionRate: totals.total > 0 ? totals.converted / totals.total : null,
    byConsultant: [...per.values()].sort(
      (a, b) => b.visitors - a.visitors || a.name.localeCompare(b.name),
    ),
  };
}

function cardsSold(all: CardSales[]): CardSales {
  const rows = all.flatMap((c) => c.byType);
  const counts = sumBy(
    rows,
    (t) => t.cardType,
    (t) => t.count,
  );
  const cents = sumBy(
    rows,
    (t) => t.cardType,
    (t) => t.cents,
  );
  const byType = [...counts.entries()]
    .map(([cardType, count]) => ({ cardType, count, cents: cents.get(cardType) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.cardType.localeCompare(b.cardType));
  return { byType, ...addUp(all, ['count', 'cents']) };
}

/**
 * The mean wait weighted by tickets served is exact but for the days' rounding. The p90 is
 * not mergeable without the waits: the served-weighted mean of the days' p90s approximates it.
 */
function queue(all: QueueFigures[]): QueueFigures {
  return {
    served: total(all, (q) => q.served),
    averageWaitSeconds: weightedMean(
      all.map((q) => [q.averageWaitSeconds, q.served]),
      Math.round,
    ),
    p90WaitSeconds: weightedMean(
      all.map((q) => [q.p90WaitSeconds, q.served]),
      Math.round,
    ),
  };
}

/**
 * Resolution minutes average the cases resolved that day, so `resolved` weighs them (exact
 * but for rounding). First-response minutes average the responses made that day, a count the
 * figures do not carry: `opened` weighs them instead (most cases are answered the day they
 * come), at least 1 so a day that only answered older cases still counts.
 */
function complaints(all: ComplaintFigures[]): ComplaintFigures {
  const byCategory = [
    ...sumBy(
      all.flatMap((c) => c.byCategory),
      (c) => c.category,
      (c) => c.count,
    ).entries(),
  ]
    .map(([category, count]) => ({ category, count }))
    .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category));
  return {
    ...addUp(all, ['opened', 'resolved', 'escalations', 'satisfactionCount']),
    averageFirstResponseMinutes: weightedMean(
      all.map((c) => [c.averageFirstResponseMinutes, Math.max(1, c.opened)]),
      oneDecimal,
    ),
    averageResolutionMinutes: weightedMean(
      all.map((c) => [c.averageResolutionMinutes, c.resolved]),
      oneDecimal,
    ),
    satisfactionAverage: weightedMean(
      all.map((c) => [c.satisfactionAverage, c.satisfactionCount]),
      twoDecimals,
    ),
    byCategory,
  };
}

/**
 * The chain's figures over branch-days (from..to, both included; days outside are left out):
 * what the branches' own reports of those days add up to, with the means weighted as each
 * section takes them and lists sorted as each section sorts them.
 */
export function mergeReportFigures(
  branchDays: BranchDayFigures[],
  from: string,
  to: string,
): ReportFigures {
  const days = branchDays.filter((d) => d.date >= from && d.date <= to);
  const all = days.map((d) => d.figures);
  return {
    checkIns: checkIns(days, from, to),
    occupancy: occupancy(days),
    visitors: visitors(days),
    cardsSold: cardsSold(all.map((f) => f.cardsSold)),
    phoneInquiries: total(all, (f) => f.phoneInquiries),
    queue: queue(all.map((f) => f.queue)),
    complaints: complaints(all.map((f) => f.complaints)),
    followUps: addUp(
      all.map((f) => f.followUps),
      ['done', 'missed'],
    ),
    desk: addUp(
      all.map((f) => f.desk),
      ['tagLosses', 'voids', 'overrides'],
    ),
    cash: addUp(
      all.map((f) => f.cash),
      ['counted', 'varianceCents', 'withVariance', 'takingsCents'],
    ),
    handovers: addUp(
      all.map((f) => f.handovers),
      ['expected', 'signed', 'missing', 'flagged'],
    ),
  };
}

/** A period with no records, as a branch's report of it reads: zeros, no peaks, no means. */
export function emptyReportFigures(from: string, to: string): ReportFigures {
  return mergeReportFigures([], from, to);
}
