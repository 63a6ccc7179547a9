/** Shifts (值班), the shift log (值班日志) and the handover (交接班). Names follow GLOSSARY.md. */
import type { Role } from './roles';
import { addDays, businessDate } from './time';

export const LOG_CATEGORIES = [
  'general',
  'maintenance',
  'incident',
  'complaint',
  'vip',
  'cash',
  'security',
] as const;
export type LogCategory = (typeof LOG_CATEGORIES)[number];

/** Categories that count as anomalies of the shift in its handover. */
export const ANOMALY_CATEGORIES: readonly LogCategory[] = ['incident', 'security', 'complaint'];

export const CHECKLIST_PHASES = ['opening', 'closing'] as const;
export type ChecklistPhase = (typeof CHECKLIST_PHASES)[number];

/**
 * opening: opened, opening checklist not finished; open: at work; handedOver: the outgoing
 * side signed, the incoming has not received it yet; closed: received (signed or flagged);
 * abandoned: closed by a manager without a handover (shows as missing on the board).
 */
export const SHIFT_STATUSES = ['opening', 'open', 'handedOver', 'closed', 'abandoned'] as const;
export type ShiftStatus = (typeof SHIFT_STATUSES)[number];

/** The parts of a handover the incoming side checks one by one. */
export const HANDOVER_SECTIONS = ['figures', 'openItems', 'anomalies', 'cash', 'summary'] as const;
export type HandoverSection = (typeof HANDOVER_SECTIONS)[number];

export const HANDOVER_STATUSES = [
  'draft',
  'awaitingIncoming',
  'signed',
  'flagged',
  'accepted',
] as const;
export type HandoverStatus = (typeof HANDOVER_STATUSES)[number];

/** Who may close a shift without a handover, review and accept handovers (值班经理 and up). */
export const SHIFT_MANAGERS: readonly Role[] = ['dutyManager', 'supervisor', 'admin'];

/** Banknotes and coins counted in the drawer, in cents (元 100 … 角 1). */
export const DENOMINATIONS_CENTS = [10000, 5000, 2000, 1000, 500, 100, 50, 10] as const;

export const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Minutes after midnight of an "HH:MM" time. */
export function minutesOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/**
 * The planned start and end of a shift on a business date, in local time. A template whose
 * end is not after its start (e.g. 22:00–06:00) ends on the next calendar day.
 */
export function plannedWindow(
  businessDate: string,
  startsAt: string,
  endsAt: string,
): { start: number; end: number } {
  const [y, mo, d] = businessDate.split('-').map(Number) as [number, number, number];
  const s = minutesOfDay(startsAt);
  const e = minutesOfDay(endsAt);
  const start = new Date(y, mo - 1, d, Math.floor(s / 60), s % 60).getTime();
  const endDay = e > s ? d : d + 1;
  const end = new Date(y, mo - 1, endDay, Math.floor(e / 60), e % 60).getTime();
  return { start, end };
}

/**
 * The template's instance a moment belongs to. A shift that crosses midnight (22:00–02:00)
 * belongs to the business date it started on: opened at 00:15, inside yesterday's window,
 * it is yesterday's night shift (lateness counted from 22:00), not tonight's.
 */
export function shiftInstance(
  now: number,
  startsAt: string,
  endsAt: string,
): { businessDate: string; start: number; end: number } {
  const day = businessDate(now);
  if (minutesOfDay(endsAt) <= minutesOfDay(startsAt)) {
    const yesterday = addDays(day, -1);
    const w = plannedWindow(yesterday, startsAt, endsAt);
    if (now < w.end) return { businessDate: yesterday, ...w };
  }
  return { businessDate: day, ...plannedWindow(day, startsAt, endsAt) };
}

/** Whole minutes late against the planned start; 0 when on time or early. */
export function lateMinutes(clockInAt: number, plannedStart: number): number {
  return Math.max(0, Math.floor((clockInAt - plannedStart) / 60_000));
}

/** Sum of a count per denomination, in cents; unknown denominations are ignored. */
export function denominationTotal(counts: Partial<Record<string, number>>): number {
  let total = 0;
  for (const cents of DENOMINATIONS_CENTS) total += cents * (counts[String(cents)] ?? 0);
  return total;
}
