import type { AppErrorShape } from '../../../shared/contract/result';
import { hasMessage } from '../../../shared/i18n';
import { errorText, type T } from './i18n';

/** Short codes and zod messages (from main or the shared schemas) → a sentence. */
const FIELD_CODES = {
  checksum: 'clients.error.checksum',
  oldFormat: 'clients.error.oldFormat',
  region: 'clients.error.region',
  birthDate: 'clients.error.birthDate',
  duplicate: 'clients.error.duplicate',
  tooLarge: 'clients.error.tooLarge',
  type: 'clients.error.type',
  unknown: 'clients.error.unknown',
  required: 'clients.error.required',
  'required with an ID number': 'clients.error.idTypeRequired',
  'before the start': 'clients.error.expiryBeforeStart',
  'required for a membership': 'clients.error.cardRequired',
  'a phone number': 'clients.error.phone',
  'letters, digits or dashes': 'clients.error.cardFormat',
  'a day as YYYY-MM-DD': 'clients.error.day',
} as const;

/** A field's message from main in a sentence; zod's own wording says "check this field". */
export function fieldErrorText(t: T, message: string): string {
  const key = FIELD_CODES[message as keyof typeof FIELD_CODES];
  return key ? t(key) : t('clients.error.invalid');
}

/**
 * Every form marks the fields main names (error.fields, path → code). The form passes
 * `error={fieldError(t, error, 'phone')}` to each input; nested paths ("phones.0") too.
 */
export function fieldError(t: T, error: AppErrorShape | null, path: string): string | undefined {
  const message = error?.fields?.[path];
  if (message === undefined) return undefined;
  // A sentence main gave as the reason ("the PIN is too short for this role") beats the
  // generic "check this value", which would otherwise be all the person reads.
  if (!(message in FIELD_CODES) && error!.reason && hasMessage(`errors.reason.${error!.reason}`))
    return errorText(t, error!);
  return fieldErrorText(t, message);
}

/**
 * The error for the alert under a form: none when every field main named is one the form
 * marks itself, so "check the marked fields" never stands alone or twice.
 */
export function unmarkedError(
  error: AppErrorShape | null,
  marked: readonly string[],
): AppErrorShape | null {
  if (!error || error.code !== 'VALIDATION' || !error.fields) return error;
  const paths = Object.keys(error.fields);
  return paths.length > 0 && paths.every((p) => marked.includes(p)) ? null : error;
}
