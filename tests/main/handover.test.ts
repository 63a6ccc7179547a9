import { describe, expect, it } from 'vitest';
import { OPEN_SQL, WINDOW_SQL } from '../../electron/features/handover/handoverRecordQueries';
import { DENOMINATIONS_CENTS } from '../../shared/domain/shift';
import { STAFF, type Who } from '../helpers/clientFixtures';
import {
  handoverDesk,
  pinOf,
  readyToSign,
  signOut,
  takeOver,
  type HandoverDesk,
} from '../helpers/handoverFixtures';
import { localTime, shiftAtWork } from '../helpers/shiftFixtures';

const MINUTE = 60_000;

/** The drawer counted note by note (the contract asks for every denomination). */
const drawer = (counts: Record<string, number>) => ({
  ...Object.fromEntries(DENOMINATIONS_CENTS.map((d) => [String(d), 0])),
  ...counts,
});

/** The reception actions of a shift, each a minute after the last, at the desk of `who`. */
function desk(v: HandoverDesk, who: Who) {
  const as = v.as(who);
  const tick = () => v.clock.advance(MINUTE);
  return {
    checkIn(clientId: string, override?: string) {
      tick();
      const extra = override
        ? {
            overrideStaff: STAFF.duty.username,
            overridePin: STAFF.duty.pin,
            overrideReason: override,
          }
        : {};
      return v.ok('desk.checkIn', { clientId, ...extra }, as).checkIn;
    },
    checkOut(checkInId: string) {
      tick();
      v.ok('desk.checkOut', { checkInId }, as);
    },
    charge(checkInId: string, itemId: string, quantity = 1) {
      tick();
      return v.ok('desk.addCharge', { checkInId, itemId, quantity }, as);
    },
    settle(checkInId: string, method: 'cash' | 'card') {
      tick();
      v.ok('desk.settle', { checkInId, method }, as);
    },
    voidCharge(chargeId: string, reason: string) {
      tick();
      const manager = { managerUsername: STAFF.duty.username, managerPin: STAFF.duty.pin };
      v.ok('desk.voidCharge', { chargeId, ...manager, reason }, as);
    },
    visitor(name: string, gender: 'female' | 'male' | undefined, trial: boolean) {
      tick();
      const r = v.ok(
        'visitors.register',
        { name, scenario: 'A', trial, ...(gender ? { gender } : {}) },
        as,
      );
      return r.visitor.id;
    },
    call(callerName: string) {
      tick();
      const purpose = '咨询私教课程';
      const call = { callerName, callbackPhone: '13800001234', purpose, appointment: false };
      v.ok('calls.record', { ...call, route: 'message' }, as);
    },
    cards(cardType: string, count: number) {
      tick();
      v.ok('desk.recordCardSale', { cardType, count }, as);
    },
    lostTag(tagNumber: string, reason: string) {
      tick();
      v.ok('desk.tagLost', { tagNumber, reason }, as);
    },
    queueServed() {
      tick();
      const t = v.ok('queue.take', {}, as);
      v.ok('queue.call', { ticketId: t.id }, as);
      v.ok('queue.serve', { ticketId: t.id }, as);
    },
    log(category: 'incident' | 'general', body: string) {
      tick();
      return v.ok('shiftLog.add', { category, body }, as);
    },
  };
}

/**
 * Work before any shift opened (08:00): in no shift's own figures; its check-in and cash are
 * carried into the first shift's handover as "before opening" (issue 11), the rest counted
 * nowhere.
 */
function beforeOpening(v: HandoverDesk) {
  const d = desk(v, 'reception');
  const a = d.checkIn(v.members.male[0]!);
  d.charge(a.id, v.water.id);
  d.settle(a.id, 'cash');
  d.checkOut(a.id);
  d.visitor('早到的访客', 'female', true);
  d.call('早上来电');
  d.cards('月卡', 5);
  d.queueServed();
}

