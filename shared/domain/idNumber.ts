const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/**
 * Province codes (GB/T 2260) that start a real ID number: mainland provinces, and 81/82/83
 * for the residence permits of Hong Kong, Macao and Taiwan residents (whose county part is
 * 0000). 91 starts the 2023 permanent-residence ID of foreigners.
 */
const MAINLAND = /^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5])/;
const PERMIT = /^(8[1-3]|91)0000/;

/**
 * Why an ID number is refused, or null when it is good:
 * - `oldFormat`: 15 digits, the first-generation card, invalid since 1 January 2013; we ask for
 *   the 18-digit number rather than converting it, since the block list and duplicate checks
 *   compare 18-digit numbers and the person's current card carries one;
 * - `format`: not 17 digits and a check character;
 * - `region`: no province (e.g. 000000), or a mainland province without its county;
 * - `birthDate`: not a calendar date, before 1900, or after today;
 * - `checksum`: the ISO 7064 MOD 11-2 character does not match.
 */
export type PrcIdProblem = 'oldFormat' | 'format' | 'region' | 'birthDate' | 'checksum';

/** Today as YYYY-MM-DD, local; the zod schemas have no clock of their own. */
const localToday = () => {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
};

export function prcIdProblem(raw: string, today: string = localToday()): PrcIdProblem | null {
  const id = raw.trim().toUpperCase();
  if (/^\d{15}$/.test(id)) return 'oldFormat';
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  if (!(MAINLAND.test(id) && id.slice(2, 6) !== '0000') && !PERMIT.test(id)) return 'region';
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  const real =
    date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  if (!real || y < 1900 || birthdayFromPrcId(id) > today) return 'birthDate';
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return CHECK[sum % 11] === id[17] ? null : 'checksum';
}

/** GB 11643: a known region, a past birth date, and the MOD 11-2 check character. */
export function isValidPrcId(raw: string, today?: string): boolean {
  return prcIdProblem(raw, today) === null;
}

/** Completes 17 digits with their check character (for demo data and tests). */
export function withPrcCheckDigit(first17: string): string {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(first17[i]), 0);
  return first17 + CHECK[sum % 11];
}

/** The birthday a PRC ID carries, as YYYY-MM-DD. */
export function birthdayFromPrcId(id: string): string {
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}
