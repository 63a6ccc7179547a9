/** The report as data: a section's title, comparison rows, tables and chart kind. */
import type { ReportFigures, ReportView } from '../../../../shared/contract/reportViews';
import type { T } from '../../app/i18n';
import type { MessageKey } from '../../../../shared/i18n/en';
import { minutes, money, seconds, type Good } from './format';

export interface CompareRow {
  key: string;
  label: string;
  current: number | null;
  previous: number | null;
  format: (n: number | null) => string;
  good: Good;
}

export interface TableModel {
  id: string;
  head: { label: string; numeric?: boolean }[];
  rows: { key: string; cells: string[] }[];
}

export type ChartKind =
  | 'byDay'
  | 'byHour'
  | 'heat'
  | 'gender'
  | 'occupancy'
  | 'consultants'
  | 'cards'
  | 'categories'
  | 'compare';

export interface SectionModel {
  id: string;
  title: string;
  note?: string;
  chart?: ChartKind;
  /** The chart takes the whole width and its tables go below it (the heat map's 24 hours). */
  wide?: boolean;
  /** Columns of 12 the chart takes beside its table. */
  chartSpan?: number;
  compare?: CompareRow[];
  tables: TableModel[];
}

export type Pick = (f: ReportFigures) => number | null;

export function rowOf(
  view: ReportView,
  key: string,
  label: string,
  pick: Pick,
  format: (n: number | null) => string,
  good: Good,
): CompareRow {
  return { key, label, current: pick(view.current), previous: pick(view.previous), format, good };
}

type FigureKey = MessageKey extends infer K
  ? K extends `reports.fig.${infer F}`
    ? F
    : never
  : never;

/**
 * Rows of figures worded `reports.fig.<key>`: `fig('voids', (f) => f.desk.voids, count,
 * 'down')` compares this period with the previous one.
 */
export function figureRows(t: T, view: ReportView) {
  return (key: FigureKey, pick: Pick, format: (n: number | null) => string, good: Good) =>
    rowOf(view, key, t(`reports.fig.${key}`), pick, format, good);
}

export const uses = (view: ReportView, module: string) => view.modules.includes(module);

export const nullMoney = (n: number | null) => (n === null ? '—' : money(n));
export const nullMinutes = (t: T) => (n: number | null) => minutes(t, n);
export const nullSeconds = (t: T) => (n: number | null) => seconds(t, n);
