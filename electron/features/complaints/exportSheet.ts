import type { ParsedInput } from '../../../shared/contract';
import { canOpenFile, type SecrecyLevel } from '../../../shared/domain/clients';
import type { Role } from '../../../shared/domain/roles';
import type { Db } from '../../db/types';
import type { CellKind, SheetColumn, SheetSpec } from '../../files/workbook';

export type ExportFilter = ParsedInput<'complaints.export'>;

/** The sheet's columns (a Chinese desk's Excel, like the client export's headers). */
const COLUMNS = [
  ['number', '编号'],
  ['channel', '渠道'],
  ['client', '客户'],
  ['category', '类别'],
  ['severity', '严重程度'],
  ['state', '状态'],
  ['level', '升级级别'],
  ['owner', '负责人'],
  ['firstReceiver', '首问人'],
  ['receivedAt', '受理时间'],
  ['firstResponseDue', '首次响应时限'],
  ['respondedAt', '首次响应'],
  ['resolutionDue', '处理时限'],
  ['resolvedAt', '解决时间'],
  ['closedAt', '关闭时间'],
  ['summary', '投诉内容'],
  ['clientWants', '客户诉求'],
  ['plan', '处理方案'],
  ['result', '处理结果'],
  ['remedy', '补偿'],
  ['reopened', '重开次数'],
] as const;
const NOTE_COLUMN = '内部备注';

const WORDS: Record<string, Record<string, string>> = {
  channel: { desk: '前台', phone: '电话', message: '留言', online: '网络', letter: '信函' },
  category: {
    service: '服务',
    staff: '员工',
    facility: '设施',
    hygiene: '卫生',
    billing: '收费',
    safety: '安全',
    other: '其他',
  },
  severity: { low: '轻微', normal: '一般', high: '严重', critical: '紧急' },
  state: {
    open: '待处理',
    responded: '已响应',
    waitingForClient: '等待客户',
    resolved: '已解决',
    closed: '已关闭',
  },
};

interface CaseRow {
  [key: string]: unknown;
  id: string;
  secrecy: SecrecyLevel | null;
  client_name: string | null;
  card_number: string | null;
  contact_name: string | null;
  remedy_kind: string;
  remedy_cents: number | null;
  remedy_sessions: number | null;
  remedy_days: number | null;
  notes?: string | null;
}

/**
 * The filter as SQL. The deadline filters read the stored deadlines: overdue once the one
 * that matters now has passed; due soon within the last quarter of the time allowed (at most
 * 2 h), as the case screens judge it.
 */
