import type { Role } from './roles';

export const PIN_MIN = 4;
export const PIN_MAX = 64;
/** Accounts that approve and administer need a longer secret than a 4-digit desk PIN. */
export const PRIVILEGED_PIN_MIN = 6;

export function minPinLength(role: Role): number {
  return role === 'supervisor' || role === 'admin' ? PRIVILEGED_PIN_MIN : PIN_MIN;
}
