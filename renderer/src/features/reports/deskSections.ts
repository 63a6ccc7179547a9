/** The member desk's sections: check-ins by day or hour, the heat map, gender, occupancy. */
import dayjs from 'dayjs';
import type { ReportFigures, ReportView } from '../../../../shared/contract/reportViews';
import type { MessageKey } from '../../../../shared/i18n';
import type { T } from '../../app/i18n';
import { count, decimal, hourLabel, rate } from './format';
import { figureRows, rowOf, type SectionModel } from './sectionModel';

const mmdd = (date: string) => date.slice(5);

export function weekdayName(t: T, index: number): string {
  return t(`reports.weekday.${index}` as MessageKey);
}

/** Hours that had anyone, from the first to the last: the opening hours, not 24 columns. */
export function activeHours(values: number[][]): number[] {
  const any = (h: number) => values.some((row) => (row[h] ?? 0) > 0);
  const hours = [...Array(24).keys()];
  const first = hours.find(any);
  const last = [...hours].reverse().find(any);
  return first === undefined || last === undefined ? [] : hours.slice(first, last + 1);
}

/** Check-ins per hour over the whole period (a day report's chart). */
export function byHour(f: ReportFigures): number[] {
  return [...Array(24).keys()].map((h) => f.checkIns.heat.reduce((s, row) => s + (row[h] ?? 0), 0));
}

export function checkIns(t: T, view: ReportView): SectionModel {
  const fig = figureRows(t, view);
  const { current, previous } = view;
  const peak = current.checkIns.peakHour;
  const note = peak
    ? t('reports.checkIns.peak', { hour: hourLabel(peak.hour), count: peak.count })
    : undefined;
  const compare = [fig('checkIns', (f) => f.checkIns.gender.total, count, 'up')];
  if (view.period.days === 1) {
    const now = byHour(current);
    const before = byHour(previous);
    const hours = activeHours([now, before]);
    return {
      id: 'checkins',
      title: t('reports.section.checkInsByHour'),
      note,
      chart: 'byHour',
      chartSpan: 6,
      compare,
      tables: [
        {
          id: 'checkins-table',
          head: [
            { label: t('reports.col.hour') },
            { label: view.period.from, numeric: true },
            { label: view.previousPeriod.from, numeric: true },
          ],
          rows: hours.map((h) => ({
            key: String(h),
            cells: [hourLabel(h), count(now[h]!), count(before[h]!)],
          })),
        },
      ],
    };
  }
  const prev = previous.checkIns.byDay;
  return {
    id: 'checkins',
    title: t('reports.section.checkInsByDay'),
    note,
    chart: 'byDay',
    chartSpan: 6,
    compare,
    tables: [
      {
        id: 'checkins-table',
        head: [
          { label: t('reports.col.date') },
          { label: t('reports.fig.checkIns'), numeric: true },
          { label: t('reports.col.previousDate') },
          { label: t('reports.col.previous'), numeric: true },
        ],
        rows: current.checkIns.byDay.map((d, i) => ({
          key: d.date,
          cells: [
            `${mmdd(d.date)} ${weekdayName(t, (dayjs(d.date).day() + 6) % 7)}`,
            count(d.count),
            prev[i] ? mmdd(prev[i].date) : '—',
            prev[i] ? count(prev[i].count) : '—',
          ],
        })),
      },
    ],
  };
}

export function heat(t: T, view: ReportView): SectionModel {
  const values = view.current.checkIns.heat;
  const hours = activeHours(values);
  return {
    id: 'heat',
    title: t('reports.section.heat'),
    note: t('reports.heat.note'),
    chart: 'heat',
    wide: true,
    tables: [
      {
        id: 'heat-table',
        head: [
          { label: t('reports.col.weekday') },
          ...hours.map((h) => ({ label: String(h).padStart(2, '0'), numeric: true })),
          { label: t('reports.col.total'), numeric: true },
        ],
        rows: values.map((row, w) => ({
          key: String(w),
          cells: [
            weekdayName(t, w),
            ...hours.map((h) => count(row[h] ?? 0)),
            count(row.reduce((s, n) => s + n, 0)),
          ],
        })),
      },
    ],
  };
}

export function gender(t: T, view: ReportView): SectionModel {
  const total = view.current.checkIns.gender.total;
  const label = (key: MessageKey, n: number) =>
    total > 0 ? t('reports.share', { label: t(key), share: rate(n / total) }) : t(key);
  const g = view.current.checkIns.gender;
  return {
    id: 'gender',
    title: t('reports.section.gender'),
    chart: 'gender',
    chartSpan: 5,
    compare: [
      rowOf(
        view,
        'female',
        label('reports.gender.female', g.female),
        (f) => f.checkIns.gender.female,
        count,
        'neither',
      ),
      rowOf(
        view,
        'male',
        label('reports.gender.male', g.male),
        (f) => f.checkIns.gender.male,
        count,
        'neither',
      ),
      rowOf(
        view,
        'unknown',
        label('reports.gender.unknown', g.unknown),
        (f) => f.checkIns.gender.unknown,
        count,
        'neither',
      ),
      rowOf(
        view,
        'genderTotal',
        t('reports.col.total'),
        (f) => f.checkIns.gender.total,
        count,
        'up',
      ),
    ],
    tables: [],
  };
}

export function occupancy(t: T, view: ReportView): SectionModel {
  const o = view.current.occupancy;
  const hours = activeHours([o.byHour.map((h) => h.peak)]);
  const at = (h: number) => o.byHour.find((x) => x.hour === h);
  return {
    id: 'occupancy',
    title: t('reports.section.occupancy'),
    note: o.peak
      ? t('reports.occupancy.peak', {
          count: o.peak.count,
          time: dayjs(o.peak.at).format('YYYY-MM-DD HH:mm'),
        })
      : undefined,
    chart: 'occupancy',
    tables: [
      {
        id: 'occupancy-table',
        head: [
          { label: t('reports.col.hour') },
          { label: t('reports.occupancy.average'), numeric: true },
          { label: t('reports.occupancy.peakCol'), numeric: true },
        ],
        rows: hours.map((h) => ({
          key: String(h),
          cells: [hourLabel(h), decimal(at(h)?.average ?? 0), count(at(h)?.peak ?? 0)],
        })),
      },
    ],
  };
}
