import type { DayCounts } from '../../../shared/contract/deskViews';
import { today } from '../../ipc/context';

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

  /** The figures the handover needs (交接本), from the records of one business day. */
  'desk.dayCounts': (ctx, input) => {
    const day = input?.businessDate ?? today(ctx);
    const db = ctx.db;
    const entries = { female: 0, male: 0, unspecified: 0, total: 0 };
    const byGender = db
      .prepare(
        'SELECT gender, count(*) AS n FROM check_ins WHERE business_date = ? GROUP BY gender',
      )
      .all(day) as { gender: keyof typeof entries; n: number }[];
    for (const g of byGender) {
      entries[g.gender] += g.n;
      entries.total += g.n;
    }
    const cardsSold = db
      .prepare(
        `SELECT card_type AS cardType, sum(count) AS count FROM card_sales
         WHERE business_date = ? GROUP BY card_type ORDER BY card_type`,
      )
      .all(day) as { cardType: string; count: number }[];
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
