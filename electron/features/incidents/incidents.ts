import type { ParsedInput } from '../../../shared/contract';
import { SHIFT_MANAGERS } from '../../../shared/domain/shift';
import type { ServiceContext } from '../../ipc/context';
import { AppError, notFound } from '../../ipc/errors';
import type { Handlers } from '../../ipc/handler';
import { currentShiftRow, insertLogEntry } from '../shifts';
import { factColumns, orNull, type Facts } from './incidentFacts';
import {
  getIncident,
  insertIncident,
  listIncidents,
  nextNumber,
  updateIncident,
  type IncidentRow,
} from './incidentQueries';
import { incidentView, summaryView } from './incidentView';

/** The report loaded for a call, named on its audit row. */
export function requireIncident(ctx: ServiceContext, id: string): IncidentRow {
  const row = getIncident(ctx.db, id);
  if (!row) throw notFound('Incident report');
  ctx.audit.targetType = 'incident';
  ctx.audit.targetId = row.id;
  return row;
}

/** The line in the shift log: number, person, place and what happened (the log's own length). */
function logBody(row: IncidentRow): string {
  return `${row.number} · ${row.person_name} · ${row.place}: ${row.what_happened}`.slice(0, 2000);
}

/** An incident entry in the shift at work; with no shift at work the report stands alone. */
function logIntoShift(ctx: ServiceContext, row: IncidentRow): void {
  const shift = currentShiftRow(ctx.db);
  if (!shift) return;
  const entryId = ctx.env.ids();
  insertLogEntry(ctx.db, {
    id: entryId,
    shift_id: shift.id,
    business_date: shift.business_date,
    at: ctx.now,
    by_staff: ctx.staff!.id,
    category: 'incident',
    body: logBody(row),
    edited_at: null,
    corrects_id: null,
    locked: 0,
    follow_up: 0,
    owner_id: null,
    due_at: null,
    done_at: null,
    done_by: null,
    done_note: null,
  });
  updateIncident(ctx.db, row.id, { shift_id: shift.id, log_entry_id: entryId });
}

/** The stored facts in the shape of the input, so a partial update re-checks the whole. */
function factsOf(row: IncidentRow): Facts {
  return {
    kind: row.kind,
    ...(row.client_id ? { clientId: row.client_id } : { personName: row.person_name }),
    ...(row.gender ? { gender: row.gender } : {}),
    ...(row.age !== null ? { age: row.age } : {}),
    phone: row.phone ?? '',
    occurredAt: row.occurred_at,
    place: row.place,
    whatHappened: row.what_happened,
    injury: row.injury ?? '',
    firstAid: row.first_aid ?? '',
    hospitalEscort: row.hospital_escort === 1,
    hospital: row.hospital ?? '',
    witnesses: row.witnesses ?? '',
    staffInvolved: row.staff_involved ?? '',
    memberDemands: row.member_demands ?? '',
  };
}

type UpdateInput = ParsedInput<'incidents.update'>;
const SETTLEMENT_KEYS = ['incidentId', 'costsCents', 'handlingOpinion'];

function mergedFacts(row: IncidentRow, input: UpdateInput): Facts {
  const { incidentId: _id, costsCents: _c, handlingOpinion: _h, ...changes } = input;
  const base = factsOf(row);
  // Naming a person not on file takes the report off the member's file, and the reverse.
  const switched =
    (changes.personName !== undefined && changes.clientId === undefined && !!base.clientId) ||
    (changes.clientId !== undefined && changes.clientId !== base.clientId);
  if (changes.personName !== undefined && changes.clientId === undefined) delete base.clientId;
  if (changes.clientId !== undefined) delete base.personName;
  // Another person: the gender, age and phone of the one before do not carry over.
  if (switched) {
    delete base.gender;
    delete base.age;
    base.phone = '';
  }
  return { ...base, ...changes } as Facts;
}

/** After the signature only the settlement moves, and only by a duty manager or above. */
function assertMayUpdate(ctx: ServiceContext, row: IncidentRow, input: UpdateInput): void {
  if (row.signed_at === null) return;
  const facts = Object.keys(input).filter((k) => !SETTLEMENT_KEYS.includes(k));
  if (facts.length)
    throw new AppError('CONFLICT', 'The member signed this report; its facts stay as signed.', {
      reason: 'incidents.signed',
      fields: Object.fromEntries(facts.map((k) => [k, 'signed'])),
    });
  if (!SHIFT_MANAGERS.includes(ctx.staff!.role))
    throw new AppError('FORBIDDEN', 'A duty manager settles a signed report.', {
      reason: 'incidents.settleByManager',
    });
}

export const incidentHandlers: Pick<
  Handlers,
  'incidents.record' | 'incidents.update' | 'incidents.get' | 'incidents.list'
> = {
  'incidents.record': (ctx, input) => {
    const { costsCents, handlingOpinion, ...facts } = input;
    const cols = factColumns(ctx, facts);
    const row = {
      id: ctx.env.ids(),
      number: nextNumber(ctx.db, cols.business_date!),
      ...cols,
      costs_cents: costsCents,
      handling_opinion: orNull(handlingOpinion),
      recorded_by: ctx.staff!.id,
      recorded_at: ctx.now,
      shift_id: null,
      log_entry_id: null,
      complaint_id: null,
      signer_name: null,
      signature: null,
      signature_mime: null,
      signed_at: null,
      updated_at: ctx.now,
    } as IncidentRow;
    insertIncident(ctx.db, row);
    logIntoShift(ctx, row);
    const saved = getIncident(ctx.db, row.id)!;
    ctx.audit.targetType = 'incident';
    ctx.audit.targetId = row.id;
    ctx.audit.detail = { number: row.number, kind: row.kind, shiftId: saved.shift_id };
    return incidentView(ctx.db, saved);
  },

  'incidents.update': (ctx, input) => {
    const row = requireIncident(ctx, input.incidentId);
    assertMayUpdate(ctx, row, input);
    // The number stays as given, even if the day it occurred is corrected: it is on paper.
    const facts = row.signed_at === null ? factColumns(ctx, mergedFacts(row, input)) : {};
    updateIncident(ctx.db, row.id, {
      ...facts,
      ...(input.costsCents !== undefined ? { costs_cents: input.costsCents } : {}),
      ...(input.handlingOpinion !== undefined
        ? { handling_opinion: orNull(input.handlingOpinion) }
        : {}),
      updated_at: ctx.now,
    });
    ctx.audit.detail = {
      number: row.number,
      signed: row.signed_at !== null,
      fields: Object.keys(input).filter((k) => k !== 'incidentId'),
    };
    return incidentView(ctx.db, getIncident(ctx.db, row.id)!);
  },

  'incidents.get': (ctx, input) => {
    const row = requireIncident(ctx, input.incidentId);
    ctx.audit.detail = { number: row.number };
    return incidentView(ctx.db, row);
  },

  'incidents.list': (ctx, input) => {
    const { rows, total } = listIncidents(ctx.db, {
      ...(input?.q ? { q: input.q } : {}),
      ...(input?.fromDay ? { fromDay: input.fromDay } : {}),
      ...(input?.toDay ? { toDay: input.toDay } : {}),
      limit: input?.limit ?? 50,
      offset: input?.offset ?? 0,
    });
    return { items: rows.map((r) => summaryView(ctx.db, r)), total };
  },
};
