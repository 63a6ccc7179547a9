/** Staff roles, lowest privilege first. Names follow GLOSSARY.md. */
export const ROLES = ['receptionist', 'consultant', 'dutyManager', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ALL_ROLES: readonly Role[] = ROLES;
/** Staff who may approve, review and read the audit trail. */
export const OVERSIGHT_ROLES: readonly Role[] = ['supervisor', 'admin'];
export const ADMIN_ONLY: readonly Role[] = ['admin'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
