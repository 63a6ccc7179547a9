import type { DeskLookupEntry } from '../../../../shared/contract/deskViews';
import { BLOCKED_STATUSES } from '../../../../shared/domain/desk';
import type { ScanTone } from '../../app/live/scanSound';

/**
 * What a scan sounds like, from main's answer: refused when no card matched, main's status
 * bars entry, or the person is on the block list; accepted otherwise (already on site too:
 * the card was read, the panel offers the check-out).
 */
export function scanToneFor(found: DeskLookupEntry | undefined): ScanTone {
  if (!found) return 'refused';
  const { status } = found.summary;
  if (status !== null && BLOCKED_STATUSES.includes(status)) return 'refused';
  return found.blockAlert ? 'refused' : 'accepted';
}
