import { createHash, createPublicKey } from 'node:crypto';
import { displayFingerprint } from '../../shared/domain/fingerprint';
import { z } from 'zod';
import { canonicalJson } from './bundle';

/**
 * What a branch hands head office to be enrolled: a copyable text, base64url of the
 * canonical JSON {siteId, siteName, publicKeyPem}. It holds nothing secret.
 */
export interface Enrolment {
  siteId: string;
  siteName: string;
  publicKeyPem: string;
}

const enrolmentSchema = z.object({
  siteId: z.uuid(),
  siteName: z.string().trim().min(1).max(200),
  publicKeyPem: z.string().min(1).max(2000),
});

export class EnrolmentError extends Error {
  constructor(
    readonly field: 'code' | 'siteId' | 'siteName' | 'publicKeyPem' | 'password',
    message: string,
  ) {
    super(message);
    this.name = 'EnrolmentError';
  }
}

export function encodeEnrolmentCode(enrolment: Enrolment): string {
  return Buffer.from(canonicalJson(enrolment), 'utf8').toString('base64url');
}

function isEd25519Spki(pem: string): boolean {
  try {
    return createPublicKey(pem).asymmetricKeyType === 'ed25519';
  } catch {
    return false;
  }
}

export function decodeEnrolmentCode(code: string): Enrolment {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(code.trim(), 'base64url').toString('utf8'));
  } catch {
    throw new EnrolmentError('code', 'The enrolment code is not readable.');
  }
  const parsed = enrolmentSchema.safeParse(raw);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'code');
    const known = ['siteId', 'siteName', 'publicKeyPem'].includes(field);
    throw new EnrolmentError(known ? (field as 'siteId') : 'code', parsed.error.issues[0]!.message);
  }
  if (!isEd25519Spki(parsed.data.publicKeyPem)) {
    throw new EnrolmentError('publicKeyPem', 'The public key is not an Ed25519 key.');
  }
  return parsed.data;
}

/** SHA-256 of a branch's key (SPKI DER) as both sides read it aloud: 8 groups of 4. */
export function publicKeyFingerprint(publicKeyPem: string): string {
  const der = createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  return displayFingerprint(createHash('sha256').update(der).digest('hex'));
}
