import { describe, expect, it } from 'vitest';
import { HANDOVER_SECTIONS } from '../../shared/domain/shift';
import { STAFF } from '../helpers/clientFixtures';
import { handoverDesk, pinOf, readyToSign, signOut, takeOver } from '../helpers/handoverFixtures';
import {
  clockIn,
  closeChecklist,
  localTime,
  openShift,
  shiftAtWork,
} from '../helpers/shiftFixtures';

const ALL = [...HANDOVER_SECTIONS];

function staffRow(v: ReturnType<typeof handoverDesk>, username: string) {
  return v
    .db()
    .prepare('SELECT failed_attempts, locked_until FROM staff WHERE username = ?')
    .get(username) as { failed_attempts: number; locked_until: number | null };
}

describe('two signatures: the outgoing person cannot sign for the incoming one', () => {
  it('the outgoing signer, and a colleague who worked the shift, are refused as incoming', () => {
    const v = handoverDesk();
    const shift = shiftAtWork(v, 'reception', '早班');
    clockIn(v, shift.id, 'supervisor');
    v.at(localTime(15, 50));
    const signed = signOut(v, shift.id, 'reception');
    const sign = (who: 'reception' | 'supervisor' | 'duty', pin: string) =>
      v.call(
        'handover.receive',
        { handoverId: signed.id, pin, confirmed: ALL, flags: [] },
        v.as(who),
      );
    expect(sign('reception', pinOf('reception'))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'handover.sameSide' },
    });
    expect(sign('supervisor', pinOf('supervisor'))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'handover.sameSide' },
    });
    const refusals = v
      .db()
      .prepare(
        `SELECT actor_name, outcome, json_extract(detail, '$.reason') AS reason FROM audit_log
         WHERE action = 'handover.receive' ORDER BY seq`,
      )
      .all();
    expect(refusals).toEqual([
      { actor_name: STAFF.reception.displayName, outcome: 'failed', reason: 'handover.sameSide' },
      { actor_name: STAFF.supervisor.displayName, outcome: 'failed', reason: 'handover.sameSide' },
    ]);
    expect(v.count('handover_receipts')).toBe(0);
    expect(v.ok('handover.get', { handoverId: signed.id }, v.as('duty')).status).toBe(
      'awaitingIncoming',
    );
  });

  it('the incoming PIN is checked for the session’s own account; wrong ones count to lockout', () => {
    const v = handoverDesk();
    const shift = shiftAtWork(v, 'reception', '早班');
    v.at(localTime(15, 50));
    const signed = signOut(v, shift.id, 'reception');
    const sign = (pin: string) =>
      v.call(
        'handover.receive',
        { handoverId: signed.id, pin, confirmed: ALL, flags: [] },
        v.as('duty'),
      );
    // The outgoing person's PIN typed at the incoming desk is just a wrong PIN for that account.
    expect(sign(pinOf('reception'))).toMatchObject({
      error: { code: 'UNAUTHENTICATED', reason: 'auth.badCredentials' },
    });
    expect(staffRow(v, STAFF.duty.username).failed_attempts).toBe(1);
    for (let i = 0; i < 3; i += 1) sign('0000');
    expect(sign('0000')).toMatchObject({
      error: { code: 'LOCKED', reason: 'auth.tooManyAttempts' },
    });
    expect(staffRow(v, STAFF.duty.username)).toMatchObject({ failed_attempts: 5 });
    expect(sign(pinOf('duty'))).toMatchObject({ error: { code: 'LOCKED' } });
    expect(v.count('handover_receipts')).toBe(0);
    v.at(localTime(15, 52));
    const received = sign(pinOf('duty'));
    expect(received).toMatchObject({
      ok: true,
      data: { status: 'signed', incoming: { name: STAFF.duty.displayName } },
    });
    expect(staffRow(v, STAFF.duty.username)).toEqual({ failed_attempts: 0, locked_until: null });
    expect(v.ok('shifts.get', { shiftId: shift.id }, v.as('duty')).status).toBe('closed');
    expect(sign(pinOf('duty'))).toMatchObject({ error: { reason: 'handover.notAwaiting' } });
  });

  it('only someone clocked in on the shift (or its opener) signs it over, with their own PIN', () => {
    const v = handoverDesk();
    const shift = shiftAtWork(v, 'reception', '早班');
    v.at(localTime(15, 50));
    const draft = readyToSign(v, shift.id);
    const sign = (who: 'reception' | 'supervisor' | 'duty', pin = pinOf(who)) =>
      v.call('handover.signOutgoing', { handoverId: draft.id, pin }, v.as(who));
    expect(sign('supervisor')).toMatchObject({
      error: { code: 'FORBIDDEN', reason: 'handover.notOnShift' },
    });
    expect(sign('reception', '0000')).toMatchObject({
      error: { code: 'UNAUTHENTICATED', reason: 'auth.badCredentials' },
    });
    expect(staffRow(v, STAFF.reception.username).failed_attempts).toBe(1);
    expect(v.ok('handover.get', { handoverId: draft.id }, v.as('reception')).status).toBe('draft');
    clockIn(v, shift.id, 'duty');
    expect(sign('duty')).toMatchObject({
      ok: true,
      data: { status: 'awaitingIncoming', outgoing: { name: STAFF.duty.displayName } },
    });
  });

  it('a site without the member desk is not asked for the coaches on duty (a gym’s figure)', () => {
    const v = handoverDesk();
    const shift = shiftAtWork(v, 'reception', '早班');
    v.at(localTime(15, 50));
    const prepare = () => v.ok('handover.prepare', { shiftId: shift.id }, v.as('reception'));
    expect(prepare().blockers).toContainEqual({ kind: 'coaches' });
    v.ok('settings.update', { siteProfile: 'office' }, 'desk-admin');
    expect(prepare().blockers).not.toContainEqual({ kind: 'coaches' });
    const draft = readyToSign(v, shift.id, 'reception', { coaches: undefined });
    expect(
      v.ok(
        'handover.signOutgoing',
        { handoverId: draft.id, pin: pinOf('reception') },
        v.as('reception'),
      ).status,
    ).toBe('awaitingIncoming');
  });

  it('each missing piece refuses the outgoing signature, named as a field', () => {
    const v = handoverDesk();
    const shift = shiftAtWork(v, 'reception', '早班');
    const tag = v.ok('desk.checkIn', { clientId: v.members.female[0]! }, v.as('reception')).checkIn
      .tagNumber!;
    v.at(localTime(15, 50));
    const draft = v.ok('handover.prepare', { shiftId: shift.id }, v.as('reception'));
    const id = draft.id;
    const refusal = () =>
      v.call(
        'handover.signOutgoing',
        { handoverId: id, pin: pinOf('reception') },
        v.as('reception'),
      );
    const fields = () => {
      const r = refusal();
      expect(r).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', reason: 'handover.incomplete' },
      });
      return r.ok ? {} : r.error.fields;
    };
    expect(draft.blockers).toEqual([
      { kind: 'closingChecklist', open: 4 },
      { kind: 'tagNote', tagNumber: tag },
      { kind: 'cashNotCounted' },
      { kind: 'summary' },
      { kind: 'coaches' },
    ]);
    expect(fields()).toEqual({
      closingChecklist: '4 open',
      [`tagNotes.${tag}`]: 'required',
      countedCents: 'required',
      summary: 'required',
      coaches: 'required',
    });
    const save = (input: Record<string, unknown>) =>
      v.ok('handover.saveDraft', { handoverId: id, ...input }, v.as('reception'));
    save({ countedCents: 49_900 });
    expect(Object.keys(fields()!)).toEqual([
      'closingChecklist',
      `tagNotes.${tag}`,
      'cashNote',
      'summary',
      'coaches',
    ]);
    save({ cashNote: '少 1 元，原因待查', tagNotes: { [tag]: '客人在淋浴' } });
    expect(Object.keys(fields()!)).toEqual(['closingChecklist', 'summary', 'coaches']);
    save({ summary: '平稳', coaches: { female: 0, male: 1 } });
    expect(fields()).toEqual({ closingChecklist: '4 open' });
    closeChecklist(v, v.ok('shifts.get', { shiftId: shift.id }, v.as('reception')));
    expect(refusal()).toMatchObject({
      ok: true,
      data: { content: { cash: { varianceCents: -100, note: '少 1 元，原因待查' } } },
    });
    // Refusals for an incomplete draft never touched the PIN counter.
    expect(staffRow(v, STAFF.reception.username).failed_attempts).toBe(0);
  });
});

