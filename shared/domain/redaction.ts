/**
 * What an erased or destroyed person's name, phone or ID number is replaced with, in every
 * record that keeps counting (visitors, calls, complaints, signed handovers). One stored token,
 * shown in the reader's language by the renderer ("(已删除)" / "(erased)").
 */
export const ERASED = '[erased]';

/** Terms shorter than this are not searched for in free text (a one-character name hits everything). */
export const MIN_TERM_LENGTH = 2;

/** The text with every term replaced by the token; longest terms first, so 欧阳娜娜 goes before 娜娜. */
export function redactText(text: string, terms: readonly string[]): string {
  let out = text;
  for (const term of sortedTerms(terms)) out = out.split(term).join(ERASED);
  return out;
}

export function mentionsAny(text: string | null | undefined, terms: readonly string[]): boolean {
  return !!text && sortedTerms(terms).some((term) => text.includes(term));
}

function sortedTerms(terms: readonly string[]): string[] {
  return [...new Set(terms.filter((t) => t.length >= MIN_TERM_LENGTH))].sort(
    (a, b) => b.length - a.length,
  );
}

/** The token replaced by the reader's word for it, for display. */
export function showErased(text: string, word: string): string {
  return text.includes(ERASED) ? text.split(ERASED).join(word) : text;
}
