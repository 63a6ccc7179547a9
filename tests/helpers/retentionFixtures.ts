import { businessDate } from '../../shared/domain/time';
import type { Db } from '../../electron/db/types';
import { deskWithStaff } from './clientFixtures';

/** A local time on a day, whatever the machine's time zone. */
export function localAt(day: string, hh = 12, mm = 0): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hh, mm).getTime();
}

let n = 0;
const next = (prefix: string) => `${prefix}-${String((n += 1)).padStart(6, '0')}`;

/**
 * Old records of every kind written by SQL at a chosen moment, as the desk's channels leave
 * them (a handed-over shift, a closed case, a signed incident), so retention tests can put
 * them on either side of a cut-off without travelling the clock through a year.
 */
export function retentionSeeds(db: Db, staffId: string, consultantId: string) {
  const shiftOf = (at: number) => {
    const id = next('shift');
    db.prepare(
      `INSERT INTO shifts (id, name, business_date, planned_start, planned_end, opened_at,
         opened_by, status) VALUES (?, '早班', ?, ?, ?, ?, ?, 'handedOver')`,
    ).run(id, businessDate(at), at, at + 1, at, staffId);
    return id;
  };
  db.prepare(
    `INSERT OR IGNORE INTO waiver_texts (id, version, title, body, created_at, active)
     VALUES ('text-r', 90, '免责协议', '本人自愿参加锻炼', 0, 0)`,
  ).run();
  return {
    visitor(at: number, name: string, phone: string, o: { trial?: boolean } = {}): string {
      const id = next('visitor');
      db.prepare(
        `INSERT INTO visitors (id, business_date, registered_at, registered_by, name, phone,
           gender, source, interest, scenario, trial, consultant_id, assigned_at, status, left_at)
         VALUES (?, ?, ?, ?, ?, ?, 'female', '朋友介绍', ?, 'A', ?, ?, ?, 'left', ?)`,
      ).run(
        id,
        businessDate(at),
        at,
        staffId,
        name,
        phone,
        `${name}想办年卡`,
        o.trial ? 1 : 0,
        consultantId,
        at,
        at + 3_600_000,
      );
      db.prepare(
        `INSERT INTO waivers (id, visitor_id, text_id, signer_name, signature, signature_mime,
           signed_at, taken_by) VALUES (?, ?, 'text-r', ?, x'89504e47aabbcc', 'image/png', ?, ?)`,
      ).run(next('vwaiver'), id, name, at, staffId);
      return id;
    },
    call(at: number, name: string, phone: string): string {
      const id = next('call');
      const messageId = next('message');
      db.prepare(
        `INSERT INTO messages (id, at, from_staff, to_staff, body) VALUES (?, ?, ?, NULL, ?)`,
      ).run(messageId, at, staffId, `${name}咨询私教课程`);
      db.prepare(
        `INSERT INTO calls (id, business_date, at, caller_name, callback_phone, purpose,
           appointment, route, message_id, taken_by, called_back_at, called_back_note)
         VALUES (?, ?, ?, ?, ?, ?, 0, 'message', ?, ?, ?, ?)`,
      ).run(
        id,
        businessDate(at),
        at,
        name,
        phone,
        `${name}咨询私教课程`,
        messageId,
        staffId,
        at + 600_000,
        '已回电',
      );
      return id;
    },
    ticket(at: number, name: string, phone: string, waitMinutes: number): string {
      const id = next('ticket');
      db.prepare(
        `INSERT INTO queue_tickets (id, business_date, number, name, phone, purpose, taken_at,
           taken_by, called_at, served_at, status) VALUES (?, ?, ?, ?, ?, '办卡', ?, ?, ?, ?, 'served')`,
      ).run(
        id,
        businessDate(at),
        n,
        name,
        phone,
        at,
        staffId,
        at + waitMinutes * 60_000,
        at + (waitMinutes + 5) * 60_000,
      );
      return id;
    },
    memberWaiver(at: number, clientId: string, name: string): string {
      const id = next('waiver');
      db.prepare(
        `INSERT INTO waivers (id, client_id, text_id, signer_name, signature, signature_mime,
           signed_at, taken_by) VALUES (?, ?, 'text-r', ?, x'89504e47ddeeff', 'image/png', ?, ?)`,
      ).run(id, clientId, name, at, staffId);
      return id;
    },
    block(removedAt: number, name: string, phone: string, active = false): string {
      const id = next('block');
      db.prepare(
        `INSERT INTO block_list (id, name, name_key, pinyin, phone, id_number, reason, added_by,
           added_at, active, removed_by, removed_at) VALUES (?, ?, ?, 'pinyin', ?, NULL, '骚扰前台', ?, ?, ?, ?, ?)`,
      ).run(
        id,
        name,
        name,
        phone,
        staffId,
        removedAt - 86_400_000,
        active ? 1 : 0,
        active ? null : staffId,
        active ? null : removedAt,
      );
      return id;
    },
    logEntry(at: number, body: string): string {
      const id = next('entry');
      db.prepare(
        `INSERT INTO log_entries (id, shift_id, business_date, at, by_staff, category, body, locked)
         VALUES (?, ?, ?, ?, ?, 'general', ?, 1)`,
      ).run(id, shiftOf(at), businessDate(at), at, staffId, body);
      return id;
    },
    complaint(receivedAt: number, closedAt: number, name: string, phone: string): string {
      const id = next('case');
      db.prepare(
        `INSERT INTO complaints (id, number, channel, contact_name, call_back_phone, category,
           severity, summary, received_at, business_date, first_receiver, owner_id, state,
           response_minutes, resolution_minutes, responded_at, resolved_at, closed_at, updated_at)
         VALUES (?, ?, 'phone', ?, ?, 'hygiene', 'normal', ?, ?, ?, ?, ?, 'closed', 30, 240, ?, ?, ?, ?)`,
      ).run(
        id,
        `TS-${id}`,
        name,
        phone,
        `${name}投诉淋浴间积水`,
        receivedAt,
        businessDate(receivedAt),
        staffId,
        staffId,
        receivedAt + 1_800_000,
        receivedAt + 14_400_000,
        closedAt,
        closedAt,
      );
      db.prepare(
        `INSERT INTO complaint_events (id, complaint_id, at, by_staff, kind, state, body)
         VALUES (?, ?, ?, ?, 'received', 'open', ?)`,
      ).run(next('event'), id, receivedAt, staffId, `${name}来电`);
      db.prepare(
        `INSERT INTO complaint_internal_notes (id, complaint_id, at, by_staff, body)
         VALUES (?, ?, ?, ?, ?)`,
      ).run(next('note'), id, receivedAt, staffId, `${name}是老会员`);
      return id;
    },
    incident(at: number, name: string, phone: string): string {
      const id = next('incident');
      db.prepare(
        `INSERT INTO incidents (id, number, kind, person_name, phone, occurred_at, place,
           what_happened, injury, hospital_escort, costs_cents, recorded_by, recorded_at,
           business_date, signer_name, signature, signature_mime, signed_at, updated_at)
         VALUES (?, ?, 'illness', ?, ?, ?, '器械区', ?, '脚踝扭伤', 1, 12000, ?, ?, ?, ?,
           x'89504e47112233', 'image/png', ?, ?)`,
      ).run(
        id,
        `SJ-${id}`,
        name,
        phone,
        at,
        `${name}在跑步机上摔倒`,
        staffId,
        at,
        businessDate(at),
        name,
        at,
        at,
      );
      return id;
    },
    access(at: number, clientId: string, reason: string): string {
      const id = next('access');
      db.prepare(
        `INSERT INTO file_access (id, at, staff_id, client_id, secrecy, kind, reason)
         VALUES (?, ?, ?, ?, 'confidential', 'open', ?)`,
      ).run(id, at, staffId, clientId, reason);
      return id;
    },
    handover(at: number): string {
      const id = next('handover');
      db.prepare(
        `INSERT INTO handovers (id, shift_id, business_date, created_at, created_by, updated_at,
           updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, shiftOf(at), businessDate(at), at, staffId, at, staffId);
      return id;
    },
  };
}

/** Every role signed in and the seeds at hand; `db()` is the live vault connection. */
export function retentionDesk() {
  const v = deskWithStaff();
  const db = () => v.core.db!;
  const seeds = retentionSeeds(db(), v.staffId('reception'), v.staffId('consultant'));
  return { ...v, db, seeds };
}
