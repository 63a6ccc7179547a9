import { businessDate } from '../../shared/domain/time';
import type { Db } from '../../electron/db/types';
import { at, HOUR, MINUTE } from './complaintFixtures';
import { handoverDesk, pinOf, readyToSign, signOut, takeOver } from './handoverFixtures';
import { openShift, startShift } from './shiftFixtures';

/**
 * Raw records of the front desk, written by SQL so a month costs milliseconds; every report
 * figure is then checked against an independent count over the same tables.
 */
export function recorder(db: Db, staff: { reception: string; consultant: string; duty: string }) {
  let n = 0;
  const id = (p: string) => `${p}-${String(++n).padStart(5, '0')}`;
  const checkIn = (ms: number, gender: string, o: { override?: boolean; stay?: number } = {}) => {
    const ci = id('ci');
    db.prepare(
      `INSERT INTO check_ins (id, gender, business_date, checked_in_at, checked_in_by,
         checked_out_at, checked_out_by, override_by, override_reason)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      ci,
      gender,
      businessDate(ms),
      ms,
      staff.reception,
      ms + (o.stay ?? 90 * MINUTE),
      staff.reception,
      o.override ? staff.duty : null,
      o.override ? '会员卡过期，经理特批' : null,
    );
    return ci;
  };
  const charge = (checkInId: string, ms: number, cents: number, how: 'cash' | 'card' | 'void') =>
    db
      .prepare(
        `INSERT INTO tag_charges (id, check_in_id, name, unit_cents, quantity, total_cents,
         added_by, added_at, settled_at, settled_by, method, voided_at, voided_by, void_reason)
       VALUES (?, ?, '矿泉水', ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id('tc'),
        checkInId,
        cents,
        cents,
        staff.reception,
        ms,
        how === 'void' ? null : ms,
        how === 'void' ? null : staff.reception,
        how === 'void' ? null : how,
        how === 'void' ? ms : null,
        how === 'void' ? staff.duty : null,
        how === 'void' ? '点错了' : null,
      );
  const visitor = (
    ms: number,
    o: { trial?: boolean; consultant?: string | null; phone?: string },
  ) =>
    db
      .prepare(
        `INSERT INTO visitors (id, business_date, registered_at, registered_by, name, phone,
         gender, scenario, trial, consultant_id, status)
       VALUES (?, ?, ?, ?, '访客', ?, 'female', 'A', ?, ?, 'received')`,
      )
      .run(
        id('vi'),
        businessDate(ms),
        ms,
        staff.reception,
        o.phone ?? null,
        o.trial ? 1 : 0,
        o.consultant === undefined ? staff.consultant : o.consultant,
      );
  const call = (ms: number) =>
    db
      .prepare(
        `INSERT INTO calls (id, business_date, at, caller_name, callback_phone, purpose,
         appointment, route, consultant_id, taken_by)
       VALUES (?, ?, ?, '来电', '13800000000', '咨询价格', 0, 'rotation', ?, ?)`,
      )
      .run(id('ca'), businessDate(ms), ms, staff.consultant, staff.reception);
  const cardSale = (ms: number, type: string, count: number) =>
    db
      .prepare(
        `INSERT INTO card_sales (id, card_type, count, business_date, sold_by, sold_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(id('cs'), type, count, businessDate(ms), staff.reception, ms);
  const ticket = (ms: number, waitMinutes: number) =>
    db
      .prepare(
        `INSERT INTO queue_tickets (id, business_date, number, taken_at, taken_by, called_at,
         called_by, served_at, status)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'served')`,
      )
      .run(
        id('qt'),
        businessDate(ms),
        n,
        ms,
        staff.reception,
        ms + waitMinutes * MINUTE,
        staff.reception,
        ms + (waitMinutes + 5) * MINUTE,
      );
  const tagLost = (ms: number, number: string) =>
    db
      .prepare(
        `INSERT INTO hand_tags (number, lost_at, lost_by, lost_reason, lost_date)
       VALUES (?, ?, ?, '客人带走', ?)`,
      )
      .run(number, ms, staff.reception, businessDate(ms));
  return { checkIn, charge, visitor, call, cardSale, ticket, tagLost, id };
}
export type Recorder = ReturnType<typeof recorder>;

/** A complaint received, answered and resolved at the given times, with its counted minutes. */
export function complaint(
  db: Db,
  r: Recorder,
  owner: string,
  c: {
    receivedAt: number;
    category?: string;
    responded?: [number, number];
    resolved?: [number, number];
    escalatedAt?: number[];
    score?: [string, number];
  },
): string {
  const caseId = r.id('case');
  db.prepare(
    `INSERT INTO complaints (id, number, channel, contact_name, call_back_phone, category,
       severity, summary, received_at, business_date, first_receiver, owner_id, state,
       responded_at, response_minutes, resolved_at, resolution_minutes, updated_at)
     VALUES (?, ?, 'phone', '李女士', '13900001111', ?, 'normal', '淋浴水温忽冷忽热', ?, ?, ?, ?,
       ?, ?, ?, ?, ?, ?)`,
  ).run(
    caseId,
    `TS-${caseId}`,
    c.category ?? 'service',
    c.receivedAt,
    businessDate(c.receivedAt),
    owner,
    owner,
    c.resolved ? 'resolved' : 'open',
    c.responded?.[0] ?? null,
    c.responded?.[1] ?? null,
    c.resolved?.[0] ?? null,
    c.resolved?.[1] ?? null,
    c.receivedAt,
  );
  for (const e of c.escalatedAt ?? [])
    db.prepare(
      `INSERT INTO complaint_events (id, complaint_id, at, kind, level) VALUES (?, ?, ?, 'escalated', 1)`,
    ).run(r.id('ev'), caseId, e);
  if (c.score) {
    const [day, score] = c.score;
    db.prepare(
      `INSERT INTO follow_up_calls (id, complaint_id, due_day, outcome, score, done_at, done_by,
         done_day, created_at)
       VALUES (?, ?, ?, 'reached', ?, ?, ?, ?, ?)`,
    ).run(r.id('fc'), caseId, day, score, at(day, 11), owner, day, c.receivedAt);
  }
  return caseId;
}

/** A follow-up call of a complaint that was due on `day`: reached, given up, or still open. */
export function followUpCall(
  db: Db,
  r: Recorder,
  complaintId: string,
  day: string,
  how: 'reached' | 'dropped' | 'open',
): void {
  const done = how === 'reached';
  db.prepare(
    `INSERT INTO follow_up_calls (id, complaint_id, due_day, outcome, done_at, done_day,
       dropped_at, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    r.id('fc'),
    complaintId,
    day,
    done ? 'reached' : null,
    done ? at(day, 15) : null,
    done ? day : null,
    how === 'dropped' ? at(day, 18) : null,
    at(day, 8),
  );
}

export { at, HOUR, MINUTE };

const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}`;

/**
 * November 2026 at a gym: three weeks before the desk kept shifts (calendar days), then
 * shifts from 29 November — a late shift of the 30th handed over at 00:50 on 1 December
 * (across midnight and the month boundary), work outside any shift before the first shift,
 * overnight and after the last one, a flagged handover, a cash variance, a missing shift.
 */
export function seededMonth() {
  const v = handoverDesk(at('2026-11-29', 9, 0));
  const db = v.db();
  const staff = {
    reception: v.staffId('reception'),
    consultant: v.staffId('consultant'),
    duty: v.staffId('duty'),
  };
  const r = recorder(db, staff);
  const owner = staff.reception;
  // October's last evening: the previous period's one entry.
  r.checkIn(at('2026-10-31', 23, 30), 'female');
  for (let d = 1; d <= 25; d += 3) {
    const c = r.checkIn(at(day(d), 10), 'female');
    r.charge(c, at(day(d), 10, 30), 1500, 'cash');
    r.checkIn(at(day(d), 18, 30), 'male', { stay: 150 * MINUTE });
    r.checkIn(at(day(d), 20), 'unspecified');
    r.visitor(at(day(d), 11), { trial: d % 2 === 0 });
    r.call(at(day(d), 12));
    r.cardSale(at(day(d), 14), '年卡', 1);
    r.ticket(at(day(d), 15), (d % 7) + 1);
  }
  r.visitor(at(day(28), 19), { phone: '13700000001' });
  r.tagLost(at(day(7), 19), '12');
  // Before the first shift ever: in its handover's "before opening".
  const early = r.checkIn(at(day(29), 8), 'male');
  r.charge(early, at(day(29), 8, 5), 800, 'cash');
  // The early shift of the 29th.
  const f = r.checkIn(at(day(29), 10), 'female');
  r.checkIn(at(day(29), 10, 30), 'male', { override: true });
  r.visitor(at(day(29), 11), { trial: true });
  r.call(at(day(29), 12));
  r.cardSale(at(day(29), 13), '月卡', 2);
  r.ticket(at(day(29), 14), 4);
  r.charge(f, at(day(29), 14, 10), 2000, 'cash');
  r.charge(f, at(day(29), 14, 20), 300, 'void');
  r.charge(f, at(day(29), 14, 25), 2800, 'card');
  // The late shift of the 29th.
  r.checkIn(at(day(29), 17), 'female');
  r.checkIn(at(day(29), 19), 'male');
  r.visitor(at(day(29), 18), { consultant: null });
  r.call(at(day(29), 20));
  r.ticket(at(day(29), 21), 12);
  r.cardSale(at(day(29), 21, 30), '次卡', 1);
  // Overnight with no shift open: the next morning's handover carries it.
  const night = r.checkIn(at(day(29), 23), 'female');
  r.charge(night, at(day(29), 23, 5), 600, 'cash');
  // The 30th: early shift, then a late shift that hands over at 00:50 on 1 December.
  const m = r.checkIn(at(day(30), 10), 'male');
  r.checkIn(at(day(30), 11), 'female');
  r.visitor(at(day(30), 12), { phone: '13700000002' });
  r.call(at(day(30), 13));
  r.charge(m, at(day(30), 13, 30), 1200, 'cash');
  r.tagLost(at(day(30), 14), '88');
  r.checkIn(at(day(30), 23, 40), 'female');
  const late = r.checkIn(at('2026-12-01', 0, 20), 'male');
  r.charge(late, at('2026-12-01', 0, 25), 900, 'cash');
  r.visitor(at('2026-12-01', 0, 10), { trial: true });
  r.call(at('2026-12-01', 0, 15));
  r.cardSale(at('2026-12-01', 0, 30), '年卡', 1);
  r.ticket(at('2026-12-01', 0, 5), 3);
  // After that hand-over and before the next opening: 1 December's.
  const dawn = r.checkIn(at('2026-12-01', 3), 'male');
  r.charge(dawn, at('2026-12-01', 3, 5), 700, 'cash');
  r.checkIn(at('2026-12-01', 10), 'female');
  r.visitor(at('2026-12-01', 11), {});
  r.call(at('2026-12-01', 12));
  // The next morning, no shift open yet: its calendar day.
  r.checkIn(at('2026-12-02', 8), 'female');

  const first = complaint(db, r, owner, {
    receivedAt: at(day(5), 10),
    responded: [at(day(5), 10, 30), 30],
    resolved: [at(day(6), 10), 600],
    escalatedAt: [at(day(5), 12)],
    score: [day(8), 4],
  });
  complaint(db, r, owner, {
    receivedAt: at(day(20), 9),
    category: 'hygiene',
    responded: [at(day(20), 9, 45), 45],
  });
  complaint(db, r, owner, {
    receivedAt: at(day(30), 20),
    escalatedAt: [at('2026-12-01', 0, 30)],
  });
  complaint(db, r, owner, {
    receivedAt: at('2026-10-20', 10),
    responded: [at('2026-10-20', 11), 60],
    resolved: [at(day(2), 10), 2000],
    score: [day(3), 2],
  });
  followUpCall(db, r, first, day(10), 'reached');
  followUpCall(db, r, first, day(12), 'dropped');
  followUpCall(db, r, first, day(14), 'open');

  // The shifts, signed through the channels.
  v.at(at(day(29), 9, 25));
  const s1 = startShift(v, openShift(v, 'reception', '早班'), 'reception');
  v.at(at(day(29), 15, 50));
  const h1 = signOut(v, s1.id, 'reception');
  v.at(at(day(29), 16));
  const s2 = takeOver(v, h1, 'duty', '晚班');
  v.at(at(day(29), 22, 30));
  const h2 = signOut(v, s2.id, 'duty');
  v.at(at(day(30), 9, 25));
  const s3 = takeOver(v, h2, 'reception', '早班', [{ section: 'cash', note: '备用金少了' }]);
  v.at(at(day(30), 15, 50));
  const expected = v.ok('handover.prepare', { shiftId: s3.id }, v.as('reception')).content.cash
    .expectedCents;
  const d3 = readyToSign(v, s3.id, 'reception', {
    countedCents: expected - 500,
    cashNote: '找零算错',
  });
  const h3 = v.ok(
    'handover.signOutgoing',
    { handoverId: d3.id, pin: pinOf('reception') },
    v.as('reception'),
  );
  v.at(at(day(30), 16));
  const s4 = takeOver(v, h3, 'duty', '晚班');
  v.at(at('2026-12-01', 0, 50));
  const h4 = signOut(v, s4.id, 'duty');
  v.at(at('2026-12-01', 9, 25));
  const s5 = takeOver(v, h4, 'reception', '早班');
  v.at(at('2026-12-01', 15, 50));
  signOut(v, s5.id, 'reception');
  v.at(at('2026-12-02', 10));
  return { ...v, r, staff };
}
export type SeededMonth = ReturnType<typeof seededMonth>;
