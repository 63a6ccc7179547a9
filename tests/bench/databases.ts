import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync, statSync } from 'node:fs';
import { insertClient, type ClientColumns } from '../../electron/features/clients/clientQueries';
import type { Db } from '../../electron/db/types';
import { reindexClient } from '../../electron/features/clients/clientSearch';
import type { BenchStaff } from './data';

/** The same pragmas `openEncrypted` sets, on a file without a key. */
export function openPlain(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}

/** One admin (creator of every file) and a few consultants, so consultant joins find a row. */
export function insertStaff(db: Db, now: number): BenchStaff {
  const insert = db.prepare(
    `INSERT INTO staff (id, username, display_name, role, pin_hash, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'bench-no-pin', ?, ?)`,
  );
  const people: [string, string, string][] = [
    ['admin', '张伟', 'admin'],
    ['wangfang', '王芳', 'receptionist'],
    ['sunli', '孙丽', 'supervisor'],
    ['liuyang', '刘洋', 'consultant'],
    ['chenjing', '陈静', 'consultant'],
    ['yangmin', '杨敏', 'consultant'],
    ['huanglei', '黄磊', 'consultant'],
    ['zhoujie', '周杰', 'consultant'],
    ['wuting', '吴婷', 'consultant'],
  ];
  const ids = people.map((_, i) => `00000000-0000-7000-8000-${String(i + 1).padStart(12, '0')}`);
  db.transaction(() => {
    people.forEach(([username, name, role], i) =>
      insert.run(ids[i], username, name, role, now, now),
    );
  })();
  return {
    adminId: ids[0]!,
    consultantIds: ids.filter((_, i) => people[i]![2] === 'consultant'),
  };
}

/**
 * Inserts the rows the way the app does (`insertClient` + `reindexClient`), 5,000 per
 * transaction; returns the elapsed milliseconds.
 */
export function seedClients(
  db: Db,
  rows: readonly ClientColumns[],
  batch: number,
  onBatch?: (done: number) => void,
): number {
  const start = performance.now();
  const tx = db.transaction((slice: readonly ClientColumns[]) => {
    for (const row of slice) {
      insertClient(db, row);
      reindexClient(db, row.id, row);
    }
  });
  for (let i = 0; i < rows.length; i += batch) {
    tx(rows.slice(i, i + batch));
    onBatch?.(Math.min(i + batch, rows.length));
  }
  return performance.now() - start;
}

/** ANALYZE, then fold the WAL into the main file so both start the runs alike. */
export function settle(db: Db): void {
  db.exec('ANALYZE');
  db.pragma('wal_checkpoint(TRUNCATE)');
}

export function fileBytes(file: string): number {
  const size = (f: string) => (existsSync(f) ? statSync(f).size : 0);
  return size(file) + size(`${file}-wal`);
}
