import type { PersonDataItem } from '../../../../shared/contract/personDataViews';
import { hasMessage } from '../../../../shared/i18n';
import type { T } from '../../app/i18n';

/**
 * Main words an item as a code ('visitor.trial', 'complaint.open', 'incident.injury'); the
 * screen shows its label, or the label of the code's first part with the rest as is.
 */
export function itemLabel(t: T, item: PersonDataItem): string {
  const key = `privacy.label.${item.label}`;
  if (hasMessage(key)) return t(key as never);
  const [head, ...rest] = item.label.split('.');
  const base = `privacy.label.${head}`;
  return hasMessage(base) ? `${t(base as never)} · ${rest.join('.')}` : item.label;
}
