import type { IncidentGender, IncidentKind } from '../../../shared/domain/incident';
import type { Db } from '../../db/types';

export interface IncidentRow {
  id: string;
  number: string;
  kind: IncidentKind;
  client_id: string | null;
  member_card: string | null;
  person_name: string;
  gender: IncidentGender | null;
  age: number | null;
  phone: string | null;
  occurred_at: number;
  place: string;
  what_happened: string;
  injury: string | null;
  first_aid: string | null;
  hospital_escort: 0 | 1;
  hospital: string | null;
  costs_cents: number;
  handling_opinion: string | null;
  member_demands: string | null;
  witnesses: string | null;
  staff_involved: string | null;
  recorded_by: string;
  recorded_at: number;
  business_date: string;
  shift_id: string | null;
  log_entry_id: string | null;
  complaint_id: string | null;
  signer_name: string | null;
  signature: Buffer | null;
  signature_mime: string | null;
  signed_at: number | null;
  updated_at: number;
}

/** The columns a signature freezes (the trigger incidents_signed refuses them afterwards). */
export const FACT_COLUMNS = [
  'kind',
  'client_id',
  'member_card',
  'person_name',
  'gender',
  'age',
  'phone',
  'occurred_at',
  'place',
  'what_happened',
  'injury',
  'first_aid',
  'hospital_escort',
  'hospital',
  'member_demands',
  'witnesses',
  'staff_involved',
] as const satisfies readonly (keyof IncidentRow)[];

export type IncidentPatch = Partial<Omit<IncidentRow, 'id' | 'number'>>;

export function getIncident(db: Db, id: string): IncidentRow | undefined {
  return db.prepare('SELECT * FROM incidents WHERE id = ?').get(id) as IncidentRow | undefined;
}

export function insertIncident(db: Db, row: IncidentRow): void {
  const cols = Object.keys(row);
  db.prepare(
    `INSERT INTO incidents (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`,
  ).run(row);
}

export function updateIncident(db: Db, id: string, patch: IncidentPatch): void {
  const keys = Object.keys(patch);
  if (!keys.length) return;
  db.prepare(
    `UPDATE incidents SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`,
  ).run({ ...patch, id });
}

/** SJ-YYYYMMDD-NN: the next number of the day it occurred (numbers are unique, never reused). */
export function nextNumber(db: Db, day: string): string {
  const prefix = `SJ-${day.replace(/-/g, '')}-`;
  const last = db
    .prepare(
      `SELECT max(CAST(substr(number, ?) AS INTEGER)) FROM incidents WHERE number LIKE ? || '%'`,
    )
    .pluck()
    .get(prefix.length + 1, prefix) as number | null;
  return `${prefix}${String((last ?? 0) + 1).padStart(2, '0')}`;
}

export interface ListFilter {
  q?: string;
  fromDay?: string;
  toDay?: string;
  limit: number;
  offset: number;
}

function listWhere(f: ListFilter): { sql: string; args: Record<string, unknown> } {
  const parts: string[] = [];
  const args: Record<string, unknown> = {};
  if (f.q) {
    parts.push(`(number LIKE @q ESCAPE '\\' OR person_name LIKE @q ESCAPE '\\'
                 OR place LIKE @q ESCAPE '\\' OR member_card LIKE @q ESCAPE '\\')`);
    args.q = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  }
  if (f.fromDay) {
    parts.push('business_date >= @fromDay');
    args.fromDay = f.fromDay;
  }
  if (f.toDay) {
    parts.push('business_date <= @toDay');
    args.toDay = f.toDay;
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', args };
}

export function listIncidents(db: Db, f: ListFilter): { rows: IncidentRow[]; total: number } {
  const { sql, args } = listWhere(f);
  const rows = db
    .prepare(
      `SELECT * FROM incidents ${sql} ORDER BY occurred_at DESC, id DESC LIMIT @limit OFFSET @offset`,
    )
    .all({ ...args, limit: f.limit, offset: f.offset }) as IncidentRow[];
  const total = db.prepare(`SELECT count(*) FROM incidents ${sql}`).pluck().get(args) as number;
  return { rows, total };
}

export interface FollowUpRow {
  id: string;
  due_day: string;
  assigned_to: string | null;
  phone: string | null;
  attempt: number;
  outcome: string | null;
  score: number | null;
  note: string | null;
  done_at: number | null;
  done_by: string | null;
  dropped_at: number | null;
}

export function followUpsOf(db: Db, incidentId: string): FollowUpRow[] {
  return db
    .prepare(
      `SELECT id, due_day, assigned_to, phone, attempt, outcome, score, note, done_at, done_by,
              dropped_at
       FROM follow_up_calls WHERE incident_id = ? ORDER BY due_day, attempt, created_at`,
    )
    .all(incidentId) as FollowUpRow[];
}

export type ShiftIncident = Pick<
  IncidentRow,
  | 'id'
  | 'number'
  | 'kind'
  | 'person_name'
  | 'occurred_at'
  | 'place'
  | 'injury'
  | 'hospital_escort'
  | 'costs_cents'
  | 'recorded_by'
  | 'log_entry_id'
>;

const SHIFT_COLUMNS = `id, number, kind, person_name, occurred_at, place, injury, hospital_escort,
  costs_cents, recorded_by, log_entry_id`;

/**
 * The reports a handover counts: occurred in its window, or recorded in its shift (a report
 * written late about something in an earlier shift is still handed over by someone).
 */
export function incidentsOfShift(
  db: Db,
  from: number,
  to: number,
  shiftId: string,
): ShiftIncident[] {
  return db
    .prepare(
      `SELECT ${SHIFT_COLUMNS} FROM incidents WHERE occurred_at BETWEEN @from AND @to
       UNION SELECT ${SHIFT_COLUMNS} FROM incidents WHERE shift_id = @shiftId
       ORDER BY occurred_at`,
    )
    .all({ from, to, shiftId }) as ShiftIncident[];
}
