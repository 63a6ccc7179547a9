import type { CheckInFigures } from '../../../shared/contract/reportViews';
import { weekdayOf } from '../../../shared/domain/reportPeriod';
import type { Db } from '../../db/types';
import { entriesOf } from './entryRows';
import type { PeriodDays } from './reportDays';

/**
 * Entries by gender, by business date, weekday × local hour and the busiest hour. Counted
 * in JS from the period's entries because each one's business date comes from the shifts
 * (a night shift's 00:40 is the evening's), not from a column.
 */
export function checkInFigures(db: Db, p: PeriodDays, now: number): CheckInFigures {
  const e = entriesOf(db, p, now);
  const byDay = new Array<number>(p.days.length).fill(0);
  const heat = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const weekdays = p.days.map(weekdayOf);
  const genders = [0, 0, 0];
  for (let i = 0; i < e.count; i += 1) {
    const day = e.day[i]!;
    byDay[day]! += 1;
    heat[weekdays[day]!]![p.hourOf(e.at[i]!)]! += 1;
    genders[e.gender[i]!]! += 1;
  }
  const hours = Array.from({ length: 24 }, (_, h) => heat.reduce((n, row) => n + row[h]!, 0));
  const top = Math.max(...hours);
  return {
    gender: { female: genders[0]!, male: genders[1]!, unknown: genders[2]!, total: e.count },
    heat,
    peakHour: top > 0 ? { hour: hours.indexOf(top), count: top } : null,
    byDay: p.days.map((date, i) => ({ date, count: byDay[i]! })),
  };
}