describe('a flagged section reaches the supervisor', () => {
  it('the board shows the flag; another manager accepts with a note', () => {
    const v = handoverDesk();
    const early = shiftAtWork(v, 'reception', '早班');
    v.at(localTime(15, 50));
    const signed = signOut(v, early.id, 'reception');
    v.at(localTime(16, 0));
    takeOver(v, signed, 'duty', '晚班', [{ section: 'cash', note: '抽屉里少了 100 元' }]);
    const flagged = v.ok('handover.get', { handoverId: signed.id }, v.as('supervisor'));
    expect(flagged).toMatchObject({
      status: 'flagged',
      confirmedSections: ['figures', 'openItems', 'anomalies', 'summary'],
      flags: [{ section: 'cash', note: '抽屉里少了 100 元', byName: STAFF.duty.displayName }],
    });
    const board = v.ok(
      'handover.board',
      { from: '2026-11-22', to: '2026-11-22' },
      v.as('supervisor'),
    );
    expect(board.shifts.map((s) => [s.name, s.state, s.flaggedSections])).toEqual([
      ['早班', 'flagged', ['cash']],
      ['晚班', 'inProgress', []],
    ]);
    expect(board.totals).toMatchObject({ flagged: 1, signed: 0, accepted: 0 });
    expect(board.shifts[0]).toMatchObject({
      handoverId: signed.id,
      outgoingName: STAFF.reception.displayName,
      incomingName: STAFF.duty.displayName,
      varianceCents: 0,
    });

    const review = (who: 'duty' | 'reception' | 'supervisor') =>
      v.call(
        'handover.review',
        { handoverId: signed.id, note: '已核对，少的 100 元找到了' },
        v.as(who),
      );
    expect(review('reception')).toMatchObject({
      error: { code: 'FORBIDDEN', reason: 'auth.role' },
    });
    expect(review('duty')).toMatchObject({
      error: { code: 'FORBIDDEN', reason: 'handover.ownReview' },
    });
    const accepted = review('supervisor');
    expect(accepted).toMatchObject({
      ok: true,
      data: {
        status: 'accepted',
        review: { reviewerName: STAFF.supervisor.displayName, note: '已核对，少的 100 元找到了' },
        flags: [{ section: 'cash' }],
      },
    });
    expect(review('supervisor')).toMatchObject({ error: { reason: 'handover.notReviewable' } });
    const after = v.ok('handover.board', { from: '2026-11-22', to: '2026-11-22' }, v.as('duty'));
    expect(after.shifts[0]!.state).toBe('accepted');
    expect(after.totals).toMatchObject({ flagged: 0, accepted: 1 });
  });

  it('the day’s print view holds every handover of the day and the chain fingerprint', () => {
    const v = handoverDesk();
    const early = shiftAtWork(v, 'reception', '早班');
    v.at(localTime(15, 50));
    const signed = signOut(v, early.id, 'reception');
    v.at(localTime(23, 0));
    const print = v.ok('handover.printDay', { businessDate: '2026-11-22' }, v.as('supervisor'));
    expect(print).toMatchObject({
      businessDate: '2026-11-22',
      siteName: '阳光健身 · 朝阳店',
      printedAt: localTime(23, 0),
      missing: [{ name: '晚班', plannedStart: localTime(16, 0) }],
    });
    expect(print.handovers.map((h) => [h.id, h.auditFingerprint])).toEqual([
      [signed.id, signed.auditFingerprint],
    ]);
    const head = v.ok('audit.verify', undefined, v.as('supervisor'));
    expect(print.auditFingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    expect(head.anchorsChecked).toBe(1);
    expect(
      v.call('handover.printDay', { businessDate: '2026-11-22' }, v.as('reception')),
    ).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('the supervisor’s board over a week', () => {
  it('signed, flagged, awaiting, missing (never opened or abandoned), in progress and today’s upcoming; days before the desk kept shifts and days ahead left out', () => {
    const v = handoverDesk(localTime(9, 25, 20));
    const e20 = shiftAtWork(v, 'reception', '早班');
    const followUp = v.ok(
      'shiftLog.add',
      { category: 'maintenance', body: '淋浴间 2 号热水器不热', followUp: {} },
      v.as('reception'),
    );
    v.at(localTime(15, 50, 20));
    const h20e = signOut(v, e20.id, 'reception');
    v.at(localTime(16, 0, 20));
    const l20 = takeOver(v, h20e, 'duty', '晚班');
    v.at(localTime(22, 20, 20));
    closeChecklist(v, l20, 'duty');
    const d20 = readyToSign(v, l20.id, 'duty', { countedCents: 49_800, cashNote: '少 2 元' });
    const h20l = v.ok(
      'handover.signOutgoing',
      { handoverId: d20.id, pin: pinOf('duty') },
      v.as('duty'),
    );
    v.at(localTime(9, 25, 21));
    const e21 = takeOver(v, h20l, 'reception', '早班', [
      { section: 'figures', note: '入场人数对不上' },
    ]);
    v.at(localTime(15, 50, 21));
    signOut(v, e21.id, 'reception');
    v.at(localTime(16, 0, 21));
    const l21 = openShift(v, 'duty', '晚班');
    v.at(localTime(16, 30, 21));
    v.ok('shifts.abandon', { shiftId: l21.id, reason: '停电闭馆' }, v.as('supervisor'));
    v.at(localTime(9, 25, 22));
    openShift(v, 'admin', '早班');
    v.at(localTime(10, 0, 22));

    const board = v.ok(
      'handover.board',
      { from: '2026-11-19', to: '2026-11-25' },
      v.as('supervisor'),
    );
    expect(board.shifts.map((s) => [s.businessDate, s.name, s.state])).toEqual([
      ['2026-11-20', '早班', 'signed'],
      ['2026-11-20', '晚班', 'flagged'],
      ['2026-11-21', '早班', 'awaitingIncoming'],
      ['2026-11-21', '晚班', 'missing'],
      ['2026-11-22', '早班', 'inProgress'],
      // Today's next shift shows who is next; the days ahead have nothing to oversee yet.
      ['2026-11-22', '晚班', 'upcoming'],
    ]);
    expect(board.totals).toEqual({
      signed: 1,
      flagged: 1,
      missing: 1,
      awaiting: 1,
      accepted: 0,
      varianceCents: -200,
    });
    expect(board.shifts[1]).toMatchObject({
      shiftId: l20.id,
      shiftStatus: 'closed',
      outgoingName: STAFF.duty.displayName,
      incomingName: STAFF.reception.displayName,
      flaggedSections: ['figures'],
      varianceCents: -200,
      openFollowUps: 1,
    });
    expect(board.shifts[3]).toMatchObject({
      shiftStatus: 'abandoned',
      handoverId: null,
      openFollowUps: 0,
    });
    expect(board.shifts[4]).toMatchObject({ shiftStatus: 'opening', openFollowUps: 1 });
    expect(board.shifts[5]).toMatchObject({ shiftId: null, plannedStart: localTime(16, 0, 22) });
    // Carried into the late shift of the 20th, both shifts of the 21st and the 22nd's early.
    expect(board.openFollowUps.map((f) => [f.entryId, f.carriedShifts, f.loggedShiftName])).toEqual(
      [[followUp.id, 4, '早班']],
    );
    // A day later the 22nd's late shift, never opened, is missing.
    v.at(localTime(10, 0, 23));
    const later = v.ok(
      'handover.board',
      { from: '2026-11-22', to: '2026-11-22' },
      v.as('supervisor'),
    );
    expect(later.shifts.map((s) => [s.name, s.state])).toEqual([
      ['早班', 'inProgress'],
      ['晚班', 'missing'],
    ]);
    expect(
      v.call('handover.board', { from: '2026-11-01', to: '2026-12-15' }, v.as('supervisor')),
    ).toMatchObject({ error: { code: 'VALIDATION', fields: { to: expect.any(String) } } });
    expect(
      v.call('handover.board', { from: '2026-11-19', to: '2026-11-25' }, v.as('reception')),
    ).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('retention', () => {
  it('purges only handovers older than the retention period, keeping the audit anchors', () => {
    const v = handoverDesk();
    const e22 = shiftAtWork(v, 'reception', '早班');
    v.at(localTime(15, 50));
    const h22e = signOut(v, e22.id, 'reception');
    v.at(localTime(16, 0));
    const l22 = takeOver(v, h22e, 'duty', '晚班', [{ section: 'summary', note: '总结太简单' }]);
    v.ok(
      'handover.correct',
      { handoverId: h22e.id, section: 'summary', body: '补充：空调已报修' },
      v.as('duty'),
    );
    v.ok('handover.review', { handoverId: h22e.id, note: '已阅' }, v.as('supervisor'));
    v.at(localTime(22, 20));
    const h22l = signOut(v, l22.id, 'duty');
    // 2026-12-20
    v.at(localTime(9, 25, 50));
    const e1220 = takeOver(v, h22l, 'reception', '早班');
    v.at(localTime(15, 50, 50));
    const h1220 = signOut(v, e1220.id, 'reception');
    expect(h22e.keepUntil).toBe('2027-11-22');

    // 2027-01-10: with the default 12 months nothing has expired.
    v.at(localTime(10, 0, 71));
    const purge = () => v.call('handover.purgeExpired', { confirm: true }, v.as('admin'));
    expect(purge()).toMatchObject({ ok: true, data: { removed: 0, keptFrom: '2026-01-10' } });
    expect(v.call('handover.purgeExpired', { confirm: true }, v.as('supervisor'))).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    v.ok('settings.update', { handoverRetentionMonths: 1 }, v.as('admin'));
    expect(v.ok('handover.get', { handoverId: h1220.id }, v.as('admin')).keepUntil).toBe(
      '2027-01-20',
    );
    const anchorsBefore = v.db().prepare('SELECT * FROM audit_anchors ORDER BY seq').all();
    expect(anchorsBefore).toHaveLength(3);

    expect(purge()).toMatchObject({ ok: true, data: { removed: 2, keptFrom: '2026-12-10' } });
    const left = (table: string) => v.count(table);
    expect(v.db().prepare('SELECT id FROM handovers').pluck().all()).toEqual([h1220.id]);
    expect([
      left('handover_receipts'),
      left('handover_flags'),
      left('handover_reviews'),
      left('handover_corrections'),
    ]).toEqual([0, 0, 0, 0]);
    expect(v.db().prepare('SELECT * FROM audit_anchors ORDER BY seq').all()).toEqual(anchorsBefore);
    expect(v.ok('audit.verify', undefined, v.as('admin'))).toMatchObject({
      intact: true,
      anchorsChecked: 3,
    });
    expect(purge()).toMatchObject({ data: { removed: 0 } });
    expect(v.call('handover.get', { handoverId: h22e.id }, v.as('admin'))).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
  });
});
