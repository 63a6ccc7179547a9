/**
 * The head-office board's reads over `bundles` (issue 15), here so the board, its plan test
 * and the bench run the same statements. $1..$2 is a half-open range of business dates.
 */

/** Handovers per branch per day (the board's grid of who handed over). */
export const HANDOVERS_PER_DAY_SQL = `
SELECT site_id, business_date, count(*) AS handovers
  FROM bundles
 WHERE kind = 'handover' AND business_date >= $1 AND business_date < $2
 GROUP BY site_id, business_date
 ORDER BY site_id, business_date`;

/** The day figures of a period summed per branch. */
export const PERIOD_FIGURES_SQL = `
SELECT site_id,
       count(*) AS days,
       sum((body #>> '{figures,checkIns,gender,total}')::int) AS check_ins,
       sum((body #>> '{figures,visitors,total}')::int) AS visitors,
       sum((body #>> '{figures,cardsSold,cents}')::bigint) AS card_cents,
       sum((body #>> '{figures,cash,takingsCents}')::bigint) AS takings_cents
  FROM bundles
 WHERE kind = 'dayFigures' AND business_date >= $1 AND business_date < $2
 GROUP BY site_id
 ORDER BY site_id`;
