import type { OccupancyFigures } from '../../../shared/contract/reportViews';
import type { Db } from '../../db/types';
import { entriesOf } from './entryRows';
import type { PeriodDays } from './reportDays';

const HOUR = 3_600_000;

/**
 * 在场人数 by a sweep over arrivals and departures: the average is person-time inside each
 * local hour of the day divided by the period's days (so 2.5 means two or three people on
 * site on a typical day at that hour), the peak the most on site at once in that hour.
 */
export function occupancyFigures(db: Db, p: PeriodDays, now: number): OccupancyFigures {
  const e = entriesOf(db, p, now);
  const ins = e.at.slice(0, e.count).sort();
  const outs = e.out.slice(0, e.count).sort();
  const area = new Array<number>(24).fill(0);
  const peaks = new Array<number>(24).fill(0);
  let peak: OccupancyFigures['peak'] = null;
  let count = 0;
  let t = ins[0] ?? 0;
  const spend = (until: number) => {
    while (t < until) {
      const hour = p.hourOf(t);
      const end = Math.min(until, Math.floor(t / HOUR) * HOUR + HOUR);
      area[hour]! += count * (end - t);
      if (count > peaks[hour]!) peaks[hour] = count;
      t = end;
    }
  };
  for (let i = 0, o = 0; i < ins.length || o < outs.length;) {
    // A departure at the same moment as an arrival goes first: the place was not fuller.
    const leaving = o < outs.length && (i >= ins.length || outs[o]! <= ins[i]!);
    const at = leaving ? outs[o++]! : ins[i++]!;
    spend(at);
    count += leaving ? -1 : 1;
    if (!leaving && count > (peak?.count ?? 0)) peak = { count, at };
    const hour = p.hourOf(at);
    if (count > peaks[hour]!) peaks[hour] = count;
  }
  const days = Math.max(1, p.days.length);
  return {
    byHour: area.map((a, hour) => ({
      hour,
      average: Math.round((a / HOUR / days) * 10) / 10,
      peak: peaks[hour]!,
    })),
    peak,
  };
}
