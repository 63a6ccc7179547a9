import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { KdfParams } from '../../vault/wrap';

/** DESIGN §5: scrypt N=2^17, r=8, p=1 (128 MiB per hash). Tests pass cheaper params. */
export const PRODUCTION_PIN_KDF: KdfParams = { N: 2 ** 17, r: 8, p: 1 };

function scrypt(pin: string, salt: Buffer, k: KdfParams): Buffer {
  return scryptSync(pin.normalize('NFKC'), salt, 32, {
    N: k.N,
    r: k.r,
    p: k.p,
    maxmem: 256 * k.N * k.r + 1024 * 1024,
  });
}

/** Self-describing, so parameters can grow later without breaking stored hashes. */
export function hashPin(pin: string, k: KdfParams): string {
  const salt = randomBytes(16);
  return [
    'scrypt',
    k.N,
    k.r,
    k.p,
    salt.toString('base64'),
    scrypt(pin, salt, k).toString('base64'),
  ].join('$');
}

export function verifyPin(pin: string, stored: string): boolean {
  const [kind, N, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = scrypt(pin, Buffer.from(salt, 'base64'), {
    N: Number(N),
    r: Number(r),
    p: Number(p),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
