import type {
  IncidentFollowUp,
  IncidentSummary,
  IncidentView,
} from '../../../shared/contract/incidentViews';
import type { CallOutcome } from '../../../shared/domain/followUpPlan';
import type { Db } from '../../db/types';
import { getStaff } from '../staff';
import { followUpsOf, type FollowUpRow, type IncidentRow } from './incidentQueries';

const nameOf = (db: Db, id: string | null) =>
  id ? (getStaff(db, id)?.display_name ?? null) : null;

export function summaryView(db: Db, row: IncidentRow): IncidentSummary {
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    personName: row.person_name,
    occurredAt: row.occurred_at,
    place: row.place,
    injured: !!row.injury,
    hospitalEscort: row.hospital_escort === 1,
    costsCents: row.costs_cents,
    signed: row.signed_at !== null,
    recordedByName: nameOf(db, row.recorded_by) ?? '',
  };
}

function followUpView(db: Db, f: FollowUpRow): IncidentFollowUp {
  return {
    id: f.id,
    dueDay: f.due_day,
    assignedName: nameOf(db, f.assigned_to),
    phone: f.phone,
    attempt: f.attempt,
    outcome: f.outcome as CallOutcome | null,
    score: f.score,
    note: f.note,
    doneAt: f.done_at,
    doneByName: nameOf(db, f.done_by),
    dropped: f.dropped_at !== null,
  };
}

export function incidentView(db: Db, row: IncidentRow): IncidentView {
  const shiftName = row.shift_id
    ? ((db.prepare('SELECT name FROM shifts WHERE id = ?').pluck().get(row.shift_id) as
        string | undefined) ?? null)
    : null;
  return {
    ...summaryView(db, row),
    clientId: row.client_id,
    memberCard: row.member_card,
    gender: row.gender,
    age: row.age,
    phone: row.phone,
    whatHappened: row.what_happened,
    injury: row.injury,
    firstAid: row.first_aid,
    hospital: row.hospital,
    handlingOpinion: row.handling_opinion,
    memberDemands: row.member_demands,
    witnesses: row.witnesses,
    staffInvolved: row.staff_involved,
    recordedAt: row.recorded_at,
    businessDate: row.business_date,
    shiftName,
    logEntryId: row.log_entry_id,
    signerName: row.signer_name,
    signedAt: row.signed_at,
    signatureDataUrl:
      row.signature && row.signature_mime
        ? `data:${row.signature_mime};base64,${row.signature.toString('base64')}`
        : null,
    updatedAt: row.updated_at,
    followUps: followUpsOf(db, row.id).map((f) => followUpView(db, f)),
  };
}
