import type { DeskFigures } from '../../../shared/contract/reportViews';
import type { Db } from '../../db/types';
import { entriesOf } from './entryRows';
import type { PeriodDays } from './reportDays';

/** 手牌丢失 as the tags record them (hand_tags_lost), cut to the span. */
export const TAG_LOSSES_SQL = `SELECT count(*) FROM hand_tags
  WHERE lost_date BETWEEN @fromDay AND @toDay AND lost_at >= @from AND lost_at < @to`;
/** Voided slips (tag_charges_voided). */
export const VOIDS_SQL = `SELECT count(*) FROM tag_charges
  WHERE voided_at IS NOT NULL AND voided_at >= @from AND voided_at < @to`;

/** Overrides: entries a manager let in past a refusal, from the period's entries. */
export function deskFigures(db: Db, p: PeriodDays, now: number): DeskFigures {
  const count = (sql: string) => db.prepare(sql).pluck().get(p.span) as number;
  return {
    tagLosses: count(TAG_LOSSES_SQL),
    voids: count(VOIDS_SQL),
    overrides: entriesOf(db, p, now).overrides,
  };
}
