import type { PgMigration } from './types';

/**
 * The board's month reads (handovers per branch per day, day figures per branch) select by
 * kind and a date range across all branches. With (kind, business_date) alone, counting
 * handovers per branch visits the heap for site_id, and the planner preferred an index-only
 * scan of the whole (site_id, kind, business_date) index: a cost that grows with all the
 * history, not with the month asked for (the head-office bench). Adding site_id to the end
 * makes it an index-only scan of just that range; the old index is its prefix, so it goes.
 */
export const boardIndex: PgMigration = {
  version: 3,
  name: 'board_index',
  sql: `
CREATE INDEX bundles_kind_date_site ON bundles (kind, business_date, site_id);
DROP INDEX bundles_kind_date;
`,
};
