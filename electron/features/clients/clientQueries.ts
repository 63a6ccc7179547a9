import type {
  ClientKind,
  CreditGrade,
  Gender,
  IdType,
  MembershipStatus,
  SecrecyLevel,
} from '../../../shared/domain/clients';
import type { Db } from '../../db/types';
import { buildWhere } from '../../db/where';

/** A clients row without its photo blob (fetched on its own when shown). */
export interface ClientRow {
  id: string;
  kind: ClientKind;
  name: string;
  name_latin: string | null;
  sort_key: string;
  gender: Gender | null;
  birthday: string | null;
  phones: string;
  email: string | null;
  address: string | null;
  id_type: IdType | null;
  id_number: string | null;
  contacts: string;
  notes: string | null;
  alert_note: string | null;
  tags: string;
  consultant_id: string | null;
  credit_grade: CreditGrade;
  card_type: string | null;
  card_number: string | null;
  membership_start: string | null;
  membership_expiry: string | null;
  membership_status: MembershipStatus | null;
  secrecy: SecrecyLevel;
  secrecy_until: number | null;
  file_review_due: string;
  credit_review_due: string;
  version: number;
  created_by: string | null;
  created_at: number;
  updated_at: number;
  has_photo: 0 | 1;
  consultant_name: string | null;
}

export const CLIENT_COLUMNS = `c.id, c.kind, c.name, c.name_latin, c.sort_key, c.gender, c.birthday, c.phones, c.email,
  c.address, c.id_type, c.id_number, c.contacts, c.notes, c.alert_note, c.tags, c.consultant_id,
  c.credit_grade, c.card_type, c.card_number, c.membership_start, c.membership_expiry,
  c.membership_status, c.secrecy, c.secrecy_until, c.file_review_due, c.credit_review_due,
  c.version, c.created_by, c.created_at, c.updated_at,
  (c.photo IS NOT NULL) AS has_photo, s.display_name AS consultant_name`;

const FROM = 'FROM clients c LEFT JOIN staff s ON s.id = c.consultant_id';

/**
 * Rows a write job has not published yet exist in the table but in no answer: every query
 * that shows, counts or finds files adds this condition (migration 008, docs "Jobs").
 */
export function visibleClient(alias = 'c'): string {
  return `(${alias}.pending_job IS NULL OR ${alias}.pending_job IN (SELECT job_id FROM job_writes WHERE published_at IS NOT NULL))`;
}
const VISIBLE = visibleClient('c');

export function getClient(db: Db, id: string): ClientRow | undefined {
  return db.prepare(`SELECT ${CLIENT_COLUMNS} ${FROM} WHERE c.id = ? AND ${VISIBLE}`).get(id) as
    ClientRow | undefined;
}

/** Any row holding this card, published or not: a card is taken once a job has written it. */
export function getClientByCard(db: Db, cardNumber: string): { id: string } | undefined {
  return db.prepare('SELECT id FROM clients WHERE card_number = ?').get(cardNumber) as
    { id: string } | undefined;
}

/** A file already holding this ID number (index clients_id_number, migration 010). */
export function clientIdByIdNumber(db: Db, idNumber: string): string | undefined {
  return db.prepare('SELECT id FROM clients WHERE id_number = ? LIMIT 1').pluck().get(idNumber) as
    string | undefined;
}

/** Rows for these ids, in the order given. */
export function clientsByIds(db: Db, ids: string[]): ClientRow[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT ${CLIENT_COLUMNS} ${FROM} WHERE c.id IN (SELECT value FROM json_each(?)) AND ${VISIBLE}`,
    )
    .all(JSON.stringify(ids)) as ClientRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is ClientRow => !!r);
}

/** Column values as stored; JSON columns already serialised. */
export type ClientColumns = Omit<ClientRow, 'has_photo' | 'consultant_name'>;

export function insertClient(db: Db, row: ClientColumns & { pending_job?: string }): void {
  const keys = Object.keys(row);
  db.prepare(
    `INSERT INTO clients (${keys.join(', ')}) VALUES (${keys.map((k) => `@${k}`).join(', ')})`,
  ).run(row);
}

export function updateClient(db: Db, id: string, patch: Partial<ClientColumns>, now: number): void {
  const keys = Object.keys(patch).filter((k) => k !== 'id');
  const sets = [...keys.map((k) => `${k} = @${k}`), 'version = version + 1', 'updated_at = @now'];
  db.prepare(`UPDATE clients SET ${sets.join(', ')} WHERE id = @id`).run({ ...patch, id, now });
}

export interface ClientListFilter {
  ids?: string[];
  kind?: string;
  status?: string;
  creditGrade?: string;
  secrecy?: string;
  consultantId?: string;
  tag?: string;
  offset: number;
  limit: number;
}

export function listClients(db: Db, f: ClientListFilter): { rows: ClientRow[]; total: number } {
  const { clause, params } = buildWhere([
    [
      'c.id IN (SELECT value FROM json_each(@ids))',
      'ids',
      f.ids ? JSON.stringify(f.ids) : undefined,
    ],
    [VISIBLE, '', true],
    ['c.kind = @kind', 'kind', f.kind],
    ['c.membership_status = @status', 'status', f.status],
    ['c.credit_grade = @grade', 'grade', f.creditGrade],
    ['c.secrecy = @secrecy', 'secrecy', f.secrecy],
    ['c.consultant_id = @consultant', 'consultant', f.consultantId],
    ['EXISTS (SELECT 1 FROM json_each(c.tags) WHERE value = @tag)', 'tag', f.tag],
  ]);
  const total = db
    .prepare(`SELECT count(*) FROM clients c ${clause}`)
    .pluck()
    .get(params) as number;
  const rows = db
    .prepare(
      `SELECT ${CLIENT_COLUMNS} ${FROM} ${clause} ORDER BY c.sort_key, c.id LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: f.limit, offset: f.offset }) as ClientRow[];
  return { rows, total };
}

export function clientPhoto(
  db: Db,
  id: string,
): { photo: Buffer | null; photo_mime: string | null } | undefined {
  return db.prepare('SELECT photo, photo_mime FROM clients WHERE id = ?').get(id) as
    { photo: Buffer | null; photo_mime: string | null } | undefined;
}
