export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'LOCKED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * What crosses the process boundary when a call fails. `reason` is a stable key the
 * renderer translates (errors.reason.*); `message` is English for logs and developers.
 */
export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  reason?: string;
  /** Failing input fields by path ("admin.pin"), each with a short English message. */
  fields?: Record<string, string>;
  /** For LOCKED logins: how long until the next attempt is allowed. */
  retryAfterMs?: number;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorShape };

export function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}

export function fail<T = never>(error: AppErrorShape): Result<T> {
  return { ok: false, error };
}
