import type { ParsedInput } from '../../../shared/contract';
import { FILE_GUARDIANS, isRestricted } from '../../../shared/domain/clients';
import { businessDate } from '../../../shared/domain/time';
import type { ServiceContext } from '../../ipc/context';
import { validation } from '../../ipc/errors';
import { requireClient } from '../clients';
import type { IncidentPatch } from './incidentQueries';

export type Facts = Omit<ParsedInput<'incidents.record'>, 'costsCents' | 'handlingOpinion'>;

/** A report may be written a little ahead of the desk's clock, never about tomorrow. */
const FUTURE_SLACK_MS = 5 * 60_000;

const orNull = (s: string | undefined) => (s === undefined || s === '' ? null : s);

/** Whole years between a YYYY-MM-DD birthday and a business day. */
export function ageOn(birthday: string, day: string): number | null {
  const b = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthday);
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!b || !d) return null;
  const years = Number(d[1]) - Number(b[1]);
  const before = `${d[2]}${d[3]}` < `${b[2]}${b[3]}`;
  const age = before ? years - 1 : years;
  return age >= 0 && age <= 130 ? age : null;
}

/**
 * The person: from the member's file when found by the desk search (a restricted file gives
 * only its name and card to those who may not open it), else as typed.
 */
function personOf(ctx: ServiceContext, f: Facts): IncidentPatch {
  const typed = {
    gender: f.gender ?? null,
    age: f.age ?? null,
    phone: orNull(f.phone),
  };
  if (!f.clientId) {
    if (!f.personName) throw validation({ personName: 'required' });
    return { client_id: null, member_card: null, person_name: f.personName, ...typed };
  }
  const c = requireClient(ctx, f.clientId);
  const open = !isRestricted(c.secrecy) || FILE_GUARDIANS.includes(ctx.staff!.role);
  const phones = JSON.parse(c.phones) as string[];
  const age = c.birthday && open ? ageOn(c.birthday, businessDate(f.occurredAt)) : null;
  return {
    client_id: c.id,
    member_card: c.card_number,
    person_name: c.name,
    gender: typed.gender ?? c.gender ?? null,
    age: typed.age ?? age,
    phone: typed.phone ?? (open ? (phones[0] ?? null) : null),
  };
}

/** The facts as columns, or a VALIDATION naming every field that is wrong. */
export function factColumns(ctx: ServiceContext, f: Facts): IncidentPatch {
  const wrong: Record<string, string> = {};
  if (f.occurredAt > ctx.now + FUTURE_SLACK_MS) wrong.occurredAt = 'in the future';
  if (f.hospitalEscort && !f.hospital) wrong.hospital = 'required';
  if (!f.clientId && !f.personName) wrong.personName = 'required';
  if (Object.keys(wrong).length) throw validation(wrong);
  return {
    kind: f.kind,
    ...personOf(ctx, f),
    occurred_at: f.occurredAt,
    place: f.place,
    what_happened: f.whatHappened,
    injury: orNull(f.injury),
    first_aid: orNull(f.firstAid),
    hospital_escort: f.hospitalEscort ? 1 : 0,
    hospital: f.hospitalEscort ? orNull(f.hospital) : null,
    member_demands: orNull(f.memberDemands),
    witnesses: orNull(f.witnesses),
    staff_involved: orNull(f.staffInvolved),
    business_date: businessDate(f.occurredAt),
  };
}

export { orNull };
