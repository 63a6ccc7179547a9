/**
 * What the report shows, as data: each section's title, its comparison rows and its tables.
 * The screen draws them with Mantine, the print view as plain HTML, so both say the same.
 */
import type { ReportView } from '../../../../shared/contract/reportViews';
import type { MessageKey } from '../../../../shared/i18n';
import type { T } from '../../app/i18n';
import { checkIns, gender, heat, occupancy } from './deskSections';
import { count, decimal, money, rate, type Good } from './format';
import {
  nullMinutes,
  nullMoney,
  nullSeconds,
  figureRows,
  rowOf,
  uses,
  type CompareRow,
  type SectionModel,
} from './sectionModel';

export { activeHours, byHour, weekdayName } from './deskSections';
export type { CompareRow, SectionModel, TableModel, ChartKind } from './sectionModel';

function visitors(t: T, view: ReportView): SectionModel {
  const fig = figureRows(t, view);
  return {
    id: 'visitors',
    title: t('reports.section.visitors'),
    compare: [
      fig('visitors', (f) => f.visitors.total, count, 'up'),
      fig('trials', (f) => f.visitors.trials, count, 'up'),
      fig('converted', (f) => f.visitors.converted, count, 'up'),
      fig('conversionRate', (f) => f.visitors.conversionRate, rate, 'up'),
    ],
    tables: [],
  };
}

function consultants(t: T, view: ReportView): SectionModel {
  return {
    id: 'consultants',
    title: t('reports.section.consultants'),
    chart: 'consultants',
    chartSpan: 6,
    tables: [
      {
        id: 'consultants-table',
        head: [
          { label: t('reports.col.consultant') },
          { label: t('reports.fig.visitors'), numeric: true },
          { label: t('reports.fig.trials'), numeric: true },
          { label: t('reports.fig.converted'), numeric: true },
          { label: t('reports.fig.conversionRate'), numeric: true },
        ],
        rows: view.current.visitors.byConsultant.map((c) => ({
          key: c.staffId,
          cells: [
            c.name,
            count(c.visitors),
            count(c.trials),
            count(c.converted),
            rate(c.visitors > 0 ? c.converted / c.visitors : null),
          ],
        })),
      },
    ],
  };
}

function cards(t: T, view: ReportView): SectionModel {
  const fig = figureRows(t, view);
  const c = view.current.cardsSold;
  // The desk keeps no card prices: an amount column of ¥0.00 would only mislead.
  const priced = c.cents !== 0 || view.previous.cardsSold.cents !== 0;
  const compare = [fig('cardsSold', (f) => f.cardsSold.count, count, 'up')];
  if (priced)
    compare.push(
      rowOf(
        view,
        'cardsCents',
        t('reports.fig.cardsAmount'),
        (f) => f.cardsSold.cents,
        nullMoney,
        'up',
      ),
    );
  return {
    id: 'cards',
    title: t('reports.section.cards'),
    chart: 'cards',
    compare,
    tables: [
      {
        id: 'cards-table',
        head: [
          { label: t('reports.col.cardType') },
          { label: t('reports.col.cards'), numeric: true },
          ...(priced ? [{ label: t('reports.col.amount'), numeric: true }] : []),
        ],
        rows: c.byType.map((b) => ({
          key: b.cardType,
          cells: [b.cardType, count(b.count), ...(priced ? [money(b.cents)] : [])],
        })),
      },
    ],
  };
}

function inquiries(t: T, view: ReportView): SectionModel {
  const fig = figureRows(t, view);
  const queue = uses(view, 'queue');
  const rows = [fig('phoneInquiries', (f) => f.phoneInquiries, count, 'up')];
  if (queue)
    rows.push(
      fig('queueServed', (f) => f.queue.served, count, 'up'),
      fig('queueAverage', (f) => f.queue.averageWaitSeconds, nullSeconds(t), 'down'),
      fig('queueP90', (f) => f.queue.p90WaitSeconds, nullSeconds(t), 'down'),
    );
  return {
    id: 'inquiries',
    title: t(queue ? 'reports.section.inquiriesQueue' : 'reports.section.inquiries'),
    compare: rows,
    tables: [],
  };
}

