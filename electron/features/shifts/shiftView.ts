import type {
  CurrentShift,
  ShiftAckView,
  ShiftCheckView,
  ShiftTemplate,
  ShiftView,
} from '../../../shared/contract/shiftViews';
import { shiftInstance } from '../../../shared/domain/shift';
import { MINUTE_MS } from '../../../shared/domain/time';
import { readSettings } from '../settings';
import {
  ackedMessages,
  currentShiftRow,
  getShift,
  handoverStateOfShift,
  lastClosedAt,
  lastCountedCents,
  latestHandedOver,
  listTemplates,
  previousShift,
  shiftAcks,
  shiftChecks,
  shiftStaffRows,
  unreadNextShiftMessages,
  type ShiftRow,
  type TemplateRow,
} from './shiftQueries';
import { getStaff } from '../staff';
import type { Db } from '../../db/types';
import { AppError, notFound } from '../../ipc/errors';

export function nameOf(db: Db, id: string | null): string | null {
  return id ? (getStaff(db, id)?.display_name ?? null) : null;
}

/** The shift at work (opening or open), if any. */
export function currentShift(db: Db): ShiftRow | null {
  return currentShiftRow(db) ?? null;
}

export function shiftById(db: Db, id: string): ShiftRow {
  const row = getShift(db, id);
  if (!row) throw notFound('Shift');
  return row;
}

/** The shift at work, or CONFLICT 'shifts.none' when nobody has opened one. */
export function requireCurrentShift(db: Db): ShiftRow {
  const row = currentShiftRow(db);
  if (!row) throw new AppError('CONFLICT', 'No shift is open.', { reason: 'shifts.none' });
  return row;
}

export function isAtWork(shift: ShiftRow): boolean {
  return shift.status === 'opening' || shift.status === 'open';
}

export function templateView(row: TemplateRow): ShiftTemplate {
  return {
    id: row.id,
    name: row.name,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    active: row.active === 1,
    sort: row.sort,
  };
}

function checksOf(db: Db, shiftId: string): ShiftCheckView[] {
  return shiftChecks(db, shiftId).map((c) => ({
    itemId: c.item_id,
    phase: c.phase,
    label: c.label,
    doneAt: c.done_at,
    doneBy: c.done_by,
    doneByName: nameOf(db, c.done_by),
  }));
}

/** The previous shift's signed handover, to be read (and received) before work starts. */
function handoverAck(db: Db, shift: ShiftRow, ackedAt: (ref: string) => number | null) {
  const prev = previousShift(db, shift);
  const handover = prev ? handoverStateOfShift(db, prev.id) : undefined;
  if (!prev || !handover || handover.outgoing_signed_at === null) return [];
  const ack: ShiftAckView = {
    kind: 'handover',
    refId: handover.id,
    shiftName: prev.name,
    businessDate: prev.business_date,
    summary: handover.summary,
    outgoingName: nameOf(db, handover.outgoing_id),
    awaitingIncoming: handover.status === 'awaitingIncoming',
    ackedAt: ackedAt(handover.id),
  };
  return [ack];
}

/**
 * Notes for the next shift: those this shift acknowledged, plus, while it is opening, every
 * one still unread. Once at work, new notes for the next shift are not this shift's to read.
 */
type MessageAck = Extract<ShiftAckView, { kind: 'message' }>;

function messageAcks(db: Db, shift: ShiftRow): MessageAck[] {
  const acked = ackedMessages(db, shift.id).map((m): MessageAck => ({
    kind: 'message',
    refId: m.id,
    fromName: m.from_name,
    at: m.at,
    body: m.body,
    ackedAt: m.acked_at,
  }));
  if (shift.status !== 'opening') return acked;
  const seen = new Set(acked.map((a) => a.refId));
  const pending = unreadNextShiftMessages(db)
    .filter((m) => !seen.has(m.id))
    .map((m): MessageAck => ({
      kind: 'message',
      refId: m.id,
      fromName: m.from_name,
      at: m.at,
      body: m.body,
      ackedAt: null,
    }));
  return [...acked, ...pending].sort((a, b) => a.at - b.at);
}

