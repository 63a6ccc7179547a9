import type { CheckInFigures } from '../../../shared/contract/reportViews';
import { weekdayOf } from '../../../shared/domain/reportPeriod';
import type { Db } from '../../db/types';
import type { PeriodDays } from './reportDays';

/**
 * Entries of the span: the day index (business_date) finds the calendar days, the time
 * column cuts them to the span. One row per entry; the figures are counted in JS because
 * each entry's business date comes from the shifts, not from a column.
 */
export const CHECK_INS_SQL = `SELECT checked_in_at, gender FROM check_ins
  WHERE business_date BETWEEN @fromDay AND @toDay
    AND checked_in_at >= @from AND checked_in_at < @to`;

export function checkInFigures(db: Db, p: PeriodDays): CheckInFigures {
  const rows = db.prepare(CHECK_INS_SQL).raw().all(p.span) as [number, string][];
  const byDay = new Array<number>(p.days.length).fill(0);
  const heat = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const weekdays = p.days.map(weekdayOf);
  const gender = { female: 0, male: 0, unknown: 0, total: 0 };
  for (const [at, g] of rows) {
    const day = p.dayIndex(at);
    if (day < 0) continue;
    byDay[day]! += 1;
    heat[weekdays[day]!]![p.hourOf(at)]! += 1;
    if (g === 'female') gender.female += 1;
    else if (g === 'male') gender.male += 1;
    else gender.unknown += 1;
    gender.total += 1;
  }
  const hours = Array.from({ length: 24 }, (_, h) => heat.reduce((n, row) => n + row[h]!, 0));
  const top = Math.max(...hours);
  return {
    gender,
    heat,
    peakHour: top > 0 ? { hour: hours.indexOf(top), count: top } : null,
    byDay: p.days.map((date, i) => ({ date, count: byDay[i]! })),
  };
}
