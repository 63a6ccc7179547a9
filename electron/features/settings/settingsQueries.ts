import type { DeskSettings } from '../../../shared/contract/views';
import { MODULES, type Module } from '../../../shared/domain/modules';
import type { Db } from '../../db/types';

export const DEFAULT_SETTINGS: DeskSettings = {
  siteName: 'Deskbook',
  idleLockMinutes: 5,
  defaultLanguage: 'zh-CN',
  // What the desk was before profiles: a gym with every module (migration 012 writes it down).
  siteProfile: 'gym',
  modules: [...MODULES],
  handTags: '1-200',
  capacity: 0,
  lostTagFeeCents: 0,
  handoverMinutes: 2,
  queueAttendMinutes: 5,
  queueEscalateMinutes: 15,
  handoverRetentionMonths: 12,
  handoverReminderMinutes: 10,
  cashFloatCents: 0,
};

export function readSettings(db: Db): DeskSettings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as {
    key: string;
    value: string;
  }[];
  // Internal markers (e.g. shiftDefaultsCreated) share the table but are not settings.
  const stored = Object.fromEntries(
    rows
      .filter((r) => r.key in DEFAULT_SETTINGS)
      .map((r) => [r.key, JSON.parse(r.value) as unknown]),
  );
  return { ...DEFAULT_SETTINGS, ...(stored as Partial<DeskSettings>) };
}

export function writeSettings(db: Db, patch: Partial<DeskSettings>): DeskSettings {
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) upsert.run(key, JSON.stringify(value));
  }
  return readSettings(db);
}

/** The modules in use: read on every routed call, so one row by its key. */
/** A head-office PC (profile headOffice) answers only its own namespaces (router). */
export function isHeadOffice(db: Db): boolean {
  const value = db.prepare("SELECT value FROM settings WHERE key = 'siteProfile'").pluck().get() as
    string | undefined;
  return value !== undefined && JSON.parse(value) === 'headOffice';
}

export function modulesInUse(db: Db): readonly Module[] {
  const value = db.prepare("SELECT value FROM settings WHERE key = 'modules'").pluck().get() as
    string | undefined;
  return value === undefined ? DEFAULT_SETTINGS.modules : (JSON.parse(value) as Module[]);
}