function complaints(t: T, view: ReportView): SectionModel {
  const fig = figureRows(t, view);
  const now = view.current.complaints.byCategory;
  const before = view.previous.complaints.byCategory;
  const categories = [...new Set([...now, ...before].map((c) => c.category))];
  const n = (list: typeof now, c: string) => list.find((x) => x.category === c)?.count ?? 0;
  return {
    id: 'complaints',
    title: t('reports.section.complaints'),
    chart: 'categories',
    compare: [
      fig('complaintsOpened', (f) => f.complaints.opened, count, 'down'),
      fig('complaintsResolved', (f) => f.complaints.resolved, count, 'up'),
      fig('escalations', (f) => f.complaints.escalations, count, 'down'),
      fig('firstResponse', (f) => f.complaints.averageFirstResponseMinutes, nullMinutes(t), 'down'),
      fig('resolution', (f) => f.complaints.averageResolutionMinutes, nullMinutes(t), 'down'),
      fig('satisfaction', (f) => f.complaints.satisfactionAverage, decimal, 'up'),
      fig('satisfactionCount', (f) => f.complaints.satisfactionCount, count, 'neither'),
    ],
    tables: [
      {
        id: 'categories-table',
        head: [
          { label: t('reports.col.category') },
          { label: t('reports.col.current'), numeric: true },
          { label: t('reports.col.previous'), numeric: true },
        ],
        rows: categories.map((c) => ({
          key: c,
          cells: [categoryName(t, c), count(n(now, c)), count(n(before, c))],
        })),
      },
    ],
  };
}

export function categoryName(t: T, code: string): string {
  return t(`complaint.category.${code}` as MessageKey);
}

function followUps(t: T, view: ReportView): SectionModel {
  const fig = figureRows(t, view);
  return {
    id: 'followups',
    title: t('reports.section.followUps'),
    chart: 'compare',
    compare: [
      fig('followUpsDone', (f) => f.followUps.done, count, 'up'),
      fig('followUpsMissed', (f) => f.followUps.missed, count, 'down'),
    ],
    tables: [],
  };
}

function desk(t: T, view: ReportView): SectionModel {
  const fig = figureRows(t, view);
  return {
    id: 'desk',
    title: t('reports.section.desk'),
    chart: 'compare',
    compare: [
      fig('tagLosses', (f) => f.desk.tagLosses, count, 'down'),
      fig('voids', (f) => f.desk.voids, count, 'down'),
      fig('overrides', (f) => f.desk.overrides, count, 'down'),
    ],
    tables: [],
  };
}

function cash(t: T, view: ReportView): SectionModel {
  const fig = figureRows(t, view);
  return {
    id: 'cash',
    title: t('reports.section.cash'),
    compare: [
      fig('takings', (f) => f.cash.takingsCents, nullMoney, 'up'),
      fig('cashCounted', (f) => f.cash.counted, count, 'neither'),
      fig('withVariance', (f) => f.cash.withVariance, count, 'down'),
      fig('variance', (f) => f.cash.varianceCents, nullMoney, 'neither'),
    ],
    tables: [],
  };
}

function handovers(t: T, view: ReportView): SectionModel {
  const fig = figureRows(t, view);
  return {
    id: 'handovers',
    title: t('reports.section.handovers'),
    chart: 'compare',
    compare: [
      fig('handoversExpected', (f) => f.handovers.expected, count, 'neither'),
      fig('handoversSigned', (f) => f.handovers.signed, count, 'up'),
      fig('handoversMissing', (f) => f.handovers.missing, count, 'down'),
      fig('handoversFlagged', (f) => f.handovers.flagged, count, 'down'),
    ],
    tables: [],
  };
}

/** The sections of the site's modules, in reading order. */
export function reportSections(t: T, view: ReportView): SectionModel[] {
  const tags = uses(view, 'handTags');
  const list: (SectionModel | false)[] = [
    tags && checkIns(t, view),
    tags && heat(t, view),
    tags && gender(t, view),
    tags && occupancy(t, view),
    uses(view, 'visitors') && visitors(t, view),
    uses(view, 'visitors') && uses(view, 'consultants') && consultants(t, view),
    tags && cards(t, view),
    inquiries(t, view),
    complaints(t, view),
    followUps(t, view),
    tags && desk(t, view),
    cash(t, view),
    handovers(t, view),
  ];
  return list.filter((s): s is SectionModel => s !== false);
}

export interface SummaryCard {
  key: string;
  label: string;
  current: number | null;
  previous: number | null;
  format: (n: number | null) => string;
  good: Good;
}

/** The key figures at the top: those of the site's modules. */
export function summaryCards(t: T, view: ReportView): SummaryCard[] {
  const fig = figureRows(t, view);
  const tags = uses(view, 'handTags');
  const vis = uses(view, 'visitors');
  const cards: (CompareRow | false)[] = [
    tags && fig('checkIns', (f) => f.checkIns.gender.total, count, 'up'),
    vis && fig('visitors', (f) => f.visitors.total, count, 'up'),
    vis && fig('conversionRate', (f) => f.visitors.conversionRate, rate, 'up'),
    tags && fig('cardsSold', (f) => f.cardsSold.count, count, 'up'),
    uses(view, 'queue') && fig('queueServed', (f) => f.queue.served, count, 'up'),
    fig('phoneInquiries', (f) => f.phoneInquiries, count, 'up'),
    fig('complaintsOpened', (f) => f.complaints.opened, count, 'down'),
    fig('followUpsDone', (f) => f.followUps.done, count, 'up'),
    fig('takings', (f) => f.cash.takingsCents, nullMoney, 'up'),
  ];
  return cards.filter((c): c is CompareRow => c !== false);
}
