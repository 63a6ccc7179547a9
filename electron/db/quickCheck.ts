import { performance } from 'node:perf_hooks';
import type { Db } from './types';

/**
 * At open the vault must answer within seconds even at 470 MB, so quick_check runs table by
 * table, smallest first, until this budget is spent; what it did not reach is left to the
 * full integrity_check job that starts once the vault is open.
 */
export const START_CHECK_BUDGET_MS = 1_500;

export interface QuickCheckReport {
  ok: boolean;
  /** Tables checked (with their indexes) before the budget ran out. */
  checked: number;
  /** Tables left for the full check. */
  skipped: number;
}

/** A cheap size estimate (a b-tree descent): rowid tables by their largest rowid, others last. */
function tablesSmallestFirst(db: Db): string[] {
  const tables = db
    .prepare(
      `SELECT name, sql LIKE '%WITHOUT ROWID%' AS noRowid FROM sqlite_master
       WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
    )
    .all() as { name: string; noRowid: number }[];
  const size = (t: { name: string; noRowid: number }) =>
    t.noRowid
      ? Number.MAX_SAFE_INTEGER
      : ((db.prepare(`SELECT max(rowid) FROM "${t.name}"`).pluck().get() as number | null) ?? 0);
  return tables
    .map((t) => ({ name: t.name, size: size(t) }))
    .sort((a, b) => a.size - b.size)
    .map((t) => t.name);
}

/** Checks sqlite_master first, then tables until the budget is spent; stops at the first fault. */
export function quickCheckWithin(db: Db, budgetMs = START_CHECK_BUDGET_MS): QuickCheckReport {
  const deadline = performance.now() + budgetMs;
  const result = (table: string) =>
    db.prepare(`PRAGMA quick_check("${table}")`).pluck().get() as string;
  if (result('sqlite_master') !== 'ok') return { ok: false, checked: 0, skipped: 0 };
  const tables = tablesSmallestFirst(db);
  let checked = 0;
  for (const table of tables) {
    if (performance.now() >= deadline) break;
    if (result(table) !== 'ok') return { ok: false, checked, skipped: tables.length - checked };
    checked += 1;
  }
  return { ok: true, checked, skipped: tables.length - checked };
}
