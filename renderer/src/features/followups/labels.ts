import type { FollowUpCallView } from '../../../../shared/contract/followUpViews';
import type { FollowUpRule } from '../../../../shared/domain/followUpPlan';
import type { T } from '../../app/i18n';

/** A plan's rule in words: "every month × 12, then every 3 months". */
export function describeRule(t: T, rule: FollowUpRule): string {
  if (rule.kind !== 'recurring') return t(`followUps.describe.${rule.kind}`, { days: rule.days });
  return rule.steps
    .map((s) => {
      if (s.everyMonths === 1)
        return s.times === null
          ? t('followUps.describe.monthly')
          : t('followUps.describe.monthlyTimes', { times: s.times });
      return s.times === null
        ? t('followUps.describe.every', { every: s.everyMonths })
        : t('followUps.describe.everyTimes', { every: s.everyMonths, times: s.times });
    })
    .join(t('followUps.describe.then'));
}

/** What the call is for: the plan's kind, the complaint's number, or an incident. */
export function reasonOf(t: T, c: FollowUpCallView): string {
  if (c.source === 'complaint')
    return t('followUps.source.complaint', { number: c.complaintNumber ?? '' });
  if (c.source === 'incident') return t('followUps.source.incident');
  return c.ruleKind ? t(`followUps.rule.${c.ruleKind}`) : t('followUps.source.plan');
}

export const STATE_COLOR = {
  open: 'blue',
  done: 'teal',
  retried: 'yellow',
  unreachable: 'red',
  wrongNumber: 'red',
  dropped: 'gray',
} as const;

/** A field's code from main ("required", "past") in a sentence of this area. */
export function fieldText(t: T, code: string | undefined): string | undefined {
  if (code === undefined) return undefined;
  const known = [
    'required',
    'past',
    'tooFar',
    'onlyWhenReached',
    'onlyForCallBack',
    'invalid',
    'unknown',
  ] as const;
  const k = known.find((c) => c === code);
  return k ? t(`followUps.field.${k}`) : t('clients.error.invalid');
}
