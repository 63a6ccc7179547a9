import type { Db } from '../../electron/db/types';

/** Sizes of the b-trees a desk search reads (dbstat), in bytes. */
export function searchWorkingSet(db: Db): { name: string; bytes: number }[] {
  return db
    .prepare(
      `SELECT name, sum(pgsize) AS bytes FROM dbstat
       WHERE name IN ('client_search', 'clients', 'sqlite_autoindex_clients_1')
       GROUP BY name ORDER BY bytes DESC`,
    )
    .all() as { name: string; bytes: number }[];
}

/**
 * Microseconds to bring one page into SQLite's cache: a full scan of `clients` with a tiny
 * cache, best of three (the file is in the OS cache, so for the encrypted file this is mostly
 * decrypting and checking the page's HMAC). The cache size is restored afterwards.
 */
export function pageReadMicros(db: Db): number {
  const pages = db
    .prepare("SELECT count(*) FROM dbstat WHERE name = 'clients'")
    .pluck()
    .get() as number;
  const before = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('cache_size = 64');
  try {
    const scan = db.prepare('SELECT count(*) FROM clients WHERE notes IS NOT NULL');
    let best = Infinity;
    for (let i = 0; i < 3; i += 1) {
      const start = process.hrtime.bigint();
      scan.get();
      best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e3);
    }
    return best / pages;
  } finally {
    db.pragma(`cache_size = ${before}`);
  }
}
