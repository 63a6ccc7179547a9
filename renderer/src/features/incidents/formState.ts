/** The report form's values as typed, and what is sent to main. */
import dayjs from 'dayjs';
import type { Input } from '../../../../shared/contract';
import type { IncidentView } from '../../../../shared/contract/incidentViews';
import type { IncidentGender, IncidentKind } from '../../../../shared/domain/incident';
import { centsToYuanText, yuanToCents } from '../handover/format';
import type { Member } from './MemberPicker';

export interface FormValues {
  member: Member | null;
  personName: string;
  gender: IncidentGender | '';
  age: string;
  phone: string;
  kind: IncidentKind;
  occurredAt: string;
  place: string;
  whatHappened: string;
  injury: string;
  firstAid: string;
  hospitalEscort: boolean;
  hospital: string;
  costs: string;
  handlingOpinion: string;
  memberDemands: string;
  witnesses: string;
  staffInvolved: string;
}

/** The datetime-local input's format. */
const LOCAL = 'YYYY-MM-DDTHH:mm';

export function emptyForm(now: number): FormValues {
  return {
    member: null,
    personName: '',
    gender: '',
    age: '',
    phone: '',
    kind: 'injury',
    occurredAt: dayjs(now).format(LOCAL),
    place: '',
    whatHappened: '',
    injury: '',
    firstAid: '',
    hospitalEscort: false,
    hospital: '',
    costs: '',
    handlingOpinion: '',
    memberDemands: '',
    witnesses: '',
    staffInvolved: '',
  };
}

export function formOf(v: IncidentView): FormValues {
  return {
    member: v.clientId ? { id: v.clientId, name: v.personName, cardNumber: v.memberCard } : null,
    personName: v.clientId ? '' : v.personName,
    gender: v.gender ?? '',
    age: v.age === null ? '' : String(v.age),
    phone: v.phone ?? '',
    kind: v.kind,
    occurredAt: dayjs(v.occurredAt).format(LOCAL),
    place: v.place,
    whatHappened: v.whatHappened,
    injury: v.injury ?? '',
    firstAid: v.firstAid ?? '',
    hospitalEscort: v.hospitalEscort,
    hospital: v.hospital ?? '',
    costs: v.costsCents ? centsToYuanText(v.costsCents) : '',
    handlingOpinion: v.handlingOpinion ?? '',
    memberDemands: v.memberDemands ?? '',
    witnesses: v.witnesses ?? '',
    staffInvolved: v.staffInvolved ?? '',
  };
}

/** Typed values main's schema would refuse before they reach it: marked on the field. */
export function localErrors(f: FormValues): Record<string, string> {
  const wrong: Record<string, string> = {};
  if (f.costs.trim() && yuanToCents(f.costs) === null) wrong.costsCents = 'invalid';
  if (f.age.trim() && !/^\d{1,3}$/.test(f.age.trim())) wrong.age = 'invalid';
  if (!dayjs(f.occurredAt, LOCAL).isValid() || !f.occurredAt) wrong.occurredAt = 'required';
  return wrong;
}

export function recordInput(f: FormValues): Input<'incidents.record'> {
  const person = f.member
    ? { clientId: f.member.id }
    : {
        ...(f.personName.trim() ? { personName: f.personName.trim() } : {}),
        ...(f.phone.trim() ? { phone: f.phone.trim() } : {}),
        ...(f.gender ? { gender: f.gender } : {}),
        ...(f.age.trim() ? { age: Number(f.age.trim()) } : {}),
      };
  return {
    kind: f.kind,
    ...person,
    occurredAt: dayjs(f.occurredAt).valueOf(),
    place: f.place,
    whatHappened: f.whatHappened,
    injury: f.injury,
    firstAid: f.firstAid,
    hospitalEscort: f.hospitalEscort,
    hospital: f.hospitalEscort ? f.hospital : '',
    costsCents: yuanToCents(f.costs || '0') ?? 0,
    handlingOpinion: f.handlingOpinion,
    memberDemands: f.memberDemands,
    witnesses: f.witnesses,
    staffInvolved: f.staffInvolved,
  };
}

/** A signed report sends its settlement only; an unsigned one every field again. */
export function updateInput(id: string, f: FormValues, signed: boolean): Input<'incidents.update'> {
  const settlement = {
    costsCents: yuanToCents(f.costs || '0') ?? 0,
    handlingOpinion: f.handlingOpinion,
  };
  if (signed) return { incidentId: id, ...settlement };
  return { incidentId: id, ...recordInput(f) };
}

export const FIELDS = [
  'clientId',
  'personName',
  'gender',
  'age',
  'phone',
  'kind',
  'occurredAt',
  'place',
  'whatHappened',
  'injury',
  'firstAid',
  'hospitalEscort',
  'hospital',
  'costsCents',
  'handlingOpinion',
  'memberDemands',
  'witnesses',
  'staffInvolved',
];

/** Where a form value's error sits when its name in main differs. */
export const PATH_OF: Partial<Record<keyof FormValues, string>> = {
  costs: 'costsCents',
  member: 'clientId',
};

/** Enter saves from any field; Shift+Enter is a new line in a text box. */
export function savesOnEnter(e: React.KeyboardEvent): boolean {
  const target = e.target as HTMLElement;
  return (
    e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing && target.tagName !== 'BUTTON'
  );
}
