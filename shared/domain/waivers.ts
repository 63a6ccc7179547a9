/** The drawn signature: a PNG from the pad, at most 300 KB. */
export const MAX_SIGNATURE_BYTES = 300 * 1024;
/** A blank pad compresses to very little; anything smaller carries no ink. */
export const MIN_SIGNATURE_BYTES = 400;
export const SIGNATURE_TYPE = 'image/png';
