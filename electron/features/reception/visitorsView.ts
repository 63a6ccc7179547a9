import type { VisitorView } from '../../../shared/contract/receptionViews';
import { today } from '../../ipc/context';
import { maskPhone } from '../../../shared/domain/masking';
import { isOverdue, passAllowed } from '../../../shared/domain/rotation';
import { getConsultantDay, passesOf, type VisitorRow } from './receptionQueries';
import { getStaff } from '../staff';
import type { Db } from '../../db/types';

function nameOf(db: Db, id: string | null): string | null {
  return id ? (getStaff(db, id)?.display_name ?? null) : null;
}

/** The consultant's status today, or null when they have not signed in. */
export function consultantStatusOf(db: Db, staffId: string | null, now: number) {
  if (!staffId) return null;
  return getConsultantDay(db, staffId, today({ now }))?.status ?? null;
}

export function visitorView(db: Db, row: VisitorRow, now: number): VisitorView {
  const consultantStatus = consultantStatusOf(db, row.consultant_id, now);
  const waiting = row.status === 'waiting';
  const v = { consultantId: row.consultant_id, deadlineAt: row.deadline_at };
  return {
    id: row.id,
    businessDate: row.business_date,
    registeredAt: row.registered_at,
    name: row.name,
    phoneMasked: row.phone ? maskPhone(row.phone) : null,
    gender: row.gender,
    source: row.source,
    interest: row.interest,
    scenario: row.scenario,
    trial: row.trial === 1,
    namedId: row.named_id,
    consultantId: row.consultant_id,
    consultantName: nameOf(db, row.consultant_id),
    consultantStatus,
    assignedAt: row.assigned_at,
    deadlineAt: row.deadline_at,
    overdue: waiting && isOverdue(row.deadline_at, now),
    canPassOn: waiting && passAllowed(v, consultantStatus, now, 'manual'),
    confirmedAt: row.confirmed_at,
    confirmedByName: nameOf(db, row.confirmed_by),
    status: row.status,
    leftAt: row.left_at,
    missedBy: passesOf(db, row.id)
      .map((p) => p.from_staff)
      .filter((id): id is string => id !== null),
  };
}
