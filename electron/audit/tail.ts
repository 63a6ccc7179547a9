import type { Db } from '../db/types';
import { GENESIS_HASH, hashRow } from './chain';

/**
 * At open only the log's tail is verified, so a large vault still opens in seconds: the rows
 * since the newest anchor (a signed handover, usually a shift ago), and at most this many;
 * the full walk runs in the integrity job afterwards.
 */
export const AUDIT_TAIL_MAX = 20_000;

export interface TailReport {
  checked: number;
  intact: boolean;
  breakSeq: number | null;
}

type Row = Parameters<typeof hashRow>[0] & { hash: string };

/** Where the walk starts, and the hash the row before it must have left. */
function tailStart(db: Db, maxRows: number): { from: number; prev: string } | { breakSeq: number } {
  const last = (db.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number | null) ?? 0;
  const anchor = db
    .prepare('SELECT seq, hash FROM audit_anchors ORDER BY seq DESC LIMIT 1')
    .get() as { seq: number; hash: string } | undefined;
  const hashAt = db.prepare('SELECT hash FROM audit_log WHERE seq = ?').pluck();
  let from = Math.max(1, last - maxRows + 1);
  if (anchor && anchor.seq + 1 >= from) {
    // The anchored row must still carry the hash recorded outside the log.
    if (hashAt.get(anchor.seq) !== anchor.hash) return { breakSeq: anchor.seq };
    from = anchor.seq + 1;
  }
  if (from === 1) return { from, prev: GENESIS_HASH };
  const prev = hashAt.get(from - 1) as string | undefined;
  return prev ? { from, prev } : { breakSeq: from - 1 };
}

/** Verifies the tail of the chain: seq without gaps, each row linked and hashed. */
export function verifyAuditTail(db: Db, maxRows = AUDIT_TAIL_MAX): TailReport {
  const start = tailStart(db, maxRows);
  if ('breakSeq' in start) return { checked: 0, intact: false, breakSeq: start.breakSeq };
  const rows = db
    .prepare('SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq')
    .iterate(start.from) as IterableIterator<Row>;
  let prev = start.prev;
  let expected = start.from;
  let checked = 0;
  for (const row of rows) {
    if (row.seq !== expected || row.prev_hash !== prev || hashRow(row) !== row.hash) {
      rows.return?.();
      return { checked, intact: false, breakSeq: row.seq };
    }
    prev = row.hash;
    expected += 1;
    checked += 1;
  }
  return { checked, intact: true, breakSeq: null };
}
