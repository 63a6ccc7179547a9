/** Crockford base32: no I, L, O or U, so a key copied by hand from paper survives. */
export const RECOVERY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_KEY_CHARS = 32;

/** Uppercases, drops spaces and dashes, and reads the letters people confuse as digits. */
export function normalizeRecoveryKey(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function isWellFormedRecoveryKey(input: string): boolean {
  const key = normalizeRecoveryKey(input);
  return key.length === RECOVERY_KEY_CHARS && [...key].every((c) => RECOVERY_ALPHABET.includes(c));
}

export function groupRecoveryKey(key: string): string {
  return (
    normalizeRecoveryKey(key)
      .match(/.{1,4}/g)
      ?.join('-') ?? ''
  );
}
