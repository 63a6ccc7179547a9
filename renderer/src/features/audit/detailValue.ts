import dayjs from 'dayjs';
import { labelOr, type T } from '../../app/i18n';

/** A stored key as words: its label, or "lateMinutes" → "late minutes" when none exists. */
export function keyLabel(t: T, key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return labelOr(t, `audit.key.${key}`, words);
}

/** Ids are long and carry digits or dashes; a code such as "open" or "cash" is a word. */
const looksLikeId = (s: string) => s.length >= 16 && /[\d-]/.test(s) && !/\s/.test(s);

/**
 * One stored value as a person reads it: an id as the name main resolved (or a short id),
 * a time as local date-time, cents as yuan, milliseconds as a wait, never JSON.
 */
export function valueText(
  t: T,
  key: string,
  value: unknown,
  names: Record<string, string>,
): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return t(value ? 'audit.detail.yes' : 'audit.detail.no');
  if (typeof value === 'number') return numberText(t, key, value);
  if (typeof value === 'string') {
    if (names[value]) return names[value];
    if (looksLikeId(value)) return `…${value.slice(-8)}`;
    return labelOr(t, `audit.value.${value}`, value);
  }
  if (Array.isArray(value)) return value.map((v) => valueText(t, key, v, names)).join(', ');
  const obj = value as Record<string, unknown>;
  if ('from' in obj && 'to' in obj && Object.keys(obj).length === 2)
    return `${valueText(t, key, obj.from, names)} → ${valueText(t, key, obj.to, names)}`;
  return Object.entries(obj)
    .map(([k, v]) =>
      t('audit.detail.pair', { key: keyLabel(t, k), value: valueText(t, k, v, names) }),
    )
    .join(', ');
}

function numberText(t: T, key: string, n: number): string {
  if (/At$|^now$/.test(key) && n > 1e12) return dayjs(n).format('YYYY-MM-DD HH:mm:ss');
  if (/Cents$/.test(key)) return `¥${(n / 100).toFixed(2)}`;
  if (/Ms$/.test(key)) {
    const s = Math.round(n / 1000);
    return s < 120
      ? t('errors.wait.seconds', { n: s })
      : t('errors.wait.minutes', { n: Math.round(s / 60) });
  }
  return String(n);
}
