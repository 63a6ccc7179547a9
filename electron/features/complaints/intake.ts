import type { ParsedInput } from '../../../shared/contract';
import type { ComplaintView } from '../../../shared/contract/complaintViews';
import { today, type ServiceContext } from '../../ipc/context';
import { AppError, validation } from '../../ipc/errors';
import { refreshCaseClock } from './caseClock';
import { addEvent, auditCase } from './caseRows';
import { caseView } from './caseView';

type OpenInput = ParsedInput<'complaints.open'>;

/** TS-20261203-001: the day's cases in the order they came in. */
function nextNumber(ctx: ServiceContext, day: string): string {
  const count = ctx.db
    .prepare('SELECT count(*) FROM complaints WHERE business_date = ?')
    .pluck()
    .get(day) as number;
  return `TS-${day.replaceAll('-', '')}-${String(count + 1).padStart(3, '0')}`;
}

function checkClient(ctx: ServiceContext, clientId: string | undefined): void {
  if (clientId === undefined) return;
  const found = ctx.db.prepare('SELECT 1 FROM clients WHERE id = ?').get(clientId);
  if (!found) throw validation({ clientId: 'not a client file' }, 'complaints.unknownClient');
}

/** A shift-log entry becomes a case once: of category complaint, not linked yet. */
function checkLogEntry(ctx: ServiceContext, entryId: string | undefined): void {
  if (entryId === undefined) return;
  const entry = ctx.db.prepare('SELECT category FROM log_entries WHERE id = ?').get(entryId) as
    { category: string } | undefined;
  if (!entry || entry.category !== 'complaint')
    throw validation({ logEntryId: 'not a complaint entry' }, 'complaints.notComplaintEntry');
  const linked = ctx.db.prepare('SELECT 1 FROM complaints WHERE log_entry_id = ?').get(entryId);
  if (linked)
    throw new AppError('CONFLICT', 'This entry is already a case.', {
      reason: 'complaints.entryLinked',
    });
}

/**
 * The entry's own follow-up ends when it becomes a case: from now on the case is what travels
 * from handover to handover, with its owner and deadlines, and it would otherwise be listed twice.
 */
function closeEntryFollowUp(ctx: ServiceContext, entryId: string, number: string): void {
  ctx.db
    .prepare(
      `UPDATE log_entries SET done_at = ?, done_by = ?, done_note = ?
       WHERE id = ? AND follow_up = 1 AND done_at IS NULL`,
    )
    .run(ctx.now, ctx.staff!.id, number, entryId);
}

/** 首问负责制: whoever takes the complaint is its first receiver and owns it from now on. */
export function openCase(ctx: ServiceContext, input: OpenInput): ComplaintView {
  checkClient(ctx, input.clientId);
  checkLogEntry(ctx, input.logEntryId);
  const id = ctx.env.ids();
  const day = today(ctx);
  const number = nextNumber(ctx, day);
  const me = ctx.staff!.id;
  const blank = (v: string | undefined) => (v === undefined || v === '' ? null : v);
  ctx.db
    .prepare(
      `INSERT INTO complaints (id, number, channel, client_id, contact_name, call_back_phone,
         category, severity, summary, client_wants, received_at, business_date, first_receiver,
         owner_id, state, log_entry_id, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)`,
    )
    .run(
      id,
      number,
      input.channel,
      input.clientId ?? null,
      blank(input.contactName),
      blank(input.callBackPhone),
      input.category,
      input.severity,
      input.summary,
      blank(input.clientWants),
      ctx.now,
      day,
      me,
      me,
      input.logEntryId ?? null,
      ctx.now,
    );
  addEvent(ctx, id, { kind: 'received', state: 'open', detail: { channel: input.channel } });
  refreshCaseClock(ctx.db, id);
  if (input.logEntryId) closeEntryFollowUp(ctx, input.logEntryId, number);
  auditCase(ctx, id, {
    channel: input.channel,
    category: input.category,
    severity: input.severity,
    ...(input.logEntryId ? { fromLogEntry: true } : {}),
    ...(input.clientId ? {} : { anonymous: true }),
  });
  return caseView(ctx, id);
}
