/** Front desk (前台接待): hand tags, charges on a tag, check-in rules. Names follow GLOSSARY.md. */
import type { MembershipStatus } from './clients';
import type { Role } from './roles';

/** Statuses refused at the door unless a manager overrides with their PIN and a reason. */
export const BLOCKED_STATUSES: readonly MembershipStatus[] = [
  'expired',
  'frozen',
  'unpaid',
  'banned',
];
/** Who may override a refused check-in or void a slip (领班 / 客服经理 / 店长). */
export const DESK_MANAGERS: readonly Role[] = ['dutyManager', 'supervisor', 'admin'];
/** How a charge on a tag is paid: cash, bank card, mobile pay, member account. */
export const PAYMENT_METHODS = ['cash', 'card', 'mobile', 'account'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const MAX_TAGS = 2000;
const TAG = /^[A-Za-z]{0,3}\d{1,5}$/;

/**
 * The site's tag numbers from a setting such as "1-200" or "1-150, A1-A20, 301": items
 * separated by commas, each a number or a range of numbers with an optional letter prefix.
 * Returns null when the text is not a valid set (or holds more than MAX_TAGS tags).
 */
export function parseTagSet(text: string): string[] | null {
  const out: string[] = [];
  for (const raw of text.split(/[,，\s]+/).filter(Boolean)) {
    const range = /^([A-Za-z]{0,3})(\d{1,5})-\1?(\d{1,5})$/.exec(raw);
    if (range) {
      const [, prefix = '', from, to] = range;
      const a = Number(from);
      const b = Number(to);
      if (b < a || b - a >= MAX_TAGS) return null;
      for (let n = a; n <= b; n += 1) out.push(`${prefix.toUpperCase()}${n}`);
    } else if (TAG.test(raw)) {
      const m = /^([A-Za-z]*)(\d+)$/.exec(raw)!;
      out.push(`${m[1]!.toUpperCase()}${Number(m[2])}`);
    } else return null;
    if (out.length > MAX_TAGS) return null;
  }
  const unique = [...new Set(out)];
  return unique.length ? unique : null;
}

/** A typed tag in the same form as the set ("007" → "7", "a3" → "A3"). */
export function normalizeTag(text: string): string {
  const m = /^([A-Za-z]*)0*(\d+)$/.exec(text.trim());
  return m ? `${m[1]!.toUpperCase()}${Number(m[2])}` : text.trim().toUpperCase();
}
