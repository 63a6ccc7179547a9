/** Formatters for the handover: money from cents with thousands, times, dates, signed variance. */
import dayjs from 'dayjs';

/** 123450 → "¥1,234.50"; money stays integer cents everywhere else. */
export function money(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const yuan = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}¥${yuan}.${String(abs % 100).padStart(2, '0')}`;
}

/** A variance with its sign spelled out: "+¥2.00", "-¥0.50", "¥0.00". */
export function signedMoney(cents: number): string {
  return cents > 0 ? `+${money(cents)}` : money(cents);
}

/** "12.5" → 1250; anything but a non-negative amount with at most two decimals → null. */
export function yuanToCents(text: string): number | null {
  const s = text.trim();
  if (!/^\d{1,9}(\.\d{0,2})?$/.test(s)) return null;
  const [whole, frac = ''] = s.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}

export function centsToYuanText(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** ¥100 … ¥0.1: a denomination in cents as it is printed on the note or coin. */
export function denominationLabel(cents: number): string {
  return cents >= 100 ? `¥${cents / 100}` : `¥${(cents / 100).toFixed(1)}`;
}

export const hhmm = (at: number) => dayjs(at).format('HH:mm');
export const dateTime = (at: number) => dayjs(at).format('YYYY-MM-DD HH:mm');
/** A time on the same business day reads short; another day carries its date. */
export const whenShort = (at: number, day?: string) =>
  day && dayjs(at).format('YYYY-MM-DD') === day ? hhmm(at) : dateTime(at);
export const windowText = (from: number, to: number) => `${hhmm(from)}–${hhmm(to)}`;

export function weekday(day: string, language: string): string {
  const d = dayjs(day).day();
  return language === 'zh-CN'
    ? `周${'日一二三四五六'[d]}`
    : ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d]!;
}
