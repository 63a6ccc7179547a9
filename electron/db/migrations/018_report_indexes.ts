import type { Migration } from './types';

/**
 * Reports (issue 13): a month's escalations are a range of the escalation events by time;
 * the history index is by case, so without this a report would walk every case's history.
 */
export const reportIndexes: Migration = {
  version: 18,
  name: 'report indexes',
  up(db) {
    db.exec(`
      CREATE INDEX complaint_events_escalated ON complaint_events (at) WHERE kind = 'escalated';
    `);
  },
};