/** The early shift's own records; they belong to its handover, not the late one. */
function earlyWork(v: HandoverDesk) {
  const d = desk(v, 'reception');
  const f = d.checkIn(v.members.female[0]!);
  const m = d.checkIn(v.members.male[1]!);
  const frozen = d.checkIn(v.members.frozen, '早班经理放行');
  d.charge(f.id, v.shake.id);
  d.settle(f.id, 'cash');
  const slip = d.charge(m.id, v.water.id);
  d.voidCharge(slip.id, '早班点错');
  d.lostTag(frozen.tagNumber!, '早班手牌遗失');
  d.visitor('早班试练', 'male', true);
  d.call('早班来电');
  d.cards('年卡', 1);
  d.log('incident', '早班：跑步机异响');
  for (const c of [f, m, frozen]) d.checkOut(c.id);
}

/** The late shift under test, with every kind of record the handover counts. */
function lateWork(v: HandoverDesk) {
  const d = desk(v, 'duty');
  const [f0, f1] = [d.checkIn(v.members.female[0]!), d.checkIn(v.members.female[1]!)];
  const [m0, m1, m2] = v.members.male.map((id) => d.checkIn(id));
  const u0 = d.checkIn(v.members.unspecified[0]!);
  const frozen = d.checkIn(v.members.frozen, '会员卡冻结，经理同意入场');
  d.visitor('王女士', 'female', true);
  d.visitor('钱女士', 'female', true);
  d.visitor('李先生', 'male', true);
  d.visitor('赵先生', 'male', false);
  d.visitor('未留性别', undefined, false);
  ['张先生', '刘女士', '陈先生'].forEach((n) => d.call(n));
  d.cards('年卡', 2);
  d.cards('月卡', 1);
  d.cards('年卡', 1);
  d.charge(f0.id, v.water.id, 2);
  d.settle(f0.id, 'cash');
  d.charge(m0!.id, v.shake.id);
  d.settle(m0!.id, 'cash');
  d.charge(m1!.id, v.water.id);
  d.settle(m1!.id, 'card');
  const wrong = d.charge(m2!.id, v.shake.id);
  d.voidCharge(wrong.id, '点错了');
  d.charge(u0.id, v.water.id);
  d.lostTag(m2!.tagNumber!, '客人弄丢了');
  d.queueServed();
  d.log('incident', '女更衣室地面湿滑，有人滑倒');
  d.log('general', '空调温度调到 24 度');
  // A consultant mistypes their PIN at the desk until the account waits.
  for (let i = 0; i < 5; i += 1)
    v.call('rotation.signIn', { username: STAFF.consultant.username, pin: '0000' }, v.as('duty'));
  for (const c of [f0, m0!, m1!, frozen]) d.checkOut(c.id);
  return { f1, u0, m2: m2! };
}

function earlyAndLate() {
  const v = handoverDesk(localTime(8, 0));
  beforeOpening(v);
  v.at(localTime(9, 25));
  const early = shiftAtWork(v, 'reception', '早班');
  v.at(localTime(10, 0));
  earlyWork(v);
  v.at(localTime(15, 50));
  const earlyHandover = signOut(v, early.id, 'reception');
  v.at(localTime(16, 0));
  const late = takeOver(v, earlyHandover, 'duty', '晚班');
  v.at(localTime(16, 10));
  const out = lateWork(v);
  v.at(localTime(22, 20));
  return { v, early, earlyHandover, late, out };
}

