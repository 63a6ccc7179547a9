import type { SessionView } from '../../../../shared/contract/views';

// Replaced by the feature's real screen in this change set.
export function HandoverScreen(_props: { session: SessionView; param?: string | null }) {
  return null;
}
