import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';

export interface KdfParams {
  N: number;
  r: number;
  p: number;
}

/** A secret sealed under a key derived from something a person holds. */
export interface Wrapped {
  kdf: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
  iv: string;
  tag: string;
  data: string;
}

function derive(secret: string, salt: Buffer, k: KdfParams): Buffer {
  return scryptSync(secret.normalize('NFKC'), salt, 32, {
    N: k.N,
    r: k.r,
    p: k.p,
    maxmem: 256 * k.N * k.r + 1024 * 1024,
  });
}

export function wrapSecret(plain: Buffer, secret: string, k: KdfParams): Wrapped {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', derive(secret, salt, k), iv);
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return {
    kdf: 'scrypt',
    ...k,
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}

/** Throws when the secret is wrong or the blob was altered (GCM tag). */
export function unwrapSecret(w: Wrapped, secret: string): Buffer {
  const key = derive(secret, Buffer.from(w.salt, 'base64'), w);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(w.iv, 'base64'));
  decipher.setAuthTag(Buffer.from(w.tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(w.data, 'base64')), decipher.final()]);
}