describe('handover figures (交接本) equal the records of the shift', () => {
  it('counts entries, trials, visitors, calls, cards, queue and cash of its own window only', () => {
    const { v, early, earlyHandover, late, out } = earlyAndLate();
    expect(earlyHandover.content.figures).toEqual({
      from: early.openedAt,
      to: localTime(15, 50),
      entries: { total: 3, female: 1, male: 2, unspecified: 0 },
      trials: { total: 1, female: 0, male: 1, unspecified: 0 },
      cardsSold: [{ cardType: '年卡', count: 1 }],
      coaches: { female: 1, male: 2 },
      visitors: 1,
      phoneInquiries: 1,
      queueServed: 0,
      beforeOpening: {
        from: localTime(0, 0),
        to: early.openedAt - 1,
        entries: 1,
        cashTakingsCents: 300,
        paymentCount: 1,
      },
      incidents: { count: 0, injuries: 0, hospitalEscorts: 0, costsCents: 0 },
    });
    expect(earlyHandover.content.cash).toMatchObject({
      openingFloatCents: 50_000,
      cashTakingsCents: 2800,
      paymentCount: 1,
      beforeOpeningCents: 300,
      expectedCents: 53_100,
    });

    const draft = readyToSign(v, late.id, 'duty', {
      countedCents: 53_300,
      cashNote: '找零少 1 元',
    });
    const expectedFigures = {
      from: late.openedAt,
      to: localTime(22, 20),
      entries: { total: 7, female: 2, male: 4, unspecified: 1 },
      trials: { total: 3, female: 2, male: 1, unspecified: 0 },
      cardsSold: [
        { cardType: '年卡', count: 3 },
        { cardType: '月卡', count: 1 },
      ],
      coaches: { female: 1, male: 2 },
      visitors: 5,
      phoneInquiries: 3,
      queueServed: 1,
      // Taken over at 16:00 sharp: nothing happened with no shift open.
      beforeOpening: null,
      incidents: { count: 0, injuries: 0, hospitalEscorts: 0, costsCents: 0 },
    };
    expect(draft.content.figures).toEqual(expectedFigures);
    expect(draft.content.cash).toEqual({
      openingFloatCents: 50_000,
      cashTakingsCents: 600 + 2800,
      paymentCount: 2,
      beforeOpeningCents: 0,
      expectedCents: 53_400,
      countedCents: 53_300,
      denominations: null,
      varianceCents: -100,
      note: '找零少 1 元',
    });
    expect(draft.blockers).toEqual([]);

    const signed = v.ok(
      'handover.signOutgoing',
      { handoverId: draft.id, pin: pinOf('duty') },
      v.as('duty'),
    );
    expect(signed.content.figures).toEqual(expectedFigures);
    expect(signed.content.anomalies.map((a) => [a.kind, a.text, a.staffName])).toEqual([
      ['override', '会员卡冻结，经理同意入场', STAFF.duty.displayName],
      ['void', '蛋白奶昔: 点错了', STAFF.duty.displayName],
      ['lostTag', `${out.m2.tagNumber}: 客人弄丢了`, STAFF.duty.displayName],
      ['logEntry', '女更衣室地面湿滑，有人滑倒', STAFF.duty.displayName],
      ['lockout', 'rotation.signIn', STAFF.consultant.displayName],
    ]);
    const items = signed.content.openItems;
    expect(items.tagsOut.map((t) => [t.tagNumber, t.name, t.openChargeCents])).toEqual(
      [
        [out.f1.tagNumber, '王芳芳', 0],
        [out.m2.tagNumber, '陈杰', 0],
        [out.u0.tagNumber, '孙悦', 300],
      ].sort((a, b) => Number(a[0]) - Number(b[0])),
    );
    expect(items.unsettled).toEqual({ count: 1, totalCents: 300 });
    // Open items are those of now: visitors still waiting from any time are listed.
    expect(items.waitingVisitors.map((w) => w.name)).toEqual([
      '早到的访客',
      '早班试练',
      '王女士',
      '钱女士',
      '李先生',
      '赵先生',
      '未留性别',
    ]);
    // The late shift's three phone messages; the earlier ones were read at its opening.
    expect(items.unreadMessages).toHaveLength(3);
    expect(JSON.stringify(items.unreadMessages)).not.toContain('咨询私教课程');
  });

  it('the live draft follows new records until signing; the signed content does not', () => {
    const { v, late } = earlyAndLate();
    const draft = readyToSign(v, late.id, 'duty');
    const d = desk(v, 'duty');
    d.cards('次卡', 4);
    const live = v.ok('handover.get', { handoverId: draft.id }, v.as('duty'));
    expect(live.content.figures.cardsSold).toContainEqual({ cardType: '次卡', count: 4 });
    const signed = v.ok(
      'handover.signOutgoing',
      { handoverId: draft.id, pin: pinOf('duty') },
      v.as('duty'),
    );
    v.at(localTime(22, 40));
    desk(v, 'reception').cards('次卡', 9);
    const later = v.ok('handover.get', { handoverId: draft.id }, v.as('reception'));
    expect(later.content).toEqual(signed.content);
  });
});

