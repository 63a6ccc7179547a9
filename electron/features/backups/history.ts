import type { BackupRun, BackupTarget, BackupTrigger } from '../../../shared/contract/backupViews';
import type { Db } from '../../db/types';

export interface RunRow {
  id: string;
  at: number;
  kind: BackupRun['kind'];
  trigger: BackupTrigger | null;
  target: BackupTarget | null;
  fileName: string | null;
  size: number | null;
  sha256: string | null;
  outcome: BackupRun['outcome'];
  reason: string | null;
  staffId: string | null;
  byName: string | null;
}

export function insertRun(db: Db, r: RunRow): void {
  db.prepare(
    `INSERT INTO backup_runs (id, at, kind, trigger, target, file_name, size, sha256, outcome,
       reason, staff_id, by_name)
     VALUES (@id, @at, @kind, @trigger, @target, @fileName, @size, @sha256, @outcome, @reason,
       @staffId, @byName)`,
  ).run(r);
}

const COLUMNS = `id, at, kind, trigger, target, file_name AS fileName, size, outcome, reason,
  by_name AS byName`;

export function recentRuns(db: Db, limit = 30): BackupRun[] {
  return db
    .prepare(`SELECT ${COLUMNS} FROM backup_runs ORDER BY at DESC, id DESC LIMIT ?`)
    .all(limit) as BackupRun[];
}

export function lastDrill(db: Db): BackupRun | null {
  return (
    (db
      .prepare(`SELECT ${COLUMNS} FROM backup_runs WHERE kind = 'drill' ORDER BY at DESC LIMIT 1`)
      .get() as BackupRun | undefined) ?? null
  );
}

/** The newest backup attempt of any result (the scheduler's "already tried"). */
export function lastAttemptAt(db: Db, trigger?: BackupTrigger): number | null {
  const sql = trigger
    ? "SELECT max(at) FROM backup_runs WHERE kind = 'backup' AND trigger = ?"
    : "SELECT max(at) FROM backup_runs WHERE kind = 'backup'";
  return (
    (db
      .prepare(sql)
      .pluck()
      .get(...(trigger ? [trigger] : [])) as number | null) ?? null
  );
}
