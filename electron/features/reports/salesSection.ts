import type { CardSales, CashFigures } from '../../../shared/contract/reportViews';
import type { Db } from '../../db/types';
import type { PeriodDays } from './reportDays';

export const CARD_SALES_SQL = `SELECT card_type, count FROM card_sales
  WHERE business_date BETWEEN @fromDay AND @toDay AND sold_at >= @from AND sold_at < @to`;

/**
 * 卖出卡种及张数. The desk records type and count only (it is never shown card prices and the
 * product stores none), so the money of a card sale is 0 until prices are kept somewhere.
 */
export function cardSales(db: Db, p: PeriodDays): CardSales {
  const rows = db.prepare(CARD_SALES_SQL).raw().all(p.span) as [string, number][];
  const byType = new Map<string, number>();
  for (const [type, n] of rows) byType.set(type, (byType.get(type) ?? 0) + n);
  const list = [...byType.entries()]
    .map(([cardType, count]) => ({ cardType, count, cents: 0 }))
    .sort((a, b) => b.count - a.count || a.cardType.localeCompare(b.cardType));
  return { byType: list, count: list.reduce((n, t) => n + t.count, 0), cents: 0 };
}

/** Cash settled and not voided, as the handover's drawer counts it (tag_charges_settled). */
export const CASH_TAKEN_SQL = `SELECT coalesce(sum(total_cents), 0) FROM tag_charges
  WHERE settled_at IS NOT NULL AND settled_at >= @from AND settled_at < @to
    AND method = 'cash' AND voided_at IS NULL`;

/** Signed handovers of the period's business dates with their counted drawer (handovers_day). */
export const HANDOVER_CASH_SQL = `SELECT variance_cents FROM handovers
  WHERE business_date BETWEEN @first AND @last AND outgoing_signed_at IS NOT NULL
    AND variance_cents IS NOT NULL`;

export function cashFigures(db: Db, p: PeriodDays): CashFigures {
  const variances = db
    .prepare(HANDOVER_CASH_SQL)
    .pluck()
    .all({ first: p.days[0], last: p.days[p.days.length - 1] }) as number[];
  return {
    counted: variances.length,
    varianceCents: variances.reduce((n, v) => n + v, 0),
    withVariance: variances.filter((v) => v !== 0).length,
    takingsCents: db.prepare(CASH_TAKEN_SQL).pluck().get(p.span) as number,
  };
}
