import type { AppErrorShape } from '../../../../shared/contract/result';
import type { Role } from '../../../../shared/domain/roles';
import { hasMessage } from '../../../../shared/i18n';
import type { T } from '../../app/i18n';
import { oversightErrorText } from '../approvals/reasonText';

/** This screen's own reasons first, then the approvals' and the app's wording. */
export function personDataErrorText(t: T, error: AppErrorShape, role: Role): string {
  const key = `privacy.reason.${error.reason ?? ''}`;
  return hasMessage(key) ? t(key as never) : oversightErrorText(t, error, role);
}
