import type { ReportFigures, ReportView } from '../../../shared/contract/reportViews';
import type { Language } from '../../../shared/contract/views';
import { catalogues, translate, type MessageKey } from '../../../shared/i18n';
import type { SheetSpec } from '../../files/workbook';
import { reportWords, type ReportWord } from './reportWords';

type Words = Record<ReportWord, string>;
type Pick = (f: ReportFigures) => number | null;

/** Figures of the summary sheet, each read off both periods. */
const SUMMARY: [ReportWord, Pick][] = [
  ['checkIns', (f) => f.checkIns.gender.total],
  ['female', (f) => f.checkIns.gender.female],
  ['male', (f) => f.checkIns.gender.male],
  ['unknown', (f) => f.checkIns.gender.unknown],
  ['visitors', (f) => f.visitors.total],
  ['trials', (f) => f.visitors.trials],
  ['converted', (f) => f.visitors.converted],
  ['cardsSold', (f) => f.cardsSold.count],
  ['phoneInquiries', (f) => f.phoneInquiries],
  ['queueServed', (f) => f.queue.served],
  ['queueAverage', (f) => f.queue.averageWaitSeconds],
  ['queueP90', (f) => f.queue.p90WaitSeconds],
  ['complaintsOpened', (f) => f.complaints.opened],
  ['complaintsResolved', (f) => f.complaints.resolved],
  ['escalations', (f) => f.complaints.escalations],
  ['firstResponse', (f) => f.complaints.averageFirstResponseMinutes],
  ['resolution', (f) => f.complaints.averageResolutionMinutes],
  ['satisfaction', (f) => f.complaints.satisfactionAverage],
  ['satisfactionCount', (f) => f.complaints.satisfactionCount],
  ['followUpsDone', (f) => f.followUps.done],
  ['followUpsMissed', (f) => f.followUps.missed],
  ['tagLosses', (f) => f.desk.tagLosses],
  ['voids', (f) => f.desk.voids],
  ['overrides', (f) => f.desk.overrides],
  ['handoversExpected', (f) => f.handovers.expected],
  ['handoversSigned', (f) => f.handovers.signed],
  ['handoversMissing', (f) => f.handovers.missing],
  ['handoversFlagged', (f) => f.handovers.flagged],
  ['cashCounted', (f) => f.cash.counted],
  ['cashWithVariance', (f) => f.cash.withVariance],
];

/** Up 12 % is 0.12; nothing to compare with is an empty cell. */
export function change(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return (current - previous) / previous;
}

const periodText = (v: ReportView) =>
  `${v.period.from} – ${v.period.to} / ${v.previousPeriod.from} – ${v.previousPeriod.to}`;

function summary(v: ReportView, w: Words): SheetSpec {
  return {
    name: w.summary,
    columns: [
      { header: w.figure, kind: 'text' },
      { header: w.current, kind: 'number' },
      { header: w.previous, kind: 'number' },
      { header: w.change, kind: 'percent' },
    ],
    rows: [
      [w.period, periodText(v), null, null],
      ...SUMMARY.map(([word, pick]): (string | number | null)[] => {
        const [cur, prev] = [pick(v.current), pick(v.previous)];
        return [w[word], cur, prev, change(cur, prev)];
      }),
    ],
  };
}

function cash(v: ReportView, w: Words): SheetSpec {
  const row = (word: ReportWord, pick: Pick) => [w[word], pick(v.current), pick(v.previous)];
  return {
    name: w.cash,
    columns: [
      { header: w.figure, kind: 'text' },
      { header: w.current, kind: 'money' },
      { header: w.previous, kind: 'money' },
    ],
    rows: [
      row('takings', (f) => f.cash.takingsCents),
      row('variance', (f) => f.cash.varianceCents),
    ],
  };
}

function daily(v: ReportView, w: Words): SheetSpec[] {
  const f = v.current;
  const weekdays = w.weekdays.split(',');
  const hours = Array.from({ length: 24 }, (_, h) => ({
    header: `${h}:00`,
    kind: 'integer' as const,
  }));
  return [
    {
      name: w.byDay,
      columns: [
        { header: w.date, kind: 'date' },
        { header: w.checkIns, kind: 'integer' },
      ],
      rows: f.checkIns.byDay.map((d) => [d.date, d.count]),
    },
    {
      name: w.heat,
      columns: [{ header: w.weekday, kind: 'text' }, ...hours],
      rows: f.checkIns.heat.map((row, i) => [weekdays[i] ?? '', ...row]),
    },
    {
      name: w.occupancy,
      columns: [
        { header: w.hour, kind: 'integer' },
        { header: w.average, kind: 'number' },
        { header: w.peak, kind: 'integer' },
      ],
      rows: f.occupancy.byHour.map((h) => [h.hour, h.average, h.peak]),
    },
  ];
}

function categoryName(language: Language, category: string): string {
  const key = `complaint.category.${category}`;
  return key in catalogues[language] ? translate(language, key as MessageKey) : category;
}

function people(v: ReportView, w: Words, language: Language): SheetSpec[] {
  const f = v.current;
  return [
    {
      name: w.consultants,
      columns: [
        { header: w.consultant, kind: 'text' },
        { header: w.visitors, kind: 'integer' },
        { header: w.trials, kind: 'integer' },
        { header: w.converted, kind: 'integer' },
        { header: w.conversion, kind: 'percent' },
      ],
      rows: f.visitors.byConsultant.map((c) => [
        c.name,
        c.visitors,
        c.trials,
        c.converted,
        c.visitors > 0 ? c.converted / c.visitors : null,
      ]),
    },
    {
      name: w.cards,
      columns: [
        { header: w.cardType, kind: 'text' },
        { header: w.count, kind: 'integer' },
        { header: w.amount, kind: 'money' },
      ],
      rows: f.cardsSold.byType.map((c) => [c.cardType, c.count, c.cents]),
    },
    {
      name: w.complaints,
      columns: [
        { header: w.category, kind: 'text' },
        { header: w.cases, kind: 'integer' },
      ],
      rows: f.complaints.byCategory.map((c) => [categoryName(language, c.category), c.count]),
    },
  ];
}

/** The report as sheets: figures only (consultants are staff), so no export approval. */
export function reportSheets(v: ReportView, language: Language): SheetSpec[] {
  const w = reportWords(language);
  return [summary(v, w), ...daily(v, w), ...people(v, w, language), cash(v, w)];
}
