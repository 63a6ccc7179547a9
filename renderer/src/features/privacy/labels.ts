import type { PersonDataItem } from '../../../../shared/contract/personDataViews';
import { hasMessage } from '../../../../shared/i18n';
import type { T } from '../../app/i18n';

/** Where the second part of an item's code is worded by the feature that owns it. */
const DETAIL_KEYS: Record<string, string> = {
  complaint: 'complaint.state',
  incident: 'incidents.kind',
  followUp: 'followUps.outcome',
  logEntry: 'shift.category',
};

/**
 * Main words an item as a code ('visitor.trial', 'complaint.open', 'incident.injury'); the
 * screen shows its label, or the kind's label with the detail in the owning feature's words.
 */
export function itemLabel(t: T, item: PersonDataItem): string {
  const key = `privacy.label.${item.label}`;
  if (hasMessage(key)) return t(key as never);
  const [head = '', ...rest] = item.label.split('.');
  const detail = rest.join('.');
  const base = `privacy.label.${head}`;
  if (!hasMessage(base)) return item.label;
  const detailKey = `${DETAIL_KEYS[head] ?? ''}.${detail}`;
  const word = hasMessage(detailKey) ? t(detailKey as never) : detail;
  return word ? `${t(base as never)} · ${word}` : t(base as never);
}
