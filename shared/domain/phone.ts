/**
 * Phone numbers as a PRC desk writes them (GB/T 13400-style national numbering):
 * - mobile: 11 digits `1[3-9]xxxxxxxxx`, optionally after +86 / 0086 / 86;
 * - landline: a trunk `0`, an area code (`10`, `2x`, or three digits `[3-9]xx`) and a
 *   subscriber number of 7–8 digits not starting with 0 or 1 (`010-12345678`, `(0571) 8765 4321`,
 *   `+86 10 12345678`), with an optional extension (`-123`, `转123`, `ext 123`, `#123`);
 * - 400 / 800 service numbers of companies (`400-123-4567`).
 * Spaces and dashes between groups are accepted; anything else (letters, too few digits) is not.
 */
const SEP = /[\s\-()（）]/g;
const EXTENSION = /(?:转|ext\.?|x|#|-)\s*(\d{1,6})$/i;
const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0(?:10|2\d|[3-9]\d{2})[2-9]\d{6,7}$/;
const SERVICE = /^[48]00\d{7}$/;
const COUNTRY = /^(?:\+86|0086|86)/;

/** The number's digits in national form (leading 0 restored after +86), without extension. */
export function phoneDigits(raw: string): string | null {
  let s = raw.trim();
  if (!/^[\d\s\-()（）+#转extEXT.]+$/.test(s)) return null;
  let hasExtension = false;
  const ext = EXTENSION.exec(s);
  // "-123" ends many numbers too; it is an extension only if the rest is a landline already.
  if (ext) {
    const rest = s.slice(0, ext.index).replace(SEP, '');
    if (LANDLINE.test(nationalOf(rest))) {
      s = s.slice(0, ext.index);
      hasExtension = true;
    }
  }
  if (!hasExtension && /[#转a-z]/i.test(s)) return null;
  const digits = s.replace(SEP, '');
  if (!/^\+?\d+$/.test(digits)) return null;
  const national = nationalOf(digits);
  if (MOBILE.test(national) || LANDLINE.test(national)) return national;
  if (!hasExtension && SERVICE.test(national)) return national;
  return null;
}

function nationalOf(digits: string): string {
  if (!COUNTRY.test(digits)) return digits;
  const rest = digits.replace(COUNTRY, '');
  // After +86 a landline drops its trunk 0 (+86 10 …); a mobile keeps its leading 1.
  if (MOBILE.test(rest)) return rest;
  return rest.startsWith('0') ? rest : `0${rest}`;
}

export function isValidPhone(raw: string): boolean {
  return phoneDigits(raw) !== null;
}
