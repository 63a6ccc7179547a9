import type { AppErrorShape } from '../../../../shared/contract/result';
import type { Role } from '../../../../shared/domain/roles';
import { hasMessage } from '../../../../shared/i18n';
import type { T } from '../../app/i18n';
import { clientErrorText } from '../clients/errors';

const AREAS = ['approvals', 'reviews', 'import'] as const;

/**
 * The sentence for a refusal from the oversight services: the area's own wording for its
 * reasons (e.g. 'approval.ownRequest' → approvals.reason.approval.ownRequest), otherwise
 * the client files' wording (e.g. 'clients.restricted' for a review of a 机密 file), and
 * finally the app-wide errorText (errors.reason.* / errors.code.*).
 */
export function oversightErrorText(t: T, error: AppErrorShape, role: Role): string {
  const params = { role: t(`role.${role}`) };
  if (error.reason) {
    for (const area of AREAS) {
      const key = `${area}.reason.${error.reason}`;
      if (hasMessage(key)) return t(key, params);
    }
  }
  return clientErrorText(t, error, params);
}
