import type { DayCounts } from '../../../shared/contract/deskViews';
import { addDays } from '../../../shared/domain/time';
import { today } from '../../ipc/context';
import { shiftDayOf } from '../shifts';

import type { Handlers } from '../../ipc/handler';

export const deskCountHandlers: Pick<Handlers, 'desk.recordCardSale' | 'desk.dayCounts'> = {
  'desk.recordCardSale': (ctx, input) => {
    const sale = {
      id: ctx.env.ids(),
      cardType: input.cardType,
      count: input.count,
      businessDate: today(ctx),
      soldAt: ctx.now,
    };
    ctx.db
      .prepare(
        `INSERT INTO card_sales (id, card_type, count, business_date, sold_by, sold_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(sale.id, sale.cardType, sale.count, sale.businessDate, ctx.staff!.id, sale.soldAt);
    ctx.audit.targetType = 'cardSale';
    ctx.audit.targetId = sale.id;
    ctx.audit.detail = { cardType: sale.cardType, count: sale.count };
    return sale;
  },

  /**
   * The figures of one business day (交接本). Entries and cards sold count by the business
   * date of the shift at work when they happened, so a night shift's are not split at
   * midnight; what happened with no shift open counts for its calendar day.
   */
  'desk.dayCounts': (ctx, input) => {
    const day = input?.businessDate ?? today(ctx);
    const db = ctx.db;
    const ofDay = shiftDayOf(db, day);
    const days = [day, addDays(day, 1)];
    const entries = { female: 0, male: 0, unspecified: 0, total: 0 };
    const checkIns = db
      .prepare('SELECT gender, checked_in_at AS at FROM check_ins WHERE business_date IN (?, ?)')
      .all(...days) as { gender: keyof typeof entries; at: number }[];
    for (const c of checkIns) {
      if (ofDay(c.at) !== day) continue;
      entries[c.gender] += 1;
      entries.total += 1;
    }
    const sold = new Map<string, number>();
    const sales = db
      .prepare(
        'SELECT card_type AS cardType, count, sold_at AS at FROM card_sales WHERE business_date IN (?, ?)',
      )
      .all(...days) as { cardType: string; count: number; at: number }[];
    for (const s of sales)
      if (ofDay(s.at) === day) sold.set(s.cardType, (sold.get(s.cardType) ?? 0) + s.count);
    const cardsSold = [...sold.keys()]
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((cardType) => ({ cardType, count: sold.get(cardType)! }));
    const tagsOut = db
      .prepare(
        'SELECT count(*) FROM check_ins WHERE checked_out_at IS NULL AND tag_number IS NOT NULL',
      )
      .pluck()
      .get() as number;
    const unsettled = db
      .prepare(
        `SELECT count(*) AS count, coalesce(sum(total_cents), 0) AS totalCents FROM tag_charges
         WHERE voided_at IS NULL AND settled_at IS NULL`,
      )
      .get() as { count: number; totalCents: number };
    const tagsLost = db
      .prepare('SELECT count(*) FROM hand_tags WHERE lost_date = ?')
      .pluck()
      .get(day) as number;
    const counts: DayCounts = {
      businessDate: day,
      entries,
      cardsSold,
      tagsOut,
      unsettled,
      tagsLost,
    };
    return counts;
  },
};
