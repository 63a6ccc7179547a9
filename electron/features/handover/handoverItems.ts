import type {
  HandoverAnomaly,
  HandoverOpenItems,
  OpenFollowUp,
  OpenTag,
} from '../../../shared/contract/handoverViews';
import type { LogCategory } from '../../../shared/domain/shift';
import {
  lockoutsIn,
  logAnomaliesOf,
  lostTagsIn,
  OPEN_SQL,
  overridesIn,
  passedVisitorsIn,
  voidsIn,
  type Window,
} from './handoverRecordQueries';
import type { ShiftRow } from '../shifts';
import { incidentAnomaliesOf } from '../incidents';
import type { Db } from '../../db/types';
import { openComplaintsForHandover } from '../complaints';

type Names = Map<string, string>;

const nameIn = (names: Names, id: string | null | undefined) =>
  id ? (names.get(id) ?? null) : null;

/** Every follow-up still open, oldest first, wherever it was logged. */
export function openFollowUps(db: Db, now: number, names: Names): OpenFollowUp[] {
  const rows = db.prepare(OPEN_SQL.followUps).all() as {
    id: string;
    category: LogCategory;
    body: string;
    ownerId: string | null;
    dueAt: number | null;
    at: number;
    shiftName: string;
    carried: number;
  }[];
  return rows.map((r) => ({
    entryId: r.id,
    category: r.category,
    body: r.body,
    ownerName: nameIn(names, r.ownerId),
    dueAt: r.dueAt,
    overdue: r.dueAt !== null && r.dueAt < now,
    loggedShiftName: r.shiftName,
    loggedAt: r.at,
    carriedShifts: r.carried,
  }));
}

function tagsOut(db: Db, tagNotes: Record<string, string>): OpenTag[] {
  const rows = db.prepare(OPEN_SQL.tagsOut).all() as {
    id: string;
    tagNumber: string;
    since: number;
    name: string | null;
    openCents: number;
  }[];
  return rows
    .map((r) => ({
      tagNumber: r.tagNumber,
      checkInId: r.id,
      name: r.name ?? '',
      since: r.since,
      openChargeCents: r.openCents,
      note: tagNotes[r.tagNumber] ?? null,
    }))
    .sort((a, b) => a.tagNumber.localeCompare(b.tagNumber, 'en', { numeric: true }));
}

type MessageRef = { id: string; at: number; fromStaff: string; toStaff: string | null };

/** Notes for the next shift and for anyone on this one; names only, never the text. */
function unreadMessages(db: Db, onShift: string[], names: Names) {
  const rows = db.prepare(OPEN_SQL.unreadForShift).all() as MessageRef[];
  const personal = db.prepare(OPEN_SQL.unreadFor);
  for (const id of onShift) rows.push(...(personal.all(id) as MessageRef[]));
  return rows
    .sort((a, b) => a.at - b.at || a.id.localeCompare(b.id))
    .map((m) => ({
      id: m.id,
      fromName: nameIn(names, m.fromStaff) ?? '',
      toName: nameIn(names, m.toStaff),
      at: m.at,
    }));
}

export function openItems(
  db: Db,
  shift: ShiftRow,
  tagNotes: Record<string, string>,
  now: number,
  names: Names,
): HandoverOpenItems {
  const onShift = db
    .prepare('SELECT staff_id FROM shift_staff WHERE shift_id = ?')
    .pluck()
    .all(shift.id) as string[];
  const waiting = db.prepare(OPEN_SQL.waitingVisitors).all() as {
    id: string;
    name: string;
    registeredAt: number;
    consultantId: string | null;
  }[];
  return {
    followUps: openFollowUps(db, now, names),
    complaints: openComplaintsForHandover(db, now, 'receptionist'),
    waitingVisitors: waiting.map((w) => ({
      id: w.id,
      name: w.name,
      registeredAt: w.registeredAt,
      consultantName: nameIn(names, w.consultantId),
    })),
    tagsOut: tagsOut(db, tagNotes),
    unsettled: db.prepare(OPEN_SQL.unsettled).get() as { count: number; totalCents: number },
    unreadMessages: unreadMessages(db, onShift, names),
  };
}

/** Who the lockout hit: the colleague whose PIN was tried at the desk, else the actor. */
function lockedName(detail: string, actorName: string | null, names: Names): string | null {
  const parsed = JSON.parse(detail) as { consultant?: unknown };
  const id = typeof parsed.consultant === 'string' ? parsed.consultant : null;
  return nameIn(names, id) ?? actorName;
}

export function anomalies(db: Db, w: Window, shiftId: string, names: Names): HandoverAnomaly[] {
  const incidents = incidentAnomaliesOf(db, w.from, w.to, shiftId);
  // An incident report wrote its own log entry: the handover lists the report, once.
  const reported = new Set(incidents.map((i) => i.logEntryId));
  const out: HandoverAnomaly[] = [
    ...incidents.map((i) => ({
      kind: 'incident' as const,
      at: i.at,
      text: i.text,
      staffName: nameIn(names, i.staffId),
      incidentId: i.incidentId,
    })),
    ...logAnomaliesOf(db, shiftId)
      .filter((e) => !reported.has(e.id))
      .map((e) => ({
        kind: 'logEntry' as const,
        at: e.at,
        text: e.body,
        staffName: nameIn(names, e.staff),
        category: e.category,
      })),
    ...overridesIn(db, w).map((o) => ({
      kind: 'override' as const,
      at: o.at,
      text: o.reason ?? '',
      staffName: nameIn(names, o.staff),
    })),
    ...voidsIn(db, w).map((v) => ({
      kind: 'void' as const,
      at: v.at,
      text: v.reason ? `${v.name}: ${v.reason}` : v.name,
      staffName: nameIn(names, v.staff),
    })),
    ...lockoutsIn(db, w).map((l) => ({
      kind: 'lockout' as const,
      at: l.at,
      text: l.action,
      staffName: lockedName(l.detail, l.actorName, names),
    })),
    ...lostTagsIn(db, w).map((t) => ({
      kind: 'lostTag' as const,
      at: t.at,
      text: t.reason ? `${t.number}: ${t.reason}` : t.number,
      staffName: nameIn(names, t.staff),
    })),
    ...passedVisitorsIn(db, w).map((p) => ({
      kind: 'passedVisitor' as const,
      at: p.at,
      text: p.name,
      staffName: nameIn(names, p.staff),
    })),
  ];
  return out.sort((a, b) => a.at - b.at);
}
