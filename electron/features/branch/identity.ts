import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { displayFingerprint } from '../../../shared/domain/fingerprint';
import type { Db } from '../../db/types';
import type { IdSource } from '../../db/ids';
import { canonicalJson } from '../../headOffice/bundle';

export interface BranchIdentity {
  siteId: string;
  privateKeyPem: string;
  publicKeyPem: string;
  createdAt: number;
  enrolledAt: number | null;
}

export function readIdentity(db: Db): BranchIdentity | null {
  return (
    (db
      .prepare(
        `SELECT site_id AS siteId, private_key_pem AS privateKeyPem,
           public_key_pem AS publicKeyPem, created_at AS createdAt, enrolled_at AS enrolledAt
         FROM branch_identity WHERE id = 1`,
      )
      .get() as BranchIdentity | undefined) ?? null
  );
}

/**
 * The branch's site id and Ed25519 key pair, made on first need (the first bundle or the
 * admin's first look) in the caller's transaction, and kept from then on: a new key would
 * no longer match the one head office enrolled.
 */
export function ensureIdentity(db: Db, now: number, ids: IdSource): BranchIdentity {
  const existing = readIdentity(db);
  if (existing) return existing;
  const { privateKey, publicKey } = generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  db.prepare(
    `INSERT INTO branch_identity (id, site_id, private_key_pem, public_key_pem, created_at)
     VALUES (1, ?, ?, ?, ?)`,
  ).run(ids(), privateKey, publicKey, now);
  return readIdentity(db)!;
}

/** What people compare on the branch's and head office's screens: SHA-256 of the key (DER). */
export function keyFingerprint(publicKeyPem: string): string {
  const der = createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  return displayFingerprint(createHash('sha256').update(der).digest('hex'));
}

export interface Enrolment {
  siteId: string;
  siteName: string;
  publicKeyPem: string;
}

/** The code the branch admin copies to head office: base64url of the canonical JSON. */
export function enrolmentCode(e: Enrolment): string {
  const { siteId, siteName, publicKeyPem } = e;
  return Buffer.from(canonicalJson({ siteId, siteName, publicKeyPem }), 'utf8').toString(
    'base64url',
  );
}

/** Head office's reading of an enrolment code; null when it is not one. */
export function decodeEnrolmentCode(code: string): Enrolment | null {
  try {
    const value = JSON.parse(Buffer.from(code.trim(), 'base64url').toString('utf8')) as unknown;
    if (typeof value !== 'object' || value === null) return null;
    const { siteId, siteName, publicKeyPem } = value as Record<string, unknown>;
    if (typeof siteId !== 'string' || typeof siteName !== 'string') return null;
    if (typeof publicKeyPem !== 'string') return null;
    createPublicKey(publicKeyPem);
    return { siteId, siteName, publicKeyPem };
  } catch {
    return null;
  }
}
