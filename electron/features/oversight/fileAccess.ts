import type {
  FileAccessEntry,
  FileAccessKind,
  UnusualReading,
} from '../../../shared/contract/clientViews';
import {
  RESTRICTED_LEVELS,
  UNUSUAL_OPENINGS,
  UNUSUAL_WINDOW_MS,
  type SecrecyLevel,
} from '../../../shared/domain/clients';
import type { Db } from '../../db/types';
import { buildWhere } from '../../db/where';

export interface AccessRecord {
  id: string;
  at: number;
  staffId: string;
  clientId: string;
  secrecy: SecrecyLevel;
  kind: FileAccessKind;
  field?: string | null;
  reason?: string | null;
}

/** One line on the borrowing card (借阅卡). */
export function recordAccess(db: Db, r: AccessRecord): void {
  db.prepare(
    `INSERT INTO file_access (id, at, staff_id, client_id, secrecy, kind, field, reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(r.id, r.at, r.staffId, r.clientId, r.secrecy, r.kind, r.field ?? null, r.reason ?? null);
}

export interface AccessFilter {
  staffId?: string;
  clientId?: string;
  from?: number;
  to?: number;
  restrictedOnly?: boolean;
  limit: number;
}

const RESTRICTED_SQL = `(${RESTRICTED_LEVELS.map((l) => `'${l}'`).join(', ')})`;

export function listAccess(db: Db, f: AccessFilter): FileAccessEntry[] {
  const { clause, params } = buildWhere([
    ['a.staff_id = @staffId', 'staffId', f.staffId],
    ['a.client_id = @clientId', 'clientId', f.clientId],
    ['a.at >= @from', 'from', f.from],
    ['a.at <= @to', 'to', f.to],
    [`a.secrecy IN ${RESTRICTED_SQL}`, '', f.restrictedOnly ? true : undefined],
  ]);
  const rows = db
    .prepare(
      `SELECT a.*, s.display_name AS staff_name, c.name AS client_name
       FROM file_access a
       LEFT JOIN staff s ON s.id = a.staff_id
       LEFT JOIN clients c ON c.id = a.client_id
       ${clause}
       ORDER BY a.at DESC, a.id DESC LIMIT @limit`,
    )
    .all({ ...params, limit: f.limit }) as {
    id: string;
    at: number;
    staff_id: string;
    staff_name: string | null;
    client_id: string;
    client_name: string | null;
    secrecy: SecrecyLevel;
    kind: FileAccessKind;
    field: string | null;
    reason: string | null;
  }[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    staffId: r.staff_id,
    staffName: r.staff_name,
    clientId: r.client_id,
    clientName: r.client_name,
    secrecy: r.secrecy,
    kind: r.kind,
    field: r.field,
    reason: r.reason,
  }));
}

/**
 * Flags anyone who opened UNUSUAL_OPENINGS or more restricted files within one window:
 * the pattern of someone copying out the confidential drawer, not of a normal shift.
 */
export function unusualReadings(db: Db, from: number, to: number): UnusualReading[] {
  const rows = db
    .prepare(
      `SELECT a.staff_id, s.display_name AS staff_name, a.at, a.client_id FROM file_access a
       LEFT JOIN staff s ON s.id = a.staff_id
       WHERE a.kind = 'open' AND a.secrecy IN ${RESTRICTED_SQL} AND a.at >= ? AND a.at <= ?
       ORDER BY a.staff_id, a.at`,
    )
    .all(from, to) as {
    staff_id: string;
    staff_name: string | null;
    at: number;
    client_id: string;
  }[];
  const flags: UnusualReading[] = [];
  let start = 0;
  for (let end = 0; end < rows.length; end += 1) {
    while (
      rows[start]!.staff_id !== rows[end]!.staff_id ||
      rows[end]!.at - rows[start]!.at > UNUSUAL_WINDOW_MS
    )
      start += 1;
    const window = rows.slice(start, end + 1);
    const files = new Set(window.map((r) => r.client_id)).size;
    if (files < UNUSUAL_OPENINGS) continue;
    const last = flags.at(-1);
    const row = rows[end]!;
    if (last && last.staffId === row.staff_id && rows[start]!.at <= last.to) {
      last.to = row.at;
      last.count = new Set(
        rows
          .filter((r) => r.staff_id === row.staff_id && r.at >= last.from && r.at <= last.to)
          .map((r) => r.client_id),
      ).size;
    } else {
      flags.push({
        staffId: row.staff_id,
        staffName: row.staff_name,
        from: rows[start]!.at,
        to: row.at,
        count: files,
      });
    }
  }
  return flags;
}
