import { appendAudit } from '../../audit/chain';
import type { Db } from '../../db/types';
import { visibleClient } from './clientQueries';

/**
 * 保密期限届满,自行解密: a file whose secrecy period has ended drops to no secrecy level,
 * with a history line and an audit row by the system. Cheap: an index holds only the
 * files that have a period at all.
 */
export function declassifyExpired(db: Db, now: number): number {
  const due = db
    .prepare(
      `SELECT id, secrecy FROM clients c WHERE secrecy_until IS NOT NULL AND secrecy_until <= ?
         AND secrecy != 'none' AND ${visibleClient('c')}`,
    )
    .all(now) as { id: string; secrecy: string }[];
  for (const file of due) {
    db.prepare(
      "UPDATE clients SET secrecy = 'none', secrecy_until = NULL, version = version + 1, updated_at = ? WHERE id = ?",
    ).run(now, file.id);
    db.prepare(
      "INSERT INTO client_changes (client_id, at, staff_id, field, old_value, new_value) VALUES (?, ?, NULL, 'secrecy', ?, 'none')",
    ).run(file.id, now, file.secrecy);
    appendAudit(db, {
      at: now,
      actorId: null,
      actorName: null,
      action: 'clients.declassify',
      targetType: 'client',
      targetId: file.id,
      outcome: 'ok',
      detail: { from: file.secrecy, reason: 'secrecyUntil' },
    });
  }
  return due.length;
}
