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

/** Every branch with its first bundle's day, its last bundle's arrival and its last good backup. */
export const BOARD_BRANCHES_SQL = `
SELECT b.site_id, b.name, f.first_day, l.received_at AS last_received_at,
       k.body ->> 'lastOkAt' AS backup_last_ok_at
  FROM branches b
  LEFT JOIN LATERAL (SELECT min(business_date)::text AS first_day FROM bundles
                      WHERE site_id = b.site_id AND kind = 'dayFigures') f ON true
  LEFT JOIN LATERAL (SELECT received_at FROM bundles WHERE site_id = b.site_id
                      ORDER BY seq DESC LIMIT 1) l ON true
  LEFT JOIN LATERAL (SELECT body FROM bundles WHERE site_id = b.site_id AND kind = 'backupStatus'
                      ORDER BY business_date DESC, seq DESC LIMIT 1) k ON true
 ORDER BY b.name`;

/** The period's signed handovers, the latest bundle of each. $1..$2 both included. */
export const BOARD_HANDOVERS_SQL = `
SELECT DISTINCT ON (site_id, body ->> 'handoverId')
       site_id, business_date::text AS day,
       (body ->> 'status' = 'flagged' OR jsonb_array_length(body -> 'flaggedSections') > 0) AS flagged,
       body #>> '{cash,varianceCents}' AS variance
  FROM bundles
 WHERE kind = 'handover' AND business_date BETWEEN $1 AND $2
 ORDER BY site_id, body ->> 'handoverId', seq DESC`;

/** The handover figures of each day report of the period. */
export const BOARD_DAY_FIGURES_SQL = `
SELECT DISTINCT ON (site_id, business_date)
       site_id, business_date::text AS day,
       (body #>> '{figures,handovers,expected}')::int AS expected,
       (body #>> '{figures,handovers,missing}')::int AS missing,
       (body #>> '{figures,handovers,flagged}')::int AS flagged
  FROM bundles
 WHERE kind = 'dayFigures' AND business_date BETWEEN $1 AND $2
 ORDER BY site_id, business_date, seq DESC`;

/** Every complaint as its branch last sent it (open ones may be from any month). */
export const BOARD_COMPLAINTS_SQL = `
SELECT DISTINCT ON (site_id, body ->> 'complaintId') site_id, body
  FROM bundles
 WHERE kind = 'complaint'
 ORDER BY site_id, body ->> 'complaintId', seq DESC`;

/** The period's incidents, each as its branch last sent it. */
export const BOARD_INCIDENTS_SQL = `
SELECT DISTINCT ON (site_id, body ->> 'incidentId') site_id, body
  FROM bundles
 WHERE kind = 'incident' AND business_date BETWEEN $1 AND $2
 ORDER BY site_id, body ->> 'incidentId', seq DESC`;

export const PROBLEMS_SQL = `
SELECT site_id, problem, seq, until_seq, found_at FROM bundle_problems ORDER BY site_id, seq`;

/** The day reports of a period, for the cross-branch report. $1..$2 both included. */
export const REPORT_DAYS_SQL = `
SELECT DISTINCT ON (site_id, business_date)
       site_id, business_date::text AS day, body -> 'figures' AS figures
  FROM bundles
 WHERE kind = 'dayFigures' AND business_date BETWEEN $1 AND $2
 ORDER BY site_id, business_date, seq DESC`;
