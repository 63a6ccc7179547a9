import type { RetentionPreviewRow, RetentionPeriod } from '../../../shared/contract/retentionViews';
import {
  RETENTION_DEFAULTS,
  RETENTION_KINDS,
  retentionCutOff,
  type RetentionKind,
} from '../../../shared/domain/retention';
import { businessDate } from '../../../shared/domain/time';
import type { Db } from '../../db/types';
import { readSettings, writeSettings } from '../settings';
import { dueSql, RETENTION_SOURCES, type RetentionSource } from './retentionSources';

/** Local midnight of a YYYY-MM-DD: records before it are due. */
export function dayStart(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getTime();
}

export function readPeriods(db: Db): Record<RetentionKind, number> {
  const rows = db.prepare('SELECT kind, months FROM retention_periods').all() as {
    kind: RetentionKind;
    months: number;
  }[];
  const stored = Object.fromEntries(rows.map((r) => [r.kind, r.months]));
  const handovers = readSettings(db).handoverRetentionMonths ?? RETENTION_DEFAULTS.handovers;
  return { ...RETENTION_DEFAULTS, ...stored, handovers };
}

export function periodViews(db: Db): RetentionPeriod[] {
  const months = readPeriods(db);
  return RETENTION_KINDS.map((kind) => ({
    kind,
    months: months[kind],
    defaultMonths: RETENTION_DEFAULTS[kind],
  }));
}

/** Handovers' period is the handover setting itself, so the two can never disagree. */
export function writePeriods(db: Db, periods: Partial<Record<RetentionKind, number>>): void {
  const upsert = db.prepare(
    `INSERT INTO retention_periods (kind, months) VALUES (?, ?)
     ON CONFLICT (kind) DO UPDATE SET months = excluded.months`,
  );
  for (const [kind, months] of Object.entries(periods)) {
    if (months === undefined) continue;
    if (kind === 'handovers') writeSettings(db, { handoverRetentionMonths: months });
    else upsert.run(kind, months);
  }
}

export interface CutOff {
  day: string;
  ms: number;
}

export function cutOffs(db: Db, today: string): Record<RetentionKind, CutOff> {
  const months = readPeriods(db);
  return Object.fromEntries(
    RETENTION_KINDS.map((k) => {
      const day = retentionCutOff(today, months[k]);
      return [k, { day, ms: dayStart(day) }];
    }),
  ) as Record<RetentionKind, CutOff>;
}

const bind = (c: CutOff) => ({ cut: c.ms, cutDay: c.day });

function countSource(
  db: Db,
  s: RetentionSource,
  c: CutOff,
): { due: number; oldest: number | null } {
  return db.prepare(`SELECT count(*) AS due, min(${s.at}) AS oldest ${dueSql(s)}`).get(bind(c)) as {
    due: number;
    oldest: number | null;
  };
}

/** Up to `limit` due ids of one source, oldest first (a whole record each). */
export function dueIds(db: Db, s: RetentionSource, c: CutOff, limit: number): string[] {
  return db
    .prepare(`SELECT id ${dueSql(s)} ORDER BY ${s.at} LIMIT @limit`)
    .pluck()
    .all({ ...bind(c), limit }) as string[];
}

function handoversDue(db: Db, c: CutOff): { due: number; oldest: string | null } {
  return db
    .prepare(
      'SELECT count(*) AS due, min(business_date) AS oldest FROM handovers WHERE business_date < ?',
    )
    .get(c.day) as { due: number; oldest: string | null };
}

/** What the next run would change, per kind, by the partial indexes (a range of due rows). */
export function previewRows(db: Db, today: string): RetentionPreviewRow[] {
  const cuts = cutOffs(db, today);
  const months = readPeriods(db);
  return RETENTION_KINDS.map((kind) => {
    const c = cuts[kind];
    if (kind === 'handovers')
      return { kind, months: months[kind], cutOff: c.day, ...handoversDue(db, c) };
    const parts = RETENTION_SOURCES.filter((s) => s.kind === kind).map((s) =>
      countSource(db, s, c),
    );
    const oldest = parts.reduce<number | null>(
      (min, p) => (p.oldest !== null && (min === null || p.oldest < min) ? p.oldest : min),
      null,
    );
    return {
      kind,
      months: months[kind],
      cutOff: c.day,
      due: parts.reduce((n, p) => n + p.due, 0),
      oldest: oldest === null ? null : businessDate(oldest),
    };
  });
}
