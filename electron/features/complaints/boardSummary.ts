import type { ComplaintSummary, DeadlineState } from '../../../shared/contract/complaintViews';
import { canOpenFile, type SecrecyLevel } from '../../../shared/domain/clients';
import type {
  ComplaintCategory,
  ComplaintChannel,
  ComplaintSeverity,
  ComplaintState,
} from '../../../shared/domain/complaint';
import { deadlineState } from '../../../shared/domain/complaintDeadline';
import type { Role } from '../../../shared/domain/roles';
import type { Db } from '../../db/types';

export interface DeadlineFacts {
  state: string;
  received_at: number;
  /** The last (re)opening; null (older rows, fixtures) means the intake. */
  clock_from?: number | null;
  first_response_due: number | null;
  resolution_due: number | null;
  responded_at: number | null;
}

/** The deadline that matters now: the first response until given, then the resolution. */
export function nextDueOf(c: DeadlineFacts): number | null {
  return c.responded_at === null ? c.first_response_due : c.resolution_due;
}

/**
 * Where a case stands against its stored deadlines (see DeadlineState): due soon within the
 * last quarter of the time allowed since it came in, at most 2 h before; paused while it
 * waits for the client and its level stops the clock (the stored deadline is then open).
 */
export function deadlineStateOf(c: DeadlineFacts, now: number): DeadlineState {
  return deadlineState(
    {
      state: c.state,
      clockFrom: c.clock_from ?? c.received_at,
      firstResponseDue: c.first_response_due,
      resolutionDue: c.resolution_due,
      respondedAt: c.responded_at,
    },
    now,
  );
}

interface SummaryRow extends DeadlineFacts {
  id: string;
  number: string;
  channel: ComplaintChannel;
  client_id: string | null;
  contact_name: string | null;
  client_name: string | null;
  card_number: string | null;
  secrecy: SecrecyLevel | null;
  category: ComplaintCategory;
  severity: ComplaintSeverity;
  summary: string;
  level: number;
  owner_id: string;
  owner_name: string;
  first_receiver_name: string;
  resolved_at: number | null;
  closed_at: number | null;
  reopened_count: number;
  transfer_to_name: string | null;
}

/** The cases named in a JSON array, each by primary key (json_each kept outside). */
export const SUMMARY_SQL = `SELECT k.*, c.name AS client_name, c.card_number, c.secrecy,
    o.display_name AS owner_name, f.display_name AS first_receiver_name,
    (SELECT s.display_name FROM complaint_transfers t JOIN staff s ON s.id = t.to_staff
      WHERE t.complaint_id = k.id AND t.accepted_at IS NULL AND t.declined_at IS NULL)
      AS transfer_to_name
  FROM json_each(?) j CROSS JOIN complaints k ON k.id = j.value
  JOIN staff o ON o.id = k.owner_id JOIN staff f ON f.id = k.first_receiver
  LEFT JOIN clients c ON c.id = k.client_id`;

function clientNameOf(r: SummaryRow, role: Role): string | null {
  if (r.client_name === null) return r.contact_name;
  return canOpenFile(role, r.secrecy ?? 'none') ? r.client_name : r.card_number;
}

/** The board's list lines, in the order of `ids` (each read by primary key). */
export function boardSummaries(
  db: Db,
  ids: readonly string[],
  now: number,
  role: Role,
): ComplaintSummary[] {
  const rows = db.prepare(SUMMARY_SQL).all(JSON.stringify(ids)) as SummaryRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [
      {
        id: r.id,
        number: r.number,
        channel: r.channel,
        clientId: r.client_id,
        clientName: clientNameOf(r, role),
        category: r.category,
        severity: r.severity,
        summary: r.summary,
        state: r.state as ComplaintState,
        level: r.level,
        ownerId: r.owner_id,
        ownerName: r.owner_name,
        firstReceiverName: r.first_receiver_name,
        receivedAt: r.received_at,
        clockFrom: r.clock_from ?? r.received_at,
        firstResponseDue: r.first_response_due,
        resolutionDue: r.resolution_due,
        respondedAt: r.responded_at,
        resolvedAt: r.resolved_at,
        closedAt: r.closed_at,
        nextDueAt: nextDueOf(r),
        deadlineState: deadlineStateOf(r, now),
        reopenedCount: r.reopened_count,
        transferToName: r.transfer_to_name,
      },
    ];
  });
}
