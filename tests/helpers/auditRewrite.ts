import { join } from 'node:path';
import { hashRow } from '../../electron/audit/chain';
import { openEncrypted } from '../../electron/db/open';
import type { Db } from '../../electron/db/types';
import { PassphraseKeyProvider } from '../../electron/vault/keyProvider';
import { DB_FILE } from '../../electron/vault/vaultFile';
import { unsealVaultKey } from '../../electron/vault/vaultKey';
import { TEST_KDF, TEST_PASSPHRASE } from './testVault';

/** The vault's database opened directly, as someone with the key and a SQLite tool would. */
export function openRaw(dir: string): Db {
  const key = unsealVaultKey(dir, new PassphraseKeyProvider(TEST_PASSPHRASE, TEST_KDF));
  return openEncrypted(join(dir, DB_FILE), key);
}

type Row = Parameters<typeof hashRow>[0] & { hash: string };

/**
 * Changes one old row and recomputes its hash and every later hash and link, so that
 * walking the chain from the start finds nothing wrong.
 */
export function rewriteFrom(db: Db, seq: number, change: Partial<Row>): void {
  db.exec('DROP TRIGGER audit_no_update');
  const rows = db.prepare('SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq').all(seq) as Row[];
  let prev = (db
    .prepare('SELECT hash FROM audit_log WHERE seq = ?')
    .pluck()
    .get(seq - 1) ?? '0'.repeat(64)) as string;
  const update = db.prepare(
    'UPDATE audit_log SET actor_name = @actor_name, detail = @detail, prev_hash = @prev_hash, hash = @hash WHERE seq = @seq',
  );
  db.transaction(() => {
    for (const original of rows) {
      const row = { ...original, ...(original.seq === seq ? change : {}), prev_hash: prev };
      row.hash = hashRow(row);
      update.run(row);
      prev = row.hash;
    }
  })();
}
