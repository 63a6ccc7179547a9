/** Small helpers of the shift screens: colours with their words, windows, time left. */
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { ShiftTemplate } from '../../../../shared/contract/shiftViews';
import type { HandoverStatus, LogCategory, ShiftStatus } from '../../../../shared/domain/shift';
import type { T } from '../../app/i18n';
import { hhmm } from '../desk/format';
import { useShiftStore } from './shiftStore';
import { useConnectionStore } from '../../app/live/connectionStore';

export const CATEGORY_COLOR: Record<LogCategory, string> = {
  general: 'gray',
  maintenance: 'orange',
  incident: 'red',
  complaint: 'grape',
  vip: 'yellow',
  cash: 'green',
  security: 'indigo',
};

export const STATUS_COLOR: Record<ShiftStatus, string> = {
  opening: 'blue',
  open: 'teal',
  handedOver: 'orange',
  closed: 'gray',
  abandoned: 'red',
};

export const HANDOVER_COLOR: Record<HandoverStatus, string> = {
  draft: 'gray',
  awaitingIncoming: 'orange',
  signed: 'teal',
  flagged: 'red',
  accepted: 'green',
};

export const templateWindow = (t: Pick<ShiftTemplate, 'startsAt' | 'endsAt'>) =>
  `${t.startsAt}–${t.endsAt}`;

export const plannedText = (start: number, end: number) => `${hhmm(start)}–${hhmm(end)}`;

/** A clock time today, or with the date when it was another day. */
export function when(at: number, now: number): string {
  return dayjs(at).isSame(now, 'day') ? hhmm(at) : dayjs(at).format('MM-DD HH:mm');
}

/** "1 h 25 min left", "5 min left" or "12 min over" against the planned end. */
export function timeLeft(t: T, end: number, now: number): { text: string; over: boolean } {
  if (end < now)
    return { text: t('shift.header.over', { m: Math.floor((now - end) / 60_000) }), over: true };
  // Rounded up, like the reminder: "8 min" until the eighth minute has fully gone.
  const minutes = Math.ceil((end - now) / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return {
    text: h > 0 ? t('shift.header.leftHours', { h, m }) : t('shift.header.leftMinutes', { m }),
    over: false,
  };
}

/** The value of a datetime-local field for a moment, and back; null when not a time. */
export const toLocalInput = (at: number) => dayjs(at).format('YYYY-MM-DDTHH:mm');
export function fromLocalInput(text: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(text)) return null;
  const d = dayjs(text);
  return d.isValid() ? d.valueOf() : null;
}

/** main's time now, moving on by itself every few seconds while a screen shows it. */
export function useServerNow(stepMs = 10_000): number {
  const offset = useShiftStore((s) => s.offsetMs);
  // Without main the clock on screen stands still: a countdown that ran on would mislead.
  const up = useConnectionStore((s) => s.up);
  const [now, setNow] = useState(() => Date.now() + offset);
  useEffect(() => {
    if (!up) return;
    // A re-read of main's clock moves the offset by milliseconds: no reason to redraw the page.
    setNow((before) => {
      const fresh = Date.now() + offset;
      return Math.abs(fresh - before) < 1000 ? before : fresh;
    });
    const timer = setInterval(() => setNow(Date.now() + offset), stepMs);
    return () => clearInterval(timer);
  }, [offset, up, stepMs]);
  return now;
}
