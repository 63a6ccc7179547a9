/** Small formatters for the reception screen: money in cents, clock times, countdowns. */
import dayjs from 'dayjs';

/** 1250 → "¥12.50". Money stays integer cents everywhere else. */
export function money(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}¥${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export function hhmm(at: number): string {
  return dayjs(at).format('HH:mm');
}

/** Milliseconds left → "1:05"; past the deadline → "-0:12". */
export function countdown(ms: number): string {
  const late = ms < 0;
  const s = Math.ceil(Math.abs(ms) / 1000);
  const text = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  return late ? `-${text}` : text;
}

/** True while a text field has the keyboard, so single-key shortcuts and scans stay out. */
export function typingInField(): boolean {
  const el = document.activeElement as HTMLElement | null;
  if (!el) return false;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable;
}
