/** Each section's chart, drawn with @mantine/charts; the table beside it holds its numbers. */
import { AreaChart, BarChart, DonutChart, MatrixChart } from '@mantine/charts';
import dayjs from 'dayjs';
import type { ReportView } from '../../../../shared/contract/reportViews';
import { useT, type T } from '../../app/i18n';
import { hourLabel } from './format';
import { activeHours, byHour, categoryName, weekdayName, type SectionModel } from './sections';

interface ChartProps {
  section: SectionModel;
  view: ReportView;
  /** On paper: no tooltips or animation, fixed light colours. */
  print?: boolean;
}

const H = 240;

/** Axis and grid colours that read on white paper whatever the app's colour scheme. */
function common(print: boolean | undefined) {
  // Counts have no half steps on the axis.
  const yAxisProps = { allowDecimals: false };
  return print
    ? ({ textColor: 'gray.7', gridColor: 'gray.3', withTooltip: false, yAxisProps } as const)
    : ({ tickLine: 'y', gridAxis: 'y', yAxisProps } as const);
}

/** One or two bars would otherwise fill the whole chart. */
const BAR = { maxBarWidth: 44 } as const;

const still = { isAnimationActive: false } as const;

function series(t: T) {
  return [
    { name: 'current', label: t('reports.series.current'), color: 'blue.6' },
    { name: 'previous', label: t('reports.series.previous'), color: 'gray.5' },
  ];
}

function ByDay({ view, print }: ChartProps) {
  const t = useT();
  const prev = view.previous.checkIns.byDay;
  const week = view.period.days <= 7;
  const data = view.current.checkIns.byDay.map((d, i) => ({
    label: week ? weekdayName(t, (dayjs(d.date).day() + 6) % 7) : d.date.slice(5),
    current: d.count,
    previous: prev[i]?.count ?? 0,
  }));
  return <PeriodBars data={data} print={print} />;
}

/** This period's bars beside the previous period's, one pair per label. */
function PeriodBars({
  data,
  print,
  h = H,
}: {
  data: { label: string; current: number; previous: number }[];
  print?: boolean;
  h?: number;
}) {
  const t = useT();
  return (
    <BarChart
      h={h}
      data={data}
      dataKey="label"
      series={series(t)}
      withLegend
      barProps={still}
      {...BAR}
      {...common(print)}
    />
  );
}

function ByHourChart({ view, print }: ChartProps) {
  const now = byHour(view.current);
  const before = byHour(view.previous);
  const data = activeHours([now, before]).map((h) => ({
    label: hourLabel(h),
    current: now[h]!,
    previous: before[h]!,
  }));
  return <PeriodBars data={data} print={print} />;
}

function Heat({ view, print }: ChartProps) {
  const t = useT();
  const values = view.current.checkIns.heat;
  const hours = activeHours(values);
  const xLabels = hours.map((h) => String(h).padStart(2, '0'));
  const yLabels = values.map((_, w) => weekdayName(t, w));
  const data = values.flatMap((row, w) =>
    // An hour nobody came is left blank, not the palest blue.
    hours.map((h) => ({ x: String(h).padStart(2, '0'), y: yLabels[w]!, value: row[h] || null })),
  );
  return (
    <MatrixChart
      data={data}
      xLabels={xLabels}
      yLabels={yLabels}
      withXLabels
      withYLabels
      xLabelsPosition="top"
      xLabelsRotation={0}
      xLabelsHeight={22}
      yLabelsWidth={48}
      cellSize={print ? 24 : 30}
      gap={2}
      colors={['blue.1', 'blue.3', 'blue.5', 'blue.7', 'blue.9']}
      emptyColor="gray.1"
      withTooltip={!print}
      getTooltipLabel={(c) =>
        t('reports.heat.tooltip', { weekday: c.y, hour: `${c.x}:00`, count: c.value ?? 0 })
      }
      aria-label={t('reports.section.heat')}
    />
  );
}

function Gender({ view, print }: ChartProps) {
  const t = useT();
  const g = view.current.checkIns.gender;
  const data = [
    { name: t('reports.gender.female'), value: g.female, color: 'pink.5' },
    { name: t('reports.gender.male'), value: g.male, color: 'blue.5' },
    { name: t('reports.gender.unknown'), value: g.unknown, color: 'gray.4' },
  ].filter((d) => d.value > 0);
  return (
    <DonutChart
      data={data}
      size={180}
      thickness={28}
      chartLabel={g.total.toLocaleString('en-US')}
      withTooltip={!print}
      withLegend
      pieProps={still}
      mx="auto"
    />
  );
}

