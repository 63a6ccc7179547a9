import type { AppErrorShape, ErrorCode } from '../../shared/contract/result';

/** Thrown by services to roll back the call and answer with a stable code. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: Omit<AppErrorShape, 'code' | 'message'> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  toShape(): AppErrorShape {
    return { code: this.code, message: this.message, ...this.extra };
  }
}

/**
 * Returned (not thrown) by a service to refuse while keeping what it wrote, e.g. the
 * failed-attempt counter of a wrong PIN and its audit row.
 */
export class Denied {
  constructor(readonly error: AppErrorShape) {}
}

export function validation(fields: Record<string, string>, reason?: string): AppError {
  return new AppError('VALIDATION', `Invalid input: ${Object.keys(fields).join(', ')}`, {
    fields,
    ...(reason ? { reason } : {}),
  });
}

export function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', `${what} not found`, { reason: 'notFound' });
}