describe('open items carry over until done', () => {
  it('a follow-up travels through each handover until someone completes it', () => {
    const v = handoverDesk();
    const first = shiftAtWork(v, 'reception', '早班');
    const entry = v.ok(
      'shiftLog.add',
      { category: 'maintenance', body: '3 号跑步机皮带松了，等厂家来修', followUp: {} },
      v.as('reception'),
    );
    v.at(localTime(15, 50));
    const h1 = signOut(v, first.id, 'reception');
    const inFirst = h1.content.openItems.followUps;
    expect(inFirst.map((f) => [f.entryId, f.loggedShiftName, f.carriedShifts])).toEqual([
      [entry.id, '早班', 0],
    ]);

    v.at(localTime(16, 0));
    const second = takeOver(v, h1, 'duty', '晚班');
    v.at(localTime(22, 20));
    const h2 = signOut(v, second.id, 'duty');
    expect(h2.content.openItems.followUps.map((f) => [f.entryId, f.carriedShifts])).toEqual([
      [entry.id, 1],
    ]);

    v.at(localTime(9, 25, 23));
    const third = takeOver(v, h2, 'reception', '早班');
    const h3draft = v.ok('handover.prepare', { shiftId: third.id }, v.as('reception'));
    expect(h3draft.content.openItems.followUps.map((f) => [f.entryId, f.carriedShifts])).toEqual([
      [entry.id, 2],
    ]);
    v.at(localTime(11, 0, 23));
    v.ok('shiftLog.completeFollowUp', { entryId: entry.id, note: '厂家已修好' }, v.as('reception'));
    v.at(localTime(15, 50, 23));
    const h3 = signOut(v, third.id, 'reception');
    expect(h3.content.openItems.followUps).toEqual([]);
    // Earlier handovers keep the item as it stood when they were signed.
    const again = v.ok('handover.get', { handoverId: h2.id }, v.as('reception'));
    expect(again.content.openItems.followUps).toHaveLength(1);
    const history = v.ok('shiftLog.followUpHistory', { entryId: entry.id }, v.as('supervisor'));
    expect(history.carries.map((c) => [c.shiftId, c.handoverId])).toEqual([
      [second.id, h2.id],
      [third.id, h3.id],
    ]);
  });
});

function handedOverShift() {
  const v = handoverDesk();
  const shift = shiftAtWork(v, 'reception', '早班');
  const d = desk(v, 'reception');
  const c = d.checkIn(v.members.female[0]!);
  const entry = d.log('incident', '前台电脑死机一次');
  v.at(localTime(15, 50));
  const signed = signOut(v, shift.id, 'reception');
  return { v, shift, signed, entry, checkIn: c };
}