function Occupancy({ view, print }: ChartProps) {
  const t = useT();
  const o = view.current.occupancy.byHour;
  const data = activeHours([o.map((h) => h.peak)]).map((h) => ({
    label: hourLabel(h),
    average: o.find((x) => x.hour === h)?.average ?? 0,
    peak: o.find((x) => x.hour === h)?.peak ?? 0,
  }));
  return (
    <AreaChart
      h={H}
      data={data}
      dataKey="label"
      curveType="monotone"
      withLegend
      series={[
        { name: 'average', label: t('reports.occupancy.average'), color: 'teal.6' },
        { name: 'peak', label: t('reports.occupancy.peakCol'), color: 'orange.6' },
      ]}
      areaProps={still}
      {...common(print)}
    />
  );
}

function Consultants({ view, print }: ChartProps) {
  const t = useT();
  return (
    <BarChart
      h={H}
      data={view.current.visitors.byConsultant.map((c) => ({ ...c }))}
      dataKey="name"
      withLegend
      series={[
        { name: 'visitors', label: t('reports.fig.visitors'), color: 'blue.6' },
        { name: 'trials', label: t('reports.fig.trials'), color: 'cyan.5' },
        { name: 'converted', label: t('reports.fig.converted'), color: 'teal.6' },
      ]}
      barProps={still}
      {...BAR}
      {...common(print)}
    />
  );
}

function Cards({ view, print }: ChartProps) {
  const t = useT();
  return (
    <BarChart
      h={H}
      data={view.current.cardsSold.byType.map((c) => ({ type: c.cardType, count: c.count }))}
      dataKey="type"
      series={[{ name: 'count', label: t('reports.col.cards'), color: 'violet.6' }]}
      barProps={still}
      {...BAR}
      {...common(print)}
    />
  );
}

function Categories({ view, print }: ChartProps) {
  const t = useT();
  const now = view.current.complaints.byCategory;
  const before = view.previous.complaints.byCategory;
  const codes = [...new Set([...now, ...before].map((c) => c.category))];
  const n = (list: typeof now, c: string) => list.find((x) => x.category === c)?.count ?? 0;
  const data = codes.map((c) => ({
    label: categoryName(t, c),
    current: n(now, c),
    previous: n(before, c),
  }));
  return <PeriodBars data={data} print={print} />;
}

function Compare({ section, print }: ChartProps) {
  const rows = section.compare ?? [];
  const data = rows.map((r) => ({
    label: r.label,
    current: r.current ?? 0,
    previous: r.previous ?? 0,
  }));
  return <PeriodBars data={data} print={print} h={200} />;
}

const CHARTS = {
  byDay: ByDay,
  byHour: ByHourChart,
  heat: Heat,
  gender: Gender,
  occupancy: Occupancy,
  consultants: Consultants,
  cards: Cards,
  categories: Categories,
  compare: Compare,
};

const anyOf = (values: number[]) => values.some((v) => v > 0);

/** Whether the chart would show anything: an empty plot is left out, its table stays. */
export function chartHasData(section: SectionModel, view: ReportView): boolean {
  const [now, before] = [view.current, view.previous];
  switch (section.chart) {
    case 'byDay':
    case 'byHour':
      return anyOf([...byHour(now), ...byHour(before)]);
    case 'heat':
      return activeHours(now.checkIns.heat).length > 0;
    case 'gender':
      return now.checkIns.gender.total > 0;
    case 'occupancy':
      return anyOf(now.occupancy.byHour.map((h) => h.peak));
    case 'consultants':
      return now.visitors.byConsultant.length > 0;
    case 'cards':
      return now.cardsSold.byType.length > 0;
    case 'categories':
      return now.complaints.byCategory.length + before.complaints.byCategory.length > 0;
    case 'compare':
      return (section.compare ?? []).some((r) => !!r.current || !!r.previous);
    default:
      return false;
  }
}

export function ReportChart(props: ChartProps) {
  const Chart = props.section.chart ? CHARTS[props.section.chart] : null;
  return Chart ? <Chart {...props} /> : null;
}