function acksOf(db: Db, shift: ShiftRow): ShiftAckView[] {
  const recorded = shiftAcks(db, shift.id);
  const ackedAt = (ref: string) =>
    recorded.find((a) => a.kind === 'handover' && a.ref_id === ref)?.at ?? null;
  return [...handoverAck(db, shift, ackedAt), ...messageAcks(db, shift)];
}

/** What still stands between an opening shift and work, keyed for the error's fields. */
export function openingGaps(view: Pick<ShiftView, 'checks' | 'acks'>): Record<string, string> {
  const gaps: Record<string, string> = {};
  for (const c of view.checks)
    if (c.phase === 'opening' && c.doneAt === null) gaps[`check.${c.itemId}`] = 'not done';
  for (const a of view.acks) {
    if (a.ackedAt !== null) continue;
    const awaiting = a.kind === 'handover' && a.awaitingIncoming;
    gaps[`ack.${a.kind}.${a.refId}`] = awaiting ? 'handover not received' : 'not acknowledged';
  }
  return gaps;
}

export function shiftView(db: Db, shift: ShiftRow, now: number): ShiftView {
  const checks = checksOf(db, shift.id);
  const acks = acksOf(db, shift);
  const handover = handoverStateOfShift(db, shift.id);
  const reminderMs = (readSettings(db).handoverReminderMinutes ?? 10) * MINUTE_MS;
  return {
    id: shift.id,
    templateId: shift.template_id,
    name: shift.name,
    businessDate: shift.business_date,
    plannedStart: shift.planned_start,
    plannedEnd: shift.planned_end,
    openedAt: shift.opened_at,
    openedBy: shift.opened_by,
    openedByName: nameOf(db, shift.opened_by) ?? '',
    startedAt: shift.started_at,
    status: shift.status,
    closedAt: shift.closed_at,
    openingFloatCents: shift.opening_float_cents,
    staff: shiftStaffRows(db, shift.id).map((s) => ({
      staffId: s.staff_id,
      displayName: s.display_name,
      role: s.role,
      clockInAt: s.clock_in_at,
      lateMinutes: s.late_minutes,
      rostered: s.rostered === 1,
      clockOutAt: s.clock_out_at,
    })),
    checks,
    acks,
    canStart: shift.status === 'opening' && Object.keys(openingGaps({ checks, acks })).length === 0,
    closingDone: checks.every((c) => c.phase !== 'closing' || c.doneAt !== null),
    handoverReminder: isAtWork(shift) && now >= shift.planned_end - reminderMs,
    handoverId: handover?.id ?? null,
    handoverStatus: handover?.status ?? null,
  };
}

/**
 * The template to offer: the one whose window holds now (a night shift's after midnight
 * too), else the next to start later today, else the first.
 */
export function suggestTemplate(templates: TemplateRow[], now: number): string | null {
  const windows = templates.map((t) => ({ t, w: shiftInstance(now, t.starts_at, t.ends_at) }));
  const holding = windows.find(({ w }) => w.start <= now && now < w.end);
  if (holding) return holding.t.id;
  const later = windows.filter(({ w }) => w.start > now).sort((a, b) => a.w.start - b.w.start);
  return later[0]?.t.id ?? templates[0]?.id ?? null;
}

function awaitingHandover(db: Db): CurrentShift['awaitingHandover'] {
  const shift = latestHandedOver(db);
  const handover = shift ? handoverStateOfShift(db, shift.id) : undefined;
  if (!shift || !handover) return null;
  return {
    shiftId: shift.id,
    handoverId: handover.id,
    name: shift.name,
    outgoingName: nameOf(db, handover.outgoing_id) ?? '',
  };
}

export function currentShiftView(db: Db, now: number): CurrentShift {
  const templates = listTemplates(db, true);
  const shift = currentShift(db);
  return {
    now,
    shift: shift ? shiftView(db, shift, now) : null,
    awaitingHandover: awaitingHandover(db),
    templates: templates.map(templateView),
    suggestedTemplateId: suggestTemplate(templates, now),
    suggestedFloatCents: lastCountedCents(db) ?? readSettings(db).cashFloatCents ?? 0,
    deskNotice: shift ? null : { kind: 'noShiftOpen', since: lastClosedAt(db) },
  };
}
