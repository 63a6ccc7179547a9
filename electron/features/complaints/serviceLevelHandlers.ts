import type { ParsedInput } from '../../../shared/contract';
import type { Db } from '../../db/types';
import type { ServiceContext } from '../../ipc/context';
import { validation } from '../../ipc/errors';
import type { Handlers } from '../../ipc/handler';
import { getStaff } from '../staff';
import { refreshOpenCases } from './caseClock';
import { readServiceSettings } from './serviceSettings';

type CalendarInput = ParsedInput<'serviceLevels.setCalendar'>;
type ChainInput = ParsedInput<'serviceLevels.setChain'>['chain'];

/** A day listed twice (or both a holiday and a make-up day) is refused on its second place. */
function checkDays(input: CalendarInput): void {
  const seen = new Set<string>();
  const lists = [
    ['holidays', input.holidays],
    ['makeUpWorkdays', input.makeUpWorkdays],
  ] as const;
  for (const [name, days] of lists)
    days.forEach((d, i) => {
      if (seen.has(d.day)) throw validation({ [`${name}.${i}.day`]: 'listed twice' });
      seen.add(d.day);
    });
}

function writeCalendar(db: Db, input: CalendarInput): void {
  db.prepare('DELETE FROM opening_hours').run();
  const hours = db.prepare(
    'INSERT INTO opening_hours (weekday, opens_at, closes_at) VALUES (?, ?, ?)',
  );
  input.weekly.forEach((h, weekday) => hours.run(weekday, h?.open ?? null, h?.close ?? null));
  db.prepare('DELETE FROM calendar_days').run();
  const day = db.prepare(
    'INSERT INTO calendar_days (day, kind, as_weekday, name) VALUES (?, ?, ?, ?)',
  );
  for (const h of input.holidays) day.run(h.day, 'holiday', null, h.name || null);
  for (const m of input.makeUpWorkdays)
    day.run(m.day, 'workday', m.asWeekday ?? null, m.name || null);
}

/** A named colleague on the chain must be someone who can act on the case: active staff. */
function checkChain(db: Db, chain: ChainInput): void {
  chain.forEach((l, i) => {
    if (!('staffId' in l.to)) return;
    const s = getStaff(db, l.to.staffId);
    if (!s || s.active !== 1)
      throw validation(
        { [`chain.${i}.to.staffId`]: 'not an active staff member' },
        'serviceLevels.unknownStaff',
      );
  });
}

function writeChain(db: Db, chain: ChainInput): void {
  db.prepare('DELETE FROM escalation_levels').run();
  const put = db.prepare(
    `INSERT INTO escalation_levels (level, role, staff_id, watches, offset_minutes)
     VALUES (?, ?, ?, ?, ?)`,
  );
  chain.forEach((l, i) =>
    put.run(
      i + 1,
      'role' in l.to ? l.to.role : null,
      'staffId' in l.to ? l.to.staffId : null,
      l.watches,
      l.offsetMinutes,
    ),
  );
}

/** Every change moves the stored deadlines of the open cases with it; the audit row counts them. */
function afterChange(ctx: ServiceContext, detail: Record<string, unknown>) {
  const refreshed = refreshOpenCases(ctx.db);
  ctx.audit.targetType = 'settings';
  ctx.audit.targetId = 'serviceLevels';
  ctx.audit.detail = { ...detail, refreshed };
  return readServiceSettings(ctx.db);
}

export const serviceLevelHandlers: Pick<
  Handlers,
  | 'serviceLevels.get'
  | 'serviceLevels.setCalendar'
  | 'serviceLevels.setLevel'
  | 'serviceLevels.setChain'
> = {
  'serviceLevels.get': (ctx) => readServiceSettings(ctx.db),

  'serviceLevels.setCalendar': (ctx, input) => {
    checkDays(input);
    writeCalendar(ctx.db, input);
    return afterChange(ctx, {
      openDays: input.weekly.filter((h) => h !== null).length,
      holidays: input.holidays.length,
      makeUpWorkdays: input.makeUpWorkdays.length,
    });
  },

  'serviceLevels.setLevel': (ctx, input) => {
    const { category, severity, level } = input;
    if (level)
      ctx.db
        .prepare(
          `INSERT INTO service_levels (category, severity, first_response_minutes,
             resolution_minutes, clock, pauses_while_waiting) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (category, severity) DO UPDATE SET
             first_response_minutes = excluded.first_response_minutes,
             resolution_minutes = excluded.resolution_minutes,
             clock = excluded.clock, pauses_while_waiting = excluded.pauses_while_waiting`,
        )
        .run(
          category,
          severity,
          level.firstResponseMinutes,
          level.resolutionMinutes,
          level.clock,
          level.pausesWhileWaiting ? 1 : 0,
        );
    // Removing a '*' row brings the default back; a category's row falls back to '*'.
    else
      ctx.db
        .prepare('DELETE FROM service_levels WHERE category = ? AND severity = ?')
        .run(category, severity);
    return afterChange(ctx, {
      category,
      severity,
      ...(level
        ? {
            firstResponseMinutes: level.firstResponseMinutes,
            resolutionMinutes: level.resolutionMinutes,
            clock: level.clock,
            pausesWhileWaiting: level.pausesWhileWaiting,
          }
        : { removed: true }),
    });
  },

  'serviceLevels.setChain': (ctx, input) => {
    checkChain(ctx.db, input.chain);
    writeChain(ctx.db, input.chain);
    return afterChange(ctx, { levels: input.chain.length });
  },
};
