import { describe, expect, it } from 'vitest';
import { CALLS_SQL } from '../../electron/features/reports/callSection';
import { ENTRIES_SQL, EXITS_SQL } from '../../electron/features/reports/entryRows';
import {
  ESCALATED_SQL,
  OPENED_SQL,
  RESOLVED_SQL,
  RESPONDED_SQL,
  SCORES_SQL,
} from '../../electron/features/reports/complaintSection';
import { TAG_LOSSES_SQL, VOIDS_SQL } from '../../electron/features/reports/deskSection';
import {
  DONE_SQL,
  DROPPED_SQL,
  OVERDUE_SQL,
} from '../../electron/features/reports/followUpSection';
import { SERVED_SQL } from '../../electron/features/reports/queueSection';
import {
  CARD_SALES_SQL,
  CASH_TAKEN_SQL,
  HANDOVER_CASH_SQL,
} from '../../electron/features/reports/salesSection';
import {
  CONVERTED_BY_FILE_SQL,
  CONVERTED_BY_PHONE_SQL,
  VISITORS_SQL,
} from '../../electron/features/reports/visitorSection';
import { createTestVault } from '../helpers/testVault';

const SPAN = { from: 1, to: 2, fromDay: '2026-11-01', toDay: '2026-11-30', until: 2 };
const DAYS = { first: '2026-11-01', last: '2026-11-30', today: '2026-12-02' };

/** Each section's query and the index its plan must use (the big tables never scanned). */
const PLANS: [string, string, object, RegExp][] = [
  [
    'entries',
    ENTRIES_SQL,
    SPAN,
    /COVERING INDEX check_ins_report \(business_date>\? AND business_date<\?\)/,
  ],
  [
    'exits, in the same order',
    EXITS_SQL,
    SPAN,
    /COVERING INDEX check_ins_report \(business_date>\? AND business_date<\?\)/,
  ],
  ['visitors', VISITORS_SQL, SPAN, /visitors_day/],
  [
    'converted by phone',
    CONVERTED_BY_PHONE_SQL,
    { term: 'p:1', since: 1, until: 2 },
    /SEARCH s USING PRIMARY KEY \(term=\?\)/,
  ],
  [
    'converted by file',
    CONVERTED_BY_FILE_SQL,
    { id: 'x', since: 1, until: 2 },
    /sqlite_autoindex_clients_1|PRIMARY KEY/,
  ],
  ['cards', CARD_SALES_SQL, SPAN, /card_sales_day/],
  ['calls', CALLS_SQL, SPAN, /calls_day/],
  ['queue', SERVED_SQL, SPAN, /SEARCH queue_tickets USING INDEX \w+ \(business_date>/],
  ['cash', CASH_TAKEN_SQL, SPAN, /tag_charges_settled/],
  ['voids', VOIDS_SQL, SPAN, /tag_charges_voided/],
  ['tag losses', TAG_LOSSES_SQL, SPAN, /hand_tags_lost/],
  ['handover cash', HANDOVER_CASH_SQL, DAYS, /handovers_day/],
  ['complaints opened', OPENED_SQL, SPAN, /complaints_received/],
  ['complaints responded', RESPONDED_SQL, SPAN, /complaints_responded/],
  ['complaints resolved', RESOLVED_SQL, SPAN, /complaints_resolved/],
  ['escalations', ESCALATED_SQL, SPAN, /complaint_events_escalated/],
  ['scores', SCORES_SQL, DAYS, /follow_up_calls_done_day/],
  ['follow-ups done', DONE_SQL, DAYS, /follow_up_calls_done_day/],
  ['follow-ups dropped', DROPPED_SQL, SPAN, /follow_up_calls_dropped/],
  ['follow-ups overdue', OVERDUE_SQL, DAYS, /follow_up_calls_open/],
];

const BIG =
  /SCAN (check_ins|visitors|calls|queue_tickets|tag_charges|card_sales|client_search|clients|complaints|complaint_events|follow_up_calls)\b(?! USING)/;

describe('report query plans', () => {
  it.each(PLANS)('%s reads by its index, never the whole table', (_name, sql, params, index) => {
    const v = createTestVault();
    const plan = (
      v.core.db!.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]
    )
      .map((r) => r.detail)
      .join(' | ');
    expect(plan).toMatch(index);
    expect(plan).not.toMatch(BIG);
  });
});
