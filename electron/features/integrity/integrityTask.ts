import type { IntegrityFull } from '../../../shared/contract/integrityViews';
import { verifyAudit } from '../../audit/chain';
import type { Db } from '../../db/types';
import type { ReadTaskControl } from '../../jobs/readProtocol';

export type IntegrityTaskResult = Omit<IntegrityFull, 'at'>;

/** integrity_check lists at most this many problems; one is enough to say "damaged". */
const MAX_PROBLEMS = 100;

const isCorrupt = (err: unknown) =>
  ['SQLITE_CORRUPT', 'SQLITE_NOTADB'].includes((err as { code?: string }).code ?? '');

/** Every page, index and constraint (unlike quick_check at open, which is time-boxed). */
function storage(db: Db): { ok: boolean; problems: number } {
  try {
    const rows = db.prepare(`PRAGMA integrity_check(${MAX_PROBLEMS})`).pluck().all() as string[];
    const ok = rows.length === 1 && rows[0] === 'ok';
    return { ok, problems: ok ? 0 : rows.length };
  } catch (err) {
    // A page whose HMAC fails stops the check with an error instead of a row.
    if (isCorrupt(err)) return { ok: false, problems: 1 };
    throw err;
  }
}

function audit(db: Db): Pick<IntegrityFull, 'auditIntact' | 'auditChecked' | 'auditBreakSeq'> {
  try {
    // One read transaction: the walk and the anchors see the same snapshot.
    const r = db.transaction(() => verifyAudit(db))();
    return {
      auditIntact: r.intact,
      auditChecked: r.checked,
      auditBreakSeq: r.firstBreak?.seq ?? null,
    };
  } catch (err) {
    if (isCorrupt(err)) return { auditIntact: false, auditChecked: 0, auditBreakSeq: null };
    throw err;
  }
}

/**
 * Runs in the jobs worker on its own read connection, so a check of a 470 MB vault never
 * holds the desk's writer. Not one transaction around both: after integrity_check met a bad
 * page the COMMIT itself reports SQLITE_CORRUPT.
 */
export function integrityTask(
  db: Db,
  _params: unknown,
  ctl: ReadTaskControl,
): Promise<IntegrityTaskResult> {
  ctl.progress('checking', 0, 2);
  const s = storage(db);
  ctl.progress('checking', 1, 2);
  return Promise.resolve({ storageOk: s.ok, storageProblems: s.problems, ...audit(db) });
}
