import type { z } from 'zod';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { Params } from '../../../../shared/i18n';
import { fieldErrorText } from '../../app/fieldErrors';
import { errorText, type T } from '../../app/i18n';

/** Main's reasons for client channels, in the words of the desk. */
const REASONS = {
  'clients.stale': 'clients.error.stale',
  'clients.cardTaken': 'clients.error.cardTaken',
  'clients.restricted': 'clients.error.restricted',
  'clients.secrecyRole': 'clients.error.secrecyRole',
  'clients.reasonRequired': 'clients.error.reasonShort',
  'clients.photoTooLarge': 'clients.error.tooLarge',
  'clients.documentTooLarge': 'clients.error.tooLarge',
  'destruction.pending': 'clients.error.destructionPending',
} as const;

export function clientErrorText(t: T, error: AppErrorShape, params: Params = {}): string {
  const key = REASONS[error.reason as keyof typeof REASONS];
  return key ? t(key) : errorText(t, error, params);
}

/** The shared map of field codes (app/fieldErrors.ts), so every form words them alike. */
export { fieldErrorText };

/** The first problem per path, in sentences, from a local check with the shared schema. */
export function issuesToFields(t: T, issues: z.core.$ZodIssue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (out[path]) continue;
    const field = String(issue.path[0] ?? '');
    let text: string;
    if (issue.code === 'custom') text = fieldErrorText(t, issue.message);
    else if (issue.code === 'too_small') text = t('clients.error.required');
    else if (issue.code === 'too_big')
      text = issue.origin === 'array' ? t('clients.error.tooMany') : t('clients.error.tooLong');
    else if (issue.code === 'invalid_format' && field === 'email') text = t('clients.error.email');
    else if (issue.code === 'invalid_format') text = fieldErrorText(t, issue.message);
    else text = t('clients.error.invalid');
    out[path] = text;
  }
  return out;
}

/** Main's field errors (error.fields) in sentences; a taken card number says so. */
export function serverFields(t: T, error: AppErrorShape | null): Record<string, string> {
  if (!error?.fields) return {};
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(error.fields))
    out[path] = fieldErrorText(t, message);
  if (error.reason === 'clients.cardTaken') out.cardNumber = t('clients.error.cardTaken');
  return out;
}
