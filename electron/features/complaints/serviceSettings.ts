import type { ServiceLevelRow, ServiceSettings } from '../../../shared/contract/complaintViews';
import type { ComplaintCategory, ComplaintSeverity } from '../../../shared/domain/complaint';
import { DEFAULT_ESCALATION_CHAIN, type EscalationLevel } from '../../../shared/domain/escalation';
import type { Role } from '../../../shared/domain/roles';
import { DEFAULT_SERVICE_LEVELS, type ServiceLevel } from '../../../shared/domain/serviceLevel';
import type { OpeningHours, SiteCalendar } from '../../../shared/domain/siteCalendar';
import type { Db } from '../../db/types';

/** Until the admin sets the week: open every day 09:00–21:00, as most desks are. */
export const DEFAULT_WEEK: readonly OpeningHours[] = Array.from({ length: 7 }, () => ({
  open: '09:00',
  close: '21:00',
}));

interface HoursRow {
  weekday: number;
  opens_at: string | null;
  closes_at: string | null;
}
interface DayRow {
  day: string;
  kind: 'holiday' | 'workday';
  as_weekday: number | null;
  name: string | null;
}
interface LevelRow {
  category: string;
  severity: ComplaintSeverity;
  first_response_minutes: number;
  resolution_minutes: number;
  clock: 'opening' | 'clock';
  pauses_while_waiting: number;
}
interface ChainRow {
  level: number;
  role: Role | null;
  staff_id: string | null;
  watches: EscalationLevel['watches'];
  offset_minutes: number;
}

/** The site calendar: the stored week (the default until one is saved), holidays, 调休 days. */
export function readCalendar(db: Db): SiteCalendar & { dayNames: Record<string, string> } {
  const hours = db.prepare('SELECT * FROM opening_hours').all() as HoursRow[];
  const weekly: (OpeningHours | null)[] =
    hours.length === 0 ? [...DEFAULT_WEEK] : Array.from({ length: 7 }, () => null);
  for (const h of hours)
    weekly[h.weekday] = h.opens_at && h.closes_at ? { open: h.opens_at, close: h.closes_at } : null;
  const days = db.prepare('SELECT * FROM calendar_days ORDER BY day').all() as DayRow[];
  const dayNames: Record<string, string> = {};
  for (const d of days) if (d.name) dayNames[d.day] = d.name;
  return {
    weekly,
    holidays: days.filter((d) => d.kind === 'holiday').map((d) => d.day),
    makeUpWorkdays: days
      .filter((d) => d.kind === 'workday')
      .map((d) =>
        d.as_weekday === null ? { date: d.day } : { date: d.day, asWeekday: d.as_weekday },
      ),
    dayNames,
  };
}

function levelOf(r: LevelRow): ServiceLevel {
  return {
    firstResponseMinutes: r.first_response_minutes,
    resolutionMinutes: r.resolution_minutes,
    clock: r.clock,
    pausesWhileWaiting: r.pauses_while_waiting === 1,
  };
}

/** Every level as the settings screen lists it: the '*' rows (stored or default), then overrides. */
export function readLevels(db: Db): ServiceLevelRow[] {
  const rows = db
    .prepare('SELECT * FROM service_levels ORDER BY category, severity')
    .all() as LevelRow[];
  const stored = new Map(rows.map((r) => [`${r.category}|${r.severity}`, r]));
  const base = (Object.keys(DEFAULT_SERVICE_LEVELS) as ComplaintSeverity[]).map((severity) => {
    const r = stored.get(`*|${severity}`);
    return {
      category: '*' as const,
      severity,
      ...(r ? levelOf(r) : DEFAULT_SERVICE_LEVELS[severity]),
    };
  });
  const overrides = rows
    .filter((r) => r.category !== '*')
    .map((r) => ({
      category: r.category as ComplaintCategory,
      severity: r.severity,
      ...levelOf(r),
    }));
  return [...base, ...overrides];
}

/** The level a case of this category and severity is held to: its own row, else '*'. */
export function serviceLevelFor(
  db: Db,
  category: ComplaintCategory,
  severity: ComplaintSeverity,
): ServiceLevel {
  const row = db
    .prepare(
      `SELECT * FROM service_levels WHERE severity = ? AND category IN (?, '*')
       ORDER BY category = '*' LIMIT 1`,
    )
    .get(severity, category) as LevelRow | undefined;
  return row ? levelOf(row) : DEFAULT_SERVICE_LEVELS[severity];
}

/** The escalation chain as stored, the default chain until the admin saves one. */
export function readChain(db: Db): EscalationLevel[] {
  const rows = db.prepare('SELECT * FROM escalation_levels ORDER BY level').all() as ChainRow[];
  if (rows.length === 0) return [...DEFAULT_ESCALATION_CHAIN];
  return rows.map((r) => ({
    to: r.staff_id ? { staffId: r.staff_id } : { role: r.role! },
    watches: r.watches,
    offsetMinutes: r.offset_minutes,
  }));
}

export function readServiceSettings(db: Db): ServiceSettings {
  const { dayNames, ...calendar } = readCalendar(db);
  return { calendar, dayNames, levels: readLevels(db), chain: readChain(db) };
}
