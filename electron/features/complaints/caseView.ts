import type {
  ComplaintAttachmentMeta,
  ComplaintEventView,
  ComplaintFollowUpView,
  ComplaintPermissions,
  ComplaintTransferView,
  ComplaintView,
  EscalationTarget,
  InternalNoteView,
} from '../../../shared/contract/complaintViews';
import { levelDueAt, type EscalationLevel } from '../../../shared/domain/escalation';
import { OVERSIGHT_ROLES } from '../../../shared/domain/roles';
import type { Db } from '../../db/types';
import type { ServiceContext } from '../../ipc/context';
import type { ComplaintBundleSource } from '../branch';
import { getStaff } from '../staff';
import { boardSummaries } from './boardSummary';
import { CASE_MANAGERS, mayHandle } from './complaintAccess';
import { caseRow, requireCase, type CaseRow } from './caseRows';
import { readChain } from './serviceSettings';

const nameOf = (db: Db, id: string | null) => (id ? (getStaff(db, id)?.display_name ?? '') : null);

function targetOf(
  db: Db,
  chain: readonly EscalationLevel[],
  level: number,
): EscalationTarget | null {
  const l = chain[level - 1];
  if (!l) return null;
  return 'role' in l.to
    ? { level, role: l.to.role, staffName: null }
    : { level, role: null, staffName: nameOf(db, l.to.staffId) };
}

function events(db: Db, id: string): ComplaintEventView[] {
  const rows = db
    .prepare(
      `SELECT e.id, e.at, e.kind, e.state, e.level, e.body, e.by_staff, s.display_name AS by_name
       FROM complaint_events e LEFT JOIN staff s ON s.id = e.by_staff
       WHERE e.complaint_id = ? ORDER BY e.at, e.rowid`,
    )
    .all(id) as (Omit<ComplaintEventView, 'byName' | 'automatic'> & {
    by_staff: string | null;
    by_name: string | null;
  })[];
  return rows.map(({ by_staff, by_name, ...e }) => ({
    ...e,
    byName: by_name,
    automatic: by_staff === null && e.kind === 'escalated',
  }));
}

function transfers(db: Db, id: string): ComplaintTransferView[] {
  return db
    .prepare(
      `SELECT t.id, f.display_name AS fromName, t.to_staff AS toId, s.display_name AS toName,
         t.reason, t.offered_at AS offeredAt, t.accepted_at AS acceptedAt, t.declined_at AS declinedAt
       FROM complaint_transfers t JOIN staff f ON f.id = t.from_staff JOIN staff s ON s.id = t.to_staff
       WHERE t.complaint_id = ? ORDER BY t.offered_at, t.rowid`,
    )
    .all(id) as ComplaintTransferView[];
}

function attachments(db: Db, id: string): ComplaintAttachmentMeta[] {
  return db
    .prepare(
      `SELECT a.id, a.file_name AS fileName, a.mime_type AS mimeType, a.size, a.added_at AS addedAt,
         s.display_name AS addedByName
       FROM complaint_attachments a JOIN staff s ON s.id = a.added_by
       WHERE a.complaint_id = ? ORDER BY a.added_at, a.rowid`,
    )
    .all(id) as ComplaintAttachmentMeta[];
}

function followUps(db: Db, id: string): ComplaintFollowUpView[] {
  return db
    .prepare(
      `SELECT f.id AS callId, f.due_day AS dueDay, f.attempt, f.outcome, f.score, f.done_at AS doneAt,
         s.display_name AS doneByName, f.note
       FROM follow_up_calls f LEFT JOIN staff s ON s.id = f.done_by
       WHERE f.complaint_id = ? ORDER BY f.due_day, f.attempt`,
    )
    .all(id) as ComplaintFollowUpView[];
}

/** The note on staff responsibility is read here only, and only for supervisor and admin. */
function internalNotes(ctx: ServiceContext, id: string): InternalNoteView[] | null {
  if (!OVERSIGHT_ROLES.includes(ctx.staff!.role)) return null;
  return ctx.db
    .prepare(
      `SELECT n.id, n.at, s.display_name AS byName, n.body FROM complaint_internal_notes n
       JOIN staff s ON s.id = n.by_staff WHERE n.complaint_id = ? ORDER BY n.at, n.rowid`,
    )
    .all(id) as InternalNoteView[];
}

function openOfferTo(db: Db, id: string): string | null {
  return (
    (db
      .prepare(
        `SELECT to_staff FROM complaint_transfers
         WHERE complaint_id = ? AND accepted_at IS NULL AND declined_at IS NULL`,
      )
      .pluck()
      .get(id) as string | undefined) ?? null
  );
}

export function permissionsOf(ctx: ServiceContext, row: CaseRow): ComplaintPermissions {
  const me = ctx.staff!;
  const handle = mayHandle(ctx.db, me, row);
  const open = row.state !== 'closed';
  const offerTo = openOfferTo(ctx.db, row.id);
  return {
    handle: handle && open,
    transfer:
      open && offerTo === null && (row.owner_id === me.id || CASE_MANAGERS.includes(me.role)),
    answerTransfer: offerTo === me.id,
    escalate: handle && row.state !== 'resolved' && open && row.level < readChain(ctx.db).length,
    readInternal: OVERSIGHT_ROLES.includes(me.role),
  };
}

/** The case as this person may see it: `complaints.get` and every case mutation answer it. */
export function caseView(ctx: ServiceContext, id: string): ComplaintView {
  const row = requireCase(ctx, id);
  const db = ctx.db;
  const [summary] = boardSummaries(db, [id], ctx.now, ctx.staff!.role);
  const chain = readChain(db);
  const next =
    row.state === 'resolved' || row.state === 'closed' ? null : targetOf(db, chain, row.level + 1);
  const d = {
    firstResponseDue: summary!.firstResponseDue,
    resolutionDue: summary!.resolutionDue,
    respondedAt: row.responded_at,
  };
  return {
    ...summary!,
    contactName: row.contact_name,
    callBackPhone: row.call_back_phone,
    clientWants: row.client_wants,
    plan: row.plan,
    result: row.result,
    remedy: {
      kind: row.remedy_kind,
      cents: row.remedy_cents,
      sessions: row.remedy_sessions,
      days: row.remedy_days,
    },
    logEntryId: row.log_entry_id,
    escalation: {
      current: targetOf(db, chain, row.level),
      next,
      nextAt: next ? levelDueAt(chain, next.level, d) : null,
    },
    events: events(db, id),
    transfers: transfers(db, id),
    attachments: attachments(db, id),
    followUps: followUps(db, id),
    internalNotes: internalNotes(ctx, id),
    may: permissionsOf(ctx, row),
    now: ctx.now,
  };
}

/**
 * What head office's bundle needs of a case, read without a session: Core's tick moves cases
 * up the chain and the new level must reach head office as a person's change does.
 * The summary as a manager reads it (the bundle never carries what a role hides).
 */
export function caseForHeadOffice(db: Db, id: string, now: number): ComplaintBundleSource | null {
  const row = caseRow(db, id);
  const [summary] = boardSummaries(db, [id], now, 'admin');
  if (!row || !summary) return null;
  return {
    ...summary,
    contactName: row.contact_name,
    callBackPhone: row.call_back_phone,
    remedy: {
      kind: row.remedy_kind,
      cents: row.remedy_cents,
      sessions: row.remedy_sessions,
      days: row.remedy_days,
    },
    followUps: followUps(db, id),
  };
}
