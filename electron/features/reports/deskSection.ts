import type { DeskFigures } from '../../../shared/contract/reportViews';
import type { Db } from '../../db/types';
import type { PeriodDays } from './reportDays';

/** 手牌丢失 as the tags record them (hand_tags_lost), cut to the span. */
export const TAG_LOSSES_SQL = `SELECT count(*) FROM hand_tags
  WHERE lost_date BETWEEN @fromDay AND @toDay AND lost_at >= @from AND lost_at < @to`;
/** Voided slips (tag_charges_voided). */
export const VOIDS_SQL = `SELECT count(*) FROM tag_charges
  WHERE voided_at IS NOT NULL AND voided_at >= @from AND voided_at < @to`;
/** Entries a manager let in past a refusal (check_ins_day, then time). */
export const OVERRIDES_SQL = `SELECT count(*) FROM check_ins
  WHERE business_date BETWEEN @fromDay AND @toDay
    AND checked_in_at >= @from AND checked_in_at < @to AND override_by IS NOT NULL`;

export function deskFigures(db: Db, p: PeriodDays): DeskFigures {
  const count = (sql: string) => db.prepare(sql).pluck().get(p.span) as number;
  return {
    tagLosses: count(TAG_LOSSES_SQL),
    voids: count(VOIDS_SQL),
    overrides: count(OVERRIDES_SQL),
  };
}
