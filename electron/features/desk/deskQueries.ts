import type { Gender } from '../../../shared/domain/clients';
import type { PaymentMethod } from '../../../shared/domain/desk';
import type { Db } from '../../db/types';

export interface CheckInRow {
  id: string;
  client_id: string | null;
  tag_number: string | null;
  gender: Gender;
  business_date: string;
  checked_in_at: number;
  checked_in_by: string;
  checked_out_at: number | null;
  checked_out_by: string | null;
  override_by: string | null;
  override_reason: string | null;
}

export interface ChargeRow {
  id: string;
  check_in_id: string;
  item_id: string | null;
  name: string;
  unit_cents: number;
  quantity: number;
  total_cents: number;
  added_by: string;
  added_at: number;
  voided_at: number | null;
  voided_by: string | null;
  void_reason: string | null;
  settled_at: number | null;
  settled_by: string | null;
  method: PaymentMethod | null;
  left_reason: string | null;
}

export interface PriceItemRow {
  id: string;
  name: string;
  price_cents: number;
  active: 0 | 1;
  sort: number;
  updated_at: number;
}

/** Open means not checked out. These two use the partial unique indexes. */
export const OPEN_BY_CLIENT_SQL =
  'SELECT * FROM check_ins WHERE client_id = ? AND checked_out_at IS NULL';
export const OPEN_BY_TAG_SQL =
  'SELECT * FROM check_ins WHERE tag_number = ? AND checked_out_at IS NULL';
export const OPEN_TAGS_SQL =
  'SELECT tag_number FROM check_ins WHERE checked_out_at IS NULL AND tag_number IS NOT NULL';

export function openCheckInByClient(db: Db, clientId: string): CheckInRow | undefined {
  return db.prepare(OPEN_BY_CLIENT_SQL).get(clientId) as CheckInRow | undefined;
}

export function openCheckInByTag(db: Db, tag: string): CheckInRow | undefined {
  return db.prepare(OPEN_BY_TAG_SQL).get(tag) as CheckInRow | undefined;
}

export function getCheckIn(db: Db, id: string): CheckInRow | undefined {
  return db.prepare('SELECT * FROM check_ins WHERE id = ?').get(id) as CheckInRow | undefined;
}

/** Tags lent right now. */
export function openTagNumbers(db: Db): string[] {
  return db.prepare(OPEN_TAGS_SQL).pluck().all() as string[];
}

export function outOfServiceTags(db: Db): string[] {
  return db.prepare('SELECT number FROM hand_tags WHERE active = 0').pluck().all() as string[];
}

export function countOnSite(db: Db): number {
  return db
    .prepare('SELECT count(*) FROM check_ins WHERE checked_out_at IS NULL')
    .pluck()
    .get() as number;
}

/** Open check-ins of these members, by client id. */
export function openCheckInsOf(db: Db, clientIds: string[]): Map<string, CheckInRow> {
  if (clientIds.length === 0) return new Map();
  const select = db.prepare(OPEN_BY_CLIENT_SQL);
  const out = new Map<string, CheckInRow>();
  for (const id of clientIds) {
    const row = select.get(id) as CheckInRow | undefined;
    if (row) out.set(id, row);
  }
  return out;
}

export function insertCheckIn(db: Db, row: CheckInRow): void {
  db.prepare(
    `INSERT INTO check_ins (id, client_id, tag_number, gender, business_date, checked_in_at,
       checked_in_by, checked_out_at, checked_out_by, override_by, override_reason)
     VALUES (@id, @client_id, @tag_number, @gender, @business_date, @checked_in_at,
       @checked_in_by, @checked_out_at, @checked_out_by, @override_by, @override_reason)`,
  ).run(row);
}

export function closeCheckIn(db: Db, id: string, at: number, by: string): void {
  db.prepare(
    'UPDATE check_ins SET checked_out_at = ?, checked_out_by = ? WHERE id = ? AND checked_out_at IS NULL',
  ).run(at, by, id);
}

/** Charges neither settled, left with a reason, nor voided. */
export function openChargesOf(db: Db, checkInId: string): ChargeRow[] {
  return db
    .prepare(
      'SELECT * FROM tag_charges WHERE check_in_id = ? AND voided_at IS NULL AND settled_at IS NULL ORDER BY added_at, id',
    )
    .all(checkInId) as ChargeRow[];
}

export function chargesOf(db: Db, checkInId: string): ChargeRow[] {
  return db
    .prepare('SELECT * FROM tag_charges WHERE check_in_id = ? ORDER BY added_at, id')
    .all(checkInId) as ChargeRow[];
}

export function getCharge(db: Db, id: string): ChargeRow | undefined {
  return db.prepare('SELECT * FROM tag_charges WHERE id = ?').get(id) as ChargeRow | undefined;
}

export function insertCharge(
  db: Db,
  row: Pick<
    ChargeRow,
    'id' | 'check_in_id' | 'item_id' | 'name' | 'unit_cents' | 'quantity' | 'added_by' | 'added_at'
  >,
): void {
  db.prepare(
    `INSERT INTO tag_charges (id, check_in_id, item_id, name, unit_cents, quantity, total_cents, added_by, added_at)
     VALUES (@id, @check_in_id, @item_id, @name, @unit_cents, @quantity, @unit_cents * @quantity, @added_by, @added_at)`,
  ).run(row);
}

export function settleCharges(
  db: Db,
  checkInId: string,
  at: number,
  by: string,
  how: { method: PaymentMethod } | { leftReason: string },
): void {
  db.prepare(
    `UPDATE tag_charges SET settled_at = @at, settled_by = @by, method = @method, left_reason = @left
     WHERE check_in_id = @checkInId AND voided_at IS NULL AND settled_at IS NULL`,
  ).run({
    at,
    by,
    checkInId,
    method: 'method' in how ? how.method : null,
    left: 'leftReason' in how ? how.leftReason : null,
  });
}

export function voidCharge(db: Db, id: string, at: number, by: string, reason: string): void {
  db.prepare(
    'UPDATE tag_charges SET voided_at = ?, voided_by = ?, void_reason = ? WHERE id = ? AND voided_at IS NULL',
  ).run(at, by, reason, id);
}

export function listPriceItems(db: Db): PriceItemRow[] {
  return db
    .prepare('SELECT * FROM price_items ORDER BY active DESC, sort, name')
    .all() as PriceItemRow[];
}

export function getPriceItem(db: Db, id: string): PriceItemRow | undefined {
  return db.prepare('SELECT * FROM price_items WHERE id = ?').get(id) as PriceItemRow | undefined;
}

export function upsertPriceItem(db: Db, row: PriceItemRow): void {
  db.prepare(
    `INSERT INTO price_items (id, name, price_cents, active, sort, updated_at)
     VALUES (@id, @name, @price_cents, @active, @sort, @updated_at)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, price_cents = excluded.price_cents,
       active = excluded.active, sort = excluded.sort, updated_at = excluded.updated_at`,
  ).run(row);
}