function where(
  f: ExportFilter,
  withNotes: boolean,
): { sql: string; args: Record<string, unknown> } {
  const parts: string[] = [f.scope === 'open' ? "k.state <> 'closed'" : '1'];
  const args: Record<string, unknown> = {};
  const eq = (col: string, key: string, value: unknown) => {
    if (value === undefined) return;
    parts.push(`${col} = @${key}`);
    args[key] = value;
  };
  eq('k.state', 'state', f.state);
  eq('k.category', 'category', f.category);
  eq('k.owner_id', 'ownerId', f.ownerId);
  eq('k.client_id', 'clientId', f.clientId);
  const due = `CASE WHEN k.responded_at IS NULL THEN k.first_response_due ELSE k.resolution_due END`;
  const live = "k.state IN ('open','responded','waitingForClient')";
  if (f.deadline === 'escalated') parts.push('k.level > 0');
  if (f.deadline === 'reopened') parts.push('k.reopened_count > 0');
  if (f.deadline === 'overdue') parts.push(`${live} AND ${due} <= @now`);
  if (f.deadline === 'dueSoon')
    parts.push(
      `${live} AND ${due} > @now AND ${due} - @now <= min(7200000, (${due} - k.received_at) / 4)`,
    );
  if (f.query) {
    args.q = `%${f.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const fields = ['k.number', 'k.summary', 'k.plan', 'k.result', 'c.name', 'k.contact_name'];
    const note = withNotes
      ? ` OR EXISTS (SELECT 1 FROM complaint_internal_notes n WHERE n.complaint_id = k.id
           AND n.body LIKE @q ESCAPE '\\')`
      : '';
    parts.push(`(${fields.map((x) => `${x} LIKE @q ESCAPE '\\'`).join(' OR ')}${note})`);
  }
  return { sql: parts.join(' AND '), args };
}

function remedyText(r: CaseRow): string {
  if (r.remedy_kind === 'money') return `退款 ${((r.remedy_cents ?? 0) / 100).toFixed(2)} 元`;
  if (r.remedy_kind === 'freeSession') return `免费课 ${r.remedy_sessions ?? 0} 次`;
  if (r.remedy_kind === 'extension') return `会籍延期 ${r.remedy_days ?? 0} 天`;
  return '';
}

/** A restricted file shows its card number to a role that may not open it, as elsewhere. */
function clientText(r: CaseRow, role: Role): string {
  if (r.client_name === null) return r.contact_name ?? '';
  return canOpenFile(role, r.secrecy ?? 'none') ? r.client_name : (r.card_number ?? '');
}

/** Times and deadlines are dateTime cells (shown in the site's time), counts are integers. */
const kindOf = (key: string): CellKind =>
  key.endsWith('At') || key.endsWith('Due') ? 'dateTime' : key === 'reopened' ? 'integer' : 'text';

function cells(r: CaseRow, role: Role): (string | number | null)[] {
  return COLUMNS.map(([key]) => {
    if (key === 'client') return clientText(r, role);
    if (key === 'remedy') return remedyText(r);
    const value = r[key];
    if (value === null || value === undefined) return null;
    if (typeof value === 'number' && kindOf(key) !== 'text') return value;
    return WORDS[key]?.[String(value)] ?? String(value);
  });
}

const SELECT = (withNotes: boolean) => `SELECT k.*,
    k.received_at AS receivedAt, k.first_response_due AS firstResponseDue,
    k.responded_at AS respondedAt, k.resolution_due AS resolutionDue,
    k.resolved_at AS resolvedAt, k.closed_at AS closedAt, k.client_wants AS clientWants,
    k.reopened_count AS reopened, o.display_name AS owner, r.display_name AS firstReceiver,
    c.name AS client_name, c.card_number, c.secrecy
    ${
      withNotes
        ? `, (SELECT group_concat(n.body, char(10)) FROM complaint_internal_notes n
             WHERE n.complaint_id = k.id) AS notes`
        : ''
    }
  FROM complaints k JOIN staff o ON o.id = k.owner_id JOIN staff r ON r.id = k.first_receiver
  LEFT JOIN clients c ON c.id = k.client_id`;

/**
 * The sheet: one row per case of the filter, newest first. The internal note
 * column exists only when `withNotes` (supervisor, admin): for anyone else it is never read.
 */
export function complaintSheet(
  db: Db,
  o: { filter: ExportFilter; role: Role; withNotes: boolean; now: number },
  onRow: (done: number, total: number) => void = () => {},
): SheetSpec {
  const w = where(o.filter, o.withNotes);
  const args = { ...w.args, now: o.now };
  const total = db
    .prepare(
      `SELECT count(*) FROM complaints k LEFT JOIN clients c ON c.id = k.client_id WHERE ${w.sql}`,
    )
    .pluck()
    .get(args) as number;
  const columns: SheetColumn[] = COLUMNS.map(([key, zh]) => ({ header: zh, kind: kindOf(key) }));
  if (o.withNotes) columns.push({ header: NOTE_COLUMN, kind: 'text' });
  const rows: (string | number | null)[][] = [];
  const found = db
    .prepare(`${SELECT(o.withNotes)} WHERE ${w.sql} ORDER BY k.received_at DESC`)
    .iterate(args) as IterableIterator<CaseRow>;
  for (const r of found) {
    rows.push([...cells(r, o.role), ...(o.withNotes ? [r.notes ?? null] : [])]);
    if (rows.length % 500 === 0) onRow(rows.length, total);
  }
  onRow(rows.length, total);
  return { name: '投诉', columns, rows };
}
