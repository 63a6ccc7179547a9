import type { Db } from '../../db/types';
import type { Handlers } from '../../ipc/handler';

interface Found {
  seq: number;
  at: number;
}

/**
 * The audit row a printed fingerprint (first 16 hex digits of its hash) names. Anchored
 * heads are looked up first in their small table; any other row needs a scan of the log,
 * as the hash is not indexed (a rare check made by hand, with a paper in front of someone).
 */
export function findByFingerprint(db: Db, prefix: string): Found | undefined {
  const anchored = db
    .prepare(
      `SELECT l.seq, l.at FROM audit_anchors a JOIN audit_log l ON l.seq = a.seq
       WHERE substr(a.hash, 1, 16) = ? AND substr(l.hash, 1, 16) = ? ORDER BY a.seq LIMIT 1`,
    )
    .get(prefix, prefix) as Found | undefined;
  if (anchored) return anchored;
  return db
    .prepare('SELECT seq, at FROM audit_log WHERE substr(hash, 1, 16) = ? ORDER BY seq LIMIT 1')
    .get(prefix) as Found | undefined;
}

export const handoverPrintHandlers: Pick<Handlers, 'audit.checkFingerprint' | 'print.savePdf'> = {
  'audit.checkFingerprint': (ctx, input) => {
    const prefix = input.fingerprint.replace(/-/g, '').toLowerCase();
    const row = findByFingerprint(ctx.db, prefix);
    const anchored =
      !!row && !!ctx.db.prepare('SELECT 1 FROM audit_anchors WHERE seq = ?').get(row.seq);
    ctx.audit.detail = { found: !!row, seq: row?.seq ?? null, anchored };
    return { found: !!row, seq: row?.seq ?? null, at: row?.at ?? null, anchored };
  },

  // Main under Node has no page to print: the Electron adapter writes the PDF after this
  // answer (authorised and audited here); elsewhere the renderer falls back to printing.
  'print.savePdf': () => ({ saved: false, fileName: null }),
};
