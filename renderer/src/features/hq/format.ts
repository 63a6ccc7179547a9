/** How head office's screens write times and a branch's problems. */
import type { HqProblem } from '../../../../shared/contract/hqViews';
import type { T } from '../../app/i18n';

const pad = (n: number) => String(n).padStart(2, '0');

/** 2026-11-30 09:00 on this PC's clock; null → "never". */
export function when(t: T, ms: number | null): string {
  if (ms === null) return t('hq.never');
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** 11-30 09:00: the board's narrow columns, the year being the month shown. */
export function shortWhen(t: T, ms: number | null): string {
  return ms === null ? t('hq.never') : when(t, ms).slice(5);
}

/** 缺号 seq 121–124, 内容被改 #130… */
export function problemText(t: T, p: HqProblem): string {
  if (p.problem === 'gap') return t('hq.problem.gap', { from: p.seq, to: p.untilSeq ?? p.seq });
  return t(`hq.problem.${p.problem}`, { seq: p.seq });
}

/** The first part of a site id, enough to tell branches apart on screen. */
export const shortSite = (siteId: string) => siteId.slice(0, 8);
