/** The option lists of the complaint forms, labelled in the person's language. */
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_SEVERITIES,
  COMPLAINT_STATES,
} from '../../../../shared/domain/complaint';
import type { T } from '../../app/i18n';

export const channelOptions = (t: T) =>
  COMPLAINT_CHANNELS.map((c) => ({ value: c, label: t(`complaint.channel.${c}`) }));
export const categoryOptions = (t: T) =>
  COMPLAINT_CATEGORIES.map((c) => ({ value: c, label: t(`complaint.category.${c}`) }));
export const severityOptions = (t: T) =>
  COMPLAINT_SEVERITIES.map((c) => ({ value: c, label: t(`complaint.severity.${c}`) }));
export const stateOptions = (t: T) =>
  COMPLAINT_STATES.map((c) => ({ value: c, label: t(`complaint.state.${c}`) }));
export const DEADLINE_FILTERS = ['dueSoon', 'overdue', 'escalated', 'reopened'] as const;
export const deadlineOptions = (t: T) =>
  DEADLINE_FILTERS.map((c) => ({ value: c, label: t(`complaint.deadline.${c}`) }));

/** Enter in a field submits; Shift+Enter keeps a new line in a text area; an IME's Enter is its own. */
export function submitsOnEnter(e: React.KeyboardEvent): boolean {
  const target = e.target as HTMLElement;
  return (
    e.key === 'Enter' &&
    !e.shiftKey &&
    !e.nativeEvent.isComposing &&
    target.tagName !== 'BUTTON' &&
    target.getAttribute('role') !== 'radio'
  );
}
