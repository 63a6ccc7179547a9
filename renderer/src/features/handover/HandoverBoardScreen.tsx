import type { SessionView } from '../../../../shared/contract/views';

// Replaced by the feature's real screen in this change set.
export function HandoverBoardScreen(_props: { session: SessionView; param?: string | null }) {
  return null;
}