describe('a signed handover is frozen', () => {
  it('no channel changes the signed row or the handed-over entries; SQL itself refuses', () => {
    const { v, shift, signed, entry } = handedOverShift();
    const db = v.db();
    const row = () =>
      JSON.stringify(db.prepare('SELECT * FROM handovers WHERE id = ?').get(signed.id));
    const entryRow = () =>
      JSON.stringify(db.prepare('SELECT * FROM log_entries WHERE id = ?').get(entry.id));
    const frozenRow = row();
    const frozenEntry = entryRow();
    const refused: [string, unknown, Who, string][] = [
      [
        'handover.saveDraft',
        { handoverId: signed.id, summary: '改一下' },
        'reception',
        'handover.signed',
      ],
      [
        'handover.saveDraft',
        { handoverId: signed.id, countedCents: 1 },
        'supervisor',
        'handover.signed',
      ],
      [
        'handover.signOutgoing',
        { handoverId: signed.id, pin: pinOf('reception') },
        'reception',
        'handover.signed',
      ],
      ['handover.prepare', { shiftId: shift.id }, 'reception', 'handover.shiftNotOpen'],
      [
        'handover.review',
        { handoverId: signed.id, note: '好' },
        'supervisor',
        'handover.notReviewable',
      ],
      [
        'handover.receive',
        {
          handoverId: signed.id,
          pin: pinOf('reception'),
          confirmed: ['figures', 'openItems', 'anomalies', 'cash', 'summary'],
          flags: [],
        },
        'reception',
        'handover.sameSide',
      ],
      [
        'shiftLog.edit',
        { entryId: entry.id, category: 'general', body: '改' },
        'reception',
        'shiftLog.locked',
      ],
      [
        'shiftLog.edit',
        { entryId: entry.id, category: 'incident', body: '改' },
        'admin',
        'shiftLog.locked',
      ],
      ['shiftLog.correct', { entryId: entry.id, body: '更正' }, 'reception', 'shifts.none'],
      ['shiftLog.add', { category: 'general', body: '补记' }, 'reception', 'shifts.none'],
      [
        'shiftLog.completeFollowUp',
        { entryId: entry.id, note: '完成' },
        'reception',
        'shiftLog.noFollowUp',
      ],
    ];
    for (const [channel, input, who, reason] of refused) {
      const r = v.core.dispatch(channel, input, v.as(who));
      expect(r, channel).toMatchObject({ ok: false, error: { reason } });
    }
    // Retention never reaches a handover this young.
    expect(v.ok('handover.purgeExpired', { confirm: true }, v.as('admin')).removed).toBe(0);
    expect(row()).toBe(frozenRow);
    expect(entryRow()).toBe(frozenEntry);

    // What is allowed after signing adds linked rows; the signed row stays as it was.
    v.at(localTime(16, 0));
    const next = takeOver(v, signed, 'duty', '晚班');
    v.ok('shiftLog.correct', { entryId: entry.id, body: '电脑死机两次' }, v.as('duty'));
    v.ok(
      'handover.correct',
      { handoverId: signed.id, section: 'cash', body: '少点了一张 10 元' },
      v.as('duty'),
    );
    v.ok('handover.review', { handoverId: signed.id, note: '已阅' }, v.as('supervisor'));
    expect(next.status).toBe('open');
    expect(row()).toBe(frozenRow);
    expect(entryRow()).toBe(frozenEntry);
    const view = v.ok('handover.get', { handoverId: signed.id }, v.as('supervisor'));
    expect(view.content).toEqual(signed.content);
    expect(view.corrections.map((c) => [c.section, c.body, c.byName])).toEqual([
      ['cash', '少点了一张 10 元', STAFF.duty.displayName],
    ]);

    expect(() =>
      db.prepare("UPDATE handovers SET summary = 'x' WHERE id = ?").run(signed.id),
    ).toThrow(/handover is signed/);
    expect(() =>
      db.prepare("UPDATE log_entries SET body = 'x' WHERE id = ?").run(entry.id),
    ).toThrow(/handed over/);
    expect(() => db.prepare("UPDATE handover_receipts SET outcome = 'flagged'").run()).toThrow(
      /signed/,
    );
    expect(() => db.prepare("UPDATE handover_reviews SET note = 'x'").run()).toThrow(/reviewed/);
    expect(() => db.prepare("UPDATE handover_corrections SET body = 'x'").run()).toThrow(
      /append-only/,
    );
    expect(() => db.prepare('DELETE FROM audit_anchors').run()).toThrow(/append-only/);
    expect(row()).toBe(frozenRow);
  });

  it('signing locks the shift log, clocks everyone out and hands the shift over', () => {
    const { v, shift, signed } = handedOverShift();
    const after = v.ok('shifts.get', { shiftId: shift.id }, v.as('reception'));
    expect(after).toMatchObject({ status: 'handedOver', closedAt: localTime(15, 50) });
    expect(after.staff.every((s) => s.clockOutAt === localTime(15, 50))).toBe(true);
    expect(v.db().prepare('SELECT locked FROM log_entries').pluck().all()).toEqual([1]);
    expect(signed).toMatchObject({
      status: 'awaitingIncoming',
      outgoing: { name: STAFF.reception.displayName, at: localTime(15, 50) },
      blockers: [],
    });
    const anchors = v.db().prepare('SELECT * FROM audit_anchors').all();
    expect(anchors).toEqual([
      {
        seq: signed.auditSeq,
        hash: signed.auditHead,
        at: localTime(15, 50),
        source: 'handover',
        source_id: signed.id,
      },
    ]);
    // The head is the last row before the signature's own audit row.
    const own = v
      .db()
      .prepare(
        "SELECT seq FROM audit_log WHERE action = 'handover.signOutgoing' AND outcome = 'ok'",
      )
      .pluck()
      .get();
    expect(own).toBe(signed.auditSeq! + 1);
  });
});

