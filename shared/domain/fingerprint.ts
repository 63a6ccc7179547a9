/**
 * A certificate fingerprint as people compare it on two screens: the first 32 hex digits of
 * the SHA-256 (Node's `AB:CD:…` fingerprint256) in 8 groups of 4, upper case — 128 bits,
 * far more than a person can be fooled by, and short enough to read aloud.
 */
export function displayFingerprint(fingerprint256: string): string {
  const hex = fingerprint256
    .replace(/[^0-9a-fA-F]/g, '')
    .toUpperCase()
    .slice(0, 32);
  return (hex.match(/.{1,4}/g) ?? []).join('-');
}
