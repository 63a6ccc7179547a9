/** The report's fields as label → text, in the order the seed's written report lists them. */
import type { IncidentFollowUp, IncidentView } from '../../../../shared/contract/incidentViews';
import type { T } from '../../app/i18n';
import { dateTime, money } from '../handover/format';

export type Rows = [label: string, value: string, testId: string][];

const orDash = (s: string | null | undefined) => (s && s.trim() ? s : '—');

export function personRows(t: T, v: IncidentView): Rows {
  return [
    [t('incidents.form.personName'), v.personName, 'person'],
    [t('incidents.detail.card'), orDash(v.memberCard), 'card'],
    [t('incidents.form.gender'), v.gender ? t(`incidents.gender.${v.gender}`) : '—', 'gender'],
    [t('incidents.form.age'), v.age === null ? '—' : String(v.age), 'age'],
    [t('incidents.form.phone'), orDash(v.phone), 'phone'],
  ];
}

export function eventRows(t: T, v: IncidentView): Rows {
  return [
    [t('incidents.form.kind'), t(`incidents.kind.${v.kind}`), 'kind'],
    [t('incidents.form.occurredAt'), dateTime(v.occurredAt), 'occurred'],
    [t('incidents.form.place'), v.place, 'place'],
    [t('incidents.form.whatHappened'), v.whatHappened, 'what'],
    [t('incidents.form.injury'), orDash(v.injury), 'injury'],
    [t('incidents.form.firstAid'), orDash(v.firstAid), 'firstAid'],
    [t('incidents.form.witnesses'), orDash(v.witnesses), 'witnesses'],
    [t('incidents.form.staffInvolved'), orDash(v.staffInvolved), 'staff'],
  ];
}

export function handlingRows(t: T, v: IncidentView): Rows {
  return [
    [
      t('incidents.form.hospitalEscort'),
      v.hospitalEscort
        ? t('incidents.detail.yes', { hospital: orDash(v.hospital) })
        : t('incidents.detail.no'),
      'escort',
    ],
    [t('incidents.col.costs'), money(v.costsCents), 'costs'],
    [t('incidents.form.memberDemands'), orDash(v.memberDemands), 'demands'],
    [t('incidents.form.handlingOpinion'), orDash(v.handlingOpinion), 'opinion'],
  ];
}

export function followUpText(t: T, f: IncidentFollowUp): string {
  if (f.dropped) return t('incidents.detail.callDropped', { day: f.dueDay });
  if (f.outcome === null)
    return t('incidents.detail.callOpen', { day: f.dueDay, name: f.assignedName ?? '—' });
  const outcome = t(`incidents.outcome.${f.outcome}`);
  const score = f.score !== null ? ` ${f.score}/5` : '';
  const note = f.note ? ` · ${f.note}` : '';
  return `${t('incidents.detail.callDone', {
    day: f.doneAt ? dateTime(f.doneAt) : f.dueDay,
    outcome: outcome + score,
    name: f.doneByName ?? '—',
  })}${note}`;
}
