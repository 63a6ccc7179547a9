import type { AuditEntry } from '../../../shared/contract/views';
import { canOpenFile } from '../../../shared/domain/clients';
import type { Role } from '../../../shared/domain/roles';
import type { Db } from '../../db/types';
import { clientsByIds, type ClientRow } from '../clients';

/** How a row's target and the ids in its detail read on the audit screen. */
export interface AuditNames {
  /** id → what this viewer may read: a staff member's name, a client's name or card. */
  names: Record<string, string>;
}

/** The short form of an id when nothing better may be shown: its last 8 characters. */
export const shortId = (id: string) => id.slice(-8);

/**
 * A client file by name only for a role that may open that file (canOpenFile: 机密/绝密
 * files only for supervisors and admins); anyone else reads its card number or a short id,
 * so the audit screen never names a restricted client to someone who may not open it.
 */
export function clientLabel(row: ClientRow, viewer: Role): string {
  if (canOpenFile(viewer, row.secrecy)) return row.name;
  return row.card_number ?? shortId(row.id);
}

/** Every string a detail holds, one level of objects and arrays deep: ids among them. */
function detailStrings(detail: Record<string, unknown> | null): string[] {
  const out: string[] = [];
  const take = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach((x) => typeof x === 'string' && out.push(x));
    else if (v && typeof v === 'object')
      Object.values(v).forEach((x) => typeof x === 'string' && out.push(x));
  };
  Object.values(detail ?? {}).forEach(take);
  return out;
}

function staffNames(db: Db, ids: string[]): [string, string][] {
  if (ids.length === 0) return [];
  return db
    .prepare(`SELECT id, display_name FROM staff WHERE id IN (SELECT value FROM json_each(?))`)
    .raw()
    .all(JSON.stringify(ids)) as [string, string][];
}

/**
 * Names for a page of rows: the targets and the ids inside details that are staff or client
 * files, looked up now (a renamed colleague reads under the current name). A destroyed file
 * has no row and stays a short id on the screen.
 */
export function resolveNames(db: Db, viewer: Role, rows: AuditEntry[]): AuditNames {
  const ids = new Set<string>();
  for (const r of rows) {
    if (r.targetId) ids.add(r.targetId);
    detailStrings(r.detail).forEach((s) => ids.add(s));
  }
  const list = [...ids].filter((id) => id.length >= 8 && id.length <= 64);
  const names: Record<string, string> = Object.fromEntries(staffNames(db, list));
  for (const c of clientsByIds(db, list)) names[c.id] = clientLabel(c, viewer);
  return { names };
}

/** Sets each row's targetName from the names this viewer may read. */
export function withTargetNames(rows: AuditEntry[], { names }: AuditNames): AuditEntry[] {
  return rows.map((r) => ({
    ...r,
    targetName: (r.targetId && names[r.targetId]) || null,
  }));
}
