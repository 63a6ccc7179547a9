import type { Pool, PoolClient } from 'pg';
import { checkBundle, type SignedBundle } from './bundle';
import { UnknownBranchError } from './ingest';
import { openBundleFile, type HeadOfficeKeyPair } from './offlineFile';
import { bundleValues, checkDates, conflictOn, type PushResult } from './push';

export type ImportRefusal = 'site' | 'hash' | 'signature';

/** A bundle in the file that is not the registered branch's own, unchanged: nothing is stored. */
export class ImportRefusedError extends Error {
  constructor(
    readonly problem: ImportRefusal,
    readonly seq: number,
  ) {
    super(`Bundle ${seq} of the file is refused (${problem}); nothing of the file was stored.`);
    this.name = 'ImportRefusedError';
  }
}

function checkAll(siteId: string, bundles: readonly SignedBundle[], publicKeyPem: string): void {
  for (const signed of bundles) {
    if (signed.bundle.siteId !== siteId) throw new ImportRefusedError('site', signed.bundle.seq);
    const problem = checkBundle(signed, publicKeyPem);
    if (problem) throw new ImportRefusedError(problem, signed.bundle.seq);
  }
  checkDates(bundles);
}

async function insertAll(client: PoolClient, bundles: readonly SignedBundle[]) {
  const result: PushResult = { stored: 0, alreadyStored: 0 };
  for (const signed of bundles) {
    const row = await client
      .query<{ stored: boolean }>(
        'SELECT import_bundle($1, $2, $3, $4, $5, $6, $7, $8) AS stored',
        bundleValues(signed),
      )
      .catch(conflictOn(signed));
    if (row.rows[0]?.stored) result.stored++;
    else result.alreadyStored++;
  }
  return result;
}

/**
 * Head office imports a branch's sealed bundle file (as deskbook_ho, through the
 * import_bundle function). Every bundle must be the file's branch's and verify against
 * its registered key before anything is written; then all are stored in one transaction,
 * as a push would store them: a bundle already held is counted, not stored again, and
 * the same seq with another hash is a PushConflictError that stores nothing of the file.
 */
export async function importBundleFile(
  pool: Pool,
  bytes: Uint8Array,
  keyPair: HeadOfficeKeyPair,
): Promise<PushResult & { siteId: string; firstSeq: number; lastSeq: number }> {
  const { siteId, bundles } = await openBundleFile(bytes, keyPair);
  const branch = await pool.query<{ public_key_pem: string }>(
    'SELECT public_key_pem FROM branches WHERE site_id = $1',
    [siteId],
  );
  const key = branch.rows[0]?.public_key_pem;
  if (!key) throw new UnknownBranchError(siteId);
  checkAll(siteId, bundles, key);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    try {
      const result = await insertAll(client, bundles);
      await client.query('COMMIT');
      const seqs = bundles.map((b) => b.bundle.seq);
      return { siteId, firstSeq: Math.min(...seqs), lastSeq: Math.max(...seqs), ...result };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  } finally {
    client.release();
  }
}
