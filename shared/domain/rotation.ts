/**
 * Consultant rotation (签到排名顺序 / 轮值) and visitor hand-over (访客登记), seed 002:
 * the day's sign-in order is the rotation; consultants who are out (吃饭、外场) or with a
 * visitor are skipped; a consultant who receives a visitor goes to the end of the order.
 * Pure rules only: main feeds them rows and stores what they decide.
 */
import type { Role } from './roles';

export const CONSULTANT_STATUSES = ['available', 'withVisitor', 'out'] as const;
export type ConsultantStatus = (typeof CONSULTANT_STATUSES)[number];

/** A first visit; served before by a named consultant; an appointment with a named consultant. */
export const VISITOR_SCENARIOS = ['A', 'B', 'C'] as const;
export type VisitorScenario = (typeof VISITOR_SCENARIOS)[number];

export const VISITOR_STATUSES = ['waiting', 'received', 'left'] as const;
export type VisitorStatus = (typeof VISITOR_STATUSES)[number];

/** Why a visitor went to the next consultant: late past the limit, away, or the desk's call. */
export const PASS_REASONS = ['timeout', 'out', 'manual'] as const;
export type PassReason = (typeof PASS_REASONS)[number];

export const CALL_ROUTES = ['rotation', 'message'] as const;
export type CallRoute = (typeof CALL_ROUTES)[number];

/** Minutes a called consultant has to reach the desk (seed 002: 限定在1-2分钟内到达). */
export const DEFAULT_HANDOVER_MINUTES = 2;

/** Who registers visitors, records calls and keeps the rotation: the front desk. */
export const RECEPTION_DESK: readonly Role[] = [
  'receptionist',
  'dutyManager',
  'supervisor',
  'admin',
];
/** The desk plus the consultants themselves, who may read the rotation and their messages. */
export const RECEPTION_READERS: readonly Role[] = [...RECEPTION_DESK, 'consultant'];

export interface RotationSlot {
  staffId: string;
  /** Sign-in order; a consultant who received a visitor gets a higher one (the end). */
  position: number;
  status: ConsultantStatus;
  /** A visitor is already waiting for this consultant: they are called, so not next again. */
  hasWaiting?: boolean;
}

/** The rotation in order of turns. */
export function rotationOrder<T extends RotationSlot>(slots: readonly T[]): T[] {
  return [...slots].sort((a, b) => a.position - b.position || a.staffId.localeCompare(b.staffId));
}

/** Can take the next visitor or call now: available and not already called for someone. */
export function isFree(slot: RotationSlot): boolean {
  return slot.status === 'available' && !slot.hasWaiting;
}

/**
 * Who is next: the first free consultant in order, leaving out `exclude`. When everyone
 * free is in `avoid` (e.g. already missed this visitor), they are used rather than no one.
 */
export function nextInRotation<T extends RotationSlot>(
  slots: readonly T[],
  options: { exclude?: readonly string[]; avoid?: readonly string[] } = {},
): T | null {
  const exclude = new Set(options.exclude ?? []);
  const avoid = new Set(options.avoid ?? []);
  const free = rotationOrder(slots).filter((s) => isFree(s) && !exclude.has(s.staffId));
  return free.find((s) => !avoid.has(s.staffId)) ?? free[0] ?? null;
}

/** The position that puts a consultant at the end of the day's order. */
export function endPosition(slots: readonly RotationSlot[]): number {
  return slots.reduce((max, s) => Math.max(max, s.position), 0) + 1;
}

export type Assignment =
  { staffId: string; via: 'named' | 'rotation' } | { staffId: null; via: 'none' };

/**
 * Who a new visitor is handed to. A: the next in rotation. B: the named consultant when
 * signed in and available, else the rotation. C: the named consultant (the appointment),
 * who must then arrive in time or the visitor is passed on.
 */
export function assignVisitor(
  scenario: VisitorScenario,
  named: string | null,
  slots: readonly RotationSlot[],
): Assignment {
  if (scenario === 'C' && named) return { staffId: named, via: 'named' };
  if (scenario === 'B' && named) {
    const slot = slots.find((s) => s.staffId === named);
    if (slot && slot.status === 'available') return { staffId: named, via: 'named' };
  }
  const next = nextInRotation(slots);
  return next ? { staffId: next.staffId, via: 'rotation' } : { staffId: null, via: 'none' };
}

/** When the called consultant must have confirmed the hand-over. */
export function handoverDeadline(assignedAt: number, minutes: number): number {
  return assignedAt + minutes * 60_000;
}

export function isOverdue(deadline: number | null, now: number): boolean {
  return deadline !== null && now >= deadline;
}

/**
 * Whether the desk may pass a waiting visitor on, and with which reasons: any time when no
 * one is assigned; 'out' when the consultant is out or not signed in today; 'timeout' once
 * the deadline has passed; 'manual' when either holds.
 */
export function passAllowed(
  v: { consultantId: string | null; deadlineAt: number | null },
  consultantStatus: ConsultantStatus | null,
  now: number,
  reason: PassReason,
): boolean {
  if (v.consultantId === null) return true;
  const away = consultantStatus === null || consultantStatus === 'out';
  const late = isOverdue(v.deadlineAt, now);
  if (reason === 'timeout') return late;
  if (reason === 'out') return away;
  return away || late;
}