describe('queries of the handover use their indexes (EXPLAIN QUERY PLAN)', () => {
  it('every window query searches an index; open items use the small partial ones', () => {
    const v = handoverDesk();
    const plan = (sql: string) => {
      const args = sql.includes('@')
        ? [{ from: 1, to: 2, fromDay: 'a', toDay: 'b', shiftId: 'x' }]
        : sql.includes('?')
          ? ['x']
          : [];
      return (
        v
          .db()
          .prepare(`EXPLAIN QUERY PLAN ${sql}`)
          .all(...args) as { detail: string }[]
      )
        .map((r) => r.detail)
        .join(' | ');
    };
    const expected: Record<keyof typeof WINDOW_SQL, RegExp> = {
      // The reports' covering index (migration 018) serves it without the table.
      entries:
        /SEARCH check_ins USING COVERING INDEX check_ins_report \(business_date>\? AND business_date<\?\)/,
      visitors:
        /SEARCH visitors USING INDEX visitors_day \(business_date>\? AND business_date<\?\)/,
      calls: /SEARCH calls USING INDEX calls_day \(business_date>\? AND business_date<\?\)/,
      cardsSold: /SEARCH card_sales USING INDEX card_sales_day \(business_date>\?/,
      queueServed: /SEARCH queue_tickets USING INDEX \w+ \(business_date>\?/,
      cash: /SEARCH tag_charges USING INDEX tag_charges_settled \(settled_at>\? AND settled_at<\?\)/,
      voids: /SEARCH tag_charges USING INDEX tag_charges_voided \(voided_at>\? AND voided_at<\?\)/,
      overrides: /SEARCH check_ins USING INDEX check_ins_day \(business_date>\?/,
      lockouts: /SEARCH audit_log USING INDEX audit_at \(at>\? AND at<\?\)/,
      lostTags: /SEARCH hand_tags USING INDEX hand_tags_lost \(lost_date>\? AND lost_date<\?\)/,
      passedVisitors: /SEARCH p USING INDEX visitor_passes_at \(at>\? AND at<\?\)/,
      logAnomalies: /SEARCH log_entries USING INDEX log_entries_shift \(shift_id=\?\)/,
    };
    for (const [name, sql] of Object.entries(WINDOW_SQL)) {
      const p = plan(sql);
      expect(p, name).toMatch(expected[name as keyof typeof WINDOW_SQL]);
      expect(p, name).not.toMatch(/SCAN (?!.*USING)/);
    }
    for (const [name, sql] of Object.entries(OPEN_SQL)) {
      const p = plan(sql);
      expect(p, name).toMatch(/USING (COVERING )?INDEX/);
      expect(p, name).not.toMatch(/SCAN \w+( |$)(?!USING)/);
    }
    expect(plan(OPEN_SQL.followUps)).toMatch(/log_entries_open/);
    expect(plan(OPEN_SQL.tagsOut)).toMatch(/check_ins_open_tag/);
    expect(plan(OPEN_SQL.unsettled)).toMatch(/tag_charges_open/);
    expect(plan(OPEN_SQL.waitingVisitors)).toMatch(/visitors_waiting/);
    expect(plan(OPEN_SQL.unreadForShift)).toMatch(/messages_unread/);
  });
});

describe('the draft', () => {
  it('prepare is idempotent and only for a shift at work; saveDraft merges tag notes', () => {
    const v = handoverDesk();
    const shift = shiftAtWork(v, 'reception', '早班');
    const d = desk(v, 'reception');
    const a = d.checkIn(v.members.female[0]!);
    const b = d.checkIn(v.members.male[0]!);
    const first = v.ok('handover.prepare', { shiftId: shift.id }, v.as('reception'));
    expect(v.ok('handover.prepare', { shiftId: shift.id }, v.as('duty')).id).toBe(first.id);
    expect(v.count('handovers')).toBe(1);
    expect(first.status).toBe('draft');
    v.ok(
      'handover.saveDraft',
      { handoverId: first.id, tagNotes: { [`0${a.tagNumber}`]: '在上私教课' } },
      v.as('reception'),
    );
    const both = v.ok(
      'handover.saveDraft',
      { handoverId: first.id, tagNotes: { [b.tagNumber!]: '在洗澡' } },
      v.as('reception'),
    );
    expect(both.content.openItems.tagsOut.map((t) => t.note)).toEqual(['在上私教课', '在洗澡']);
    expect(both.blockers.filter((x) => x.kind === 'tagNote')).toEqual([]);

    const counted = v.ok(
      'handover.saveDraft',
      { handoverId: first.id, denominations: drawer({ '10000': 5, '500': 1 }) },
      v.as('reception'),
    );
    expect(counted.content.cash).toMatchObject({
      countedCents: 50_500,
      denominations: drawer({ '10000': 5, '500': 1 }),
      varianceCents: 500,
    });
    expect(
      v.call(
        'handover.saveDraft',
        { handoverId: first.id, denominations: drawer({ '10000': 5 }), countedCents: 1 },
        v.as('reception'),
      ),
    ).toMatchObject({
      error: { code: 'VALIDATION', fields: { countedCents: expect.any(String) } },
    });
    const total = v.ok(
      'handover.saveDraft',
      { handoverId: first.id, countedCents: 50_000 },
      v.as('reception'),
    );
    expect(total.content.cash).toMatchObject({
      countedCents: 50_000,
      denominations: null,
      varianceCents: 0,
    });

    v.ok('shifts.abandon', { shiftId: shift.id, reason: '测试' }, v.as('duty'));
    const abandonedAt = v.clock.ms;
    v.at(localTime(18, 0));
    const left = v.ok('handover.get', { handoverId: first.id }, v.as('supervisor'));
    expect(left.content.figures).toMatchObject({ to: abandonedAt, entries: { total: 2 } });
    expect(v.call('handover.prepare', { shiftId: shift.id }, v.as('reception'))).toMatchObject({
      error: { code: 'CONFLICT', reason: 'handover.shiftNotOpen' },
    });
    expect(
      v.call('handover.saveDraft', { handoverId: first.id, summary: 'x' }, v.as('reception')),
    ).toMatchObject({ error: { reason: 'handover.shiftNotOpen' } });
    expect(v.call('handover.get', { handoverId: 'nope' }, v.as('reception'))).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
  });
});
