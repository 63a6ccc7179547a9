import { createHash, randomBytes } from 'node:crypto';

/**
 * A hall display that is a web browser has no client certificate: it is paired with a random
 * 256-bit token it keeps in localStorage. The vault keeps only `token:<sha256 hex>` in the
 * stations table's fingerprint column. A certificate's fingerprint256 is upper-case hex pairs
 * joined by ':' (`AB:CD:…`), so it can never start with `token:`, and a token's record is only
 * ever looked up from /display, never from a TLS handshake.
 */
export const TOKEN_PREFIX = 'token:';

export function newDisplayToken(): string {
  return randomBytes(32).toString('base64url');
}

export function displayTokenFingerprint(token: string): string {
  return TOKEN_PREFIX + createHash('sha256').update(token, 'utf8').digest('hex');
}

export function isBrowserFingerprint(fingerprint: string): boolean {
  return fingerprint.startsWith(TOKEN_PREFIX);
}
