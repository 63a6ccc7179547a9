/** Client files (客户档案): the pure rules both sides share. Names follow GLOSSARY.md. */
import type { Role } from './roles';
import { addMonths } from './time';

export const SECRECY_LEVELS = ['none', 'secret', 'confidential', 'topSecret'] as const;
export type SecrecyLevel = (typeof SECRECY_LEVELS)[number];
export const CREDIT_GRADES = ['A', 'B', 'C', 'D'] as const;
export type CreditGrade = (typeof CREDIT_GRADES)[number];
export const MEMBERSHIP_STATUSES = ['active', 'frozen', 'expired', 'unpaid', 'banned'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];
export const CLIENT_KINDS = ['person', 'organisation'] as const;
export type ClientKind = (typeof CLIENT_KINDS)[number];
export const ID_TYPES = ['prcId', 'passport', 'other'] as const;
export type IdType = (typeof ID_TYPES)[number];
export const GENDERS = ['female', 'male', 'unspecified'] as const;
export type Gender = (typeof GENDERS)[number];

/** 机密 and 绝密: only supervisors and admins open them, with a reason, on the record. */
export const RESTRICTED_LEVELS: readonly SecrecyLevel[] = ['confidential', 'topSecret'];
/** Who may open restricted files, set or lower a secrecy level, and approve exports. */
export const FILE_GUARDIANS: readonly Role[] = ['supervisor', 'admin'];

export function isRestricted(level: SecrecyLevel): boolean {
  return RESTRICTED_LEVELS.includes(level);
}

export function canOpenFile(role: Role, level: SecrecyLevel): boolean {
  return !isRestricted(level) || FILE_GUARDIANS.includes(role);
}

export function secrecyRank(level: SecrecyLevel): number {
  return SECRECY_LEVELS.indexOf(level);
}

/** Unusual reading: this many restricted files opened by one person within the window. */
export const UNUSUAL_OPENINGS = 5;
export const UNUSUAL_WINDOW_MS = 60 * 60_000;

/** Scanned documents and photos live inside the encrypted file; keep it a desk, not an archive. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;
export const DOCUMENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

/** Months between reviews: the file every quarter, credit by grade (seed 001 客户信用管理). */
export const FILE_REVIEW_MONTHS = 3;
export const CREDIT_REVIEW_MONTHS: Record<CreditGrade, number> = { A: 6, B: 3, C: 1, D: 1 };

export function nextCreditReview(from: string, grade: CreditGrade): string {
  return addMonths(from, CREDIT_REVIEW_MONTHS[grade]);
}

export function nextFileReview(from: string): string {
  return addMonths(from, FILE_REVIEW_MONTHS);
}

/** The status the desk should act on: an active card past its expiry is expired. */
export function effectiveStatus(
  status: MembershipStatus | null,
  expiry: string | null,
  today: string,
): MembershipStatus | null {
  if (status === 'active' && expiry && expiry < today) return 'expired';
  return status;
}
