import { generateKeyPairSync } from 'node:crypto';
import type { Db } from '../../db/types';
import type { IdSource } from '../../db/ids';
import { encodeEnrolmentCode, publicKeyFingerprint } from '../../headOffice/enrolment';

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
  return publicKeyFingerprint(publicKeyPem);
}

/** The code the branch admin copies to head office (electron/headOffice/enrolment.ts). */
export function enrolmentCode(identity: BranchIdentity, siteName: string): string {
  const { siteId, publicKeyPem } = identity;
  return encodeEnrolmentCode({ siteId, siteName, publicKeyPem });
}
