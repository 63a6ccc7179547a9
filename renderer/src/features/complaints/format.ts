/** Small pure helpers of the complaint screens: countdowns, deadline colours, money, minutes. */
import { useEffect, useState } from 'react';
import type {
  ComplaintRemedy,
  ComplaintSummary,
  DeadlineState,
} from '../../../../shared/contract/complaintViews';
import { deadlineState } from '../../../../shared/domain/complaintDeadline';
import type { T } from '../../app/i18n';
import { useConnectionStore } from '../../app/live/connectionStore';

export const DEADLINE_COLOR: Record<DeadlineState, string> = {
  onTime: 'teal',
  dueSoon: 'orange',
  overdue: 'red',
  paused: 'gray',
  done: 'blue',
};

export const SEVERITY_COLOR = { low: 'gray', normal: 'blue', high: 'orange', critical: 'red' };

/** Re-judged every second with main's own thresholds, so the colour turns as the deadline passes. */
export function liveDeadlineState(c: ComplaintSummary, now: number): DeadlineState {
  return deadlineState(c, now);
}

/** main's time now, ticking every second while the line to main is up (else it stands still). */
export function useMainNow(offsetMs: number): number {
  const up = useConnectionStore((s) => s.up);
  const [now, setNow] = useState(() => Date.now() + offsetMs);
  useEffect(() => {
    if (!up) return;
    setNow(Date.now() + offsetMs);
    const timer = setInterval(() => setNow(Date.now() + offsetMs), 1000);
    return () => clearInterval(timer);
  }, [offsetMs, up]);
  return now;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 93_784_000 ms → "1 d 02:03:04"; under a day "02:03:04". */
export function durationText(t: T, ms: number): string {
  const s = Math.floor(Math.abs(ms) / 1000);
  const d = Math.floor(s / 86_400);
  const clock = `${pad(Math.floor((s % 86_400) / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
  return d > 0 ? `${t('complaint.countdown.days', { d })} ${clock}` : clock;
}

/** "3 h 20 min" for the board's counted minutes. */
export function minutesText(t: T, minutes: number | null): string {
  if (minutes === null) return '—';
  const m = Math.round(minutes);
  if (m < 60) return t('complaint.minutesShort', { m });
  if (m < 24 * 60) return t('complaint.minutes', { h: Math.floor(m / 60), m: m % 60 });
  return t('complaint.days', { d: Math.floor(m / 1440), h: Math.floor((m % 1440) / 60) });
}

/** "12.5" → 1250; anything that is not a positive amount with at most 2 decimals → null. */
export function yuanToCents(text: string): number | null {
  const v = text.trim();
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(v)) return null;
  const [whole, frac = ''] = v.split('.');
  const cents = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  return cents > 0 ? cents : null;
}

export function centsToYuan(cents: number): string {
  return `${Math.floor(cents / 100)}.${pad(cents % 100)}`;
}

export function remedyText(t: T, r: ComplaintRemedy): string {
  if (r.kind === 'money' && r.cents !== null)
    return t('complaint.remedy.moneyValue', { amount: centsToYuan(r.cents) });
  if (r.kind === 'freeSession' && r.sessions !== null)
    return t('complaint.remedy.sessionsValue', { count: r.sessions });
  if (r.kind === 'extension' && r.days !== null)
    return t('complaint.remedy.daysValue', { count: r.days });
  return t('complaint.remedy.none');
}
