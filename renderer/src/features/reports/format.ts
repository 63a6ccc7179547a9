/** How the report's figures read: money in ¥, counted minutes, the change against before. */
import type { T } from '../../app/i18n';

const grouped = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** 123456 → "¥1,234.56"; a shortfall "−¥12.00". */
export function money(cents: number): string {
  const text = `¥${grouped(Math.abs(cents) / 100, 2)}`;
  return cents < 0 ? `−${text}` : text;
}

/** A count with thousands separators; null → "—". */
export function count(n: number | null): string {
  return n === null ? '—' : grouped(n);
}

/** One decimal for averages (occupancy, satisfaction); null → "—". */
export function decimal(n: number | null): string {
  return n === null ? '—' : grouped(n, 1);
}

/** 0.237 → "23.7 %"; null → "—". */
export function rate(r: number | null): string {
  return r === null ? '—' : `${grouped(r * 100, 1)} %`;
}

/** 80 → "1 h 20 min" / "1小时20分"; null → "—". */
export function minutes(t: T, value: number | null): string {
  if (value === null) return '—';
  const m = Math.round(value);
  if (m < 60) return t('reports.minutesShort', { m });
  if (m < 24 * 60) return t('reports.hoursMinutes', { h: Math.floor(m / 60), m: m % 60 });
  return t('reports.daysHours', { d: Math.floor(m / 1440), h: Math.floor((m % 1440) / 60) });
}

/** Seconds of a queue wait, as minutes. */
export const seconds = (t: T, s: number | null) => minutes(t, s === null ? null : s / 60);

/** 9 → "09:00". */
export const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

export type Direction = 'up' | 'down' | 'same' | 'none';

export interface Delta {
  direction: Direction;
  /** "▲ 12 %", "▼ 3 %", "= 0 %", or "—" when there is nothing to compare with. */
  text: string;
}

/**
 * The change against the previous period. Nothing before (null, or 0 with something now) is
 * "—": a percentage of nothing says nothing.
 */
export function delta(current: number | null, previous: number | null): Delta {
  if (current === null || previous === null) return { direction: 'none', text: '—' };
  if (current === previous) return { direction: 'same', text: '= 0 %' };
  if (previous === 0) return { direction: 'none', text: '—' };
  const pct = Math.round((Math.abs(current - previous) / Math.abs(previous)) * 100);
  return current > previous
    ? { direction: 'up', text: `▲ ${grouped(pct)} %` }
    : { direction: 'down', text: `▼ ${grouped(pct)} %` };
}

/** Whether a rise is good news (check-ins), bad news (complaints), or neither. */
export type Good = 'up' | 'down' | 'neither';

export function deltaColor(direction: Direction, good: Good): string {
  if (direction === 'same' || direction === 'none' || good === 'neither') return 'gray';
  return direction === good ? 'teal' : 'red';
}
