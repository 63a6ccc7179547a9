import type { ColorScheme, Language, StaffView } from '../../../shared/contract/views';
import type { Role } from '../../../shared/domain/roles';
import type { Db } from '../../db/types';

export interface StaffRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  pin_hash: string;
  active: 0 | 1;
  must_change_pin: 0 | 1;
  failed_attempts: number;
  locked_until: number | null;
  last_login_at: number | null;
  language: Language | null;
  color_scheme: ColorScheme;
  created_at: number;
  updated_at: number;
}

export function toStaffView(row: StaffRow): StaffView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    active: row.active === 1,
    mustChangePin: row.must_change_pin === 1,
    lockedUntil: row.locked_until,
    lastLoginAt: row.last_login_at,
    createdAt: row.created_at,
  };
}

export function getStaff(db: Db, id: string): StaffRow | undefined {
  return db.prepare('SELECT * FROM staff WHERE id = ?').get(id) as StaffRow | undefined;
}

export function getStaffByUsername(db: Db, username: string): StaffRow | undefined {
  return db.prepare('SELECT * FROM staff WHERE username = ?').get(username) as StaffRow | undefined;
}

export function listStaff(db: Db, includeInactive: boolean): StaffRow[] {
  const where = includeInactive ? '' : 'WHERE active = 1';
  return db
    .prepare(
      `SELECT * FROM staff ${where}
       ORDER BY active DESC,
         CASE role WHEN 'admin' THEN 0 WHEN 'supervisor' THEN 1 WHEN 'dutyManager' THEN 2
                   WHEN 'consultant' THEN 3 ELSE 4 END,
         username`,
    )
    .all() as StaffRow[];
}

export interface NewStaff {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  pinHash: string;
  mustChangePin: boolean;
  language?: Language | null;
  now: number;
}

export function insertStaff(db: Db, s: NewStaff): StaffRow {
  db.prepare(
    `INSERT INTO staff (id, username, display_name, role, pin_hash, must_change_pin, language,
       created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    s.id,
    s.username,
    s.displayName,
    s.role,
    s.pinHash,
    s.mustChangePin ? 1 : 0,
    s.language ?? null,
    s.now,
    s.now,
  );
  return getStaff(db, s.id)!;
}

type StaffPatch = Partial<
  Pick<
    StaffRow,
    | 'username'
    | 'display_name'
    | 'role'
    | 'pin_hash'
    | 'active'
    | 'must_change_pin'
    | 'failed_attempts'
    | 'locked_until'
    | 'last_login_at'
    | 'language'
    | 'color_scheme'
  >
>;

export function updateStaff(db: Db, id: string, patch: StaffPatch, now: number): StaffRow {
  const keys = Object.keys(patch) as (keyof StaffPatch)[];
  if (keys.length > 0) {
    const sets = keys.map((k) => `${k} = @${k}`).join(', ');
    db.prepare(`UPDATE staff SET ${sets}, updated_at = @now WHERE id = @id`).run({
      ...patch,
      now,
      id,
    });
  }
  return getStaff(db, id)!;
}

export function countActiveAdmins(db: Db): number {
  return db
    .prepare("SELECT count(*) FROM staff WHERE role = 'admin' AND active = 1")
    .pluck()
    .get() as number;
}
