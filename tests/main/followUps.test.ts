/** 回访 (issue 12 part 6): plans, the day's call list, outcomes, retries and permissions. */
import { describe, expect, it } from 'vitest';
import type { Input } from '../../shared/contract';
import { NEW_MEMBER_PLAN, MAX_CALL_ATTEMPTS } from '../../shared/domain/followUpPlan';
import { addDays, addMonths, businessDate } from '../../shared/domain/time';
import { planDays } from '../../electron/features/followUps/generate';
import { deskWithStaff, ZHANG_SAN, type Who } from '../helpers/clientFixtures';
import { at, HOUR, seedCase } from '../helpers/complaintFixtures';

const DAY = 24 * HOUR;

/** A desk at 10:00 on 2026-12-03 with 张三's file (membership to 2026-12-31). */
function followUpDesk() {
  const v = deskWithStaff();
  v.clock.ms = at('2026-12-03', 10);
  v.wake();
  const db = () => v.core.db!;
  const client = v.ok('clients.create', ZHANG_SAN, v.as('reception'));
  const today = () => businessDate(v.clock.ms);
  const setPlan = (patch: Partial<Input<'followUps.setPlan'>> = {}, who: Who = 'reception') =>
    v.ok(
      'followUps.setPlan',
      { clientId: client.id, rule: NEW_MEMBER_PLAN, startsOn: today(), assignedTo: null, ...patch },
      v.as(who),
    );
  const list = (who: Who, scope?: 'mine' | 'all') =>
    v.ok('followUps.today', scope ? { scope } : undefined, v.as(who));
  const file = (who: Who = 'reception') =>
    v.ok('followUps.ofClient', { clientId: client.id }, v.as(who));
  /** The next business day at 10:00, with main's tick (the day's calls) and windows unlocked. */
  const nextDay = (days = 1) => {
    v.clock.ms = at(addDays(today(), days), 10);
    v.wake();
  };
  return { ...v, db, client, today, setPlan, list, file, nextDay };
}

describe('schedules (planDays)', () => {
  const plan = (createdDay: string, startsOn: string) => ({
    id: 'p',
    client_id: 'c',
    rule: '',
    starts_on: startsOn,
    assigned_to: null,
    created_at: at(createdDay, 9),
  });
  const none = () => ({ firstVisit: null, membershipEnd: null, lastVisit: null });

  it('monthly for 12 months, then quarterly, counted from the start; only the next one ahead', () => {
    const p = plan('2026-01-31', '2026-01-31');
    const days = planDays(NEW_MEMBER_PLAN, p, none, '2027-08-01');
    expect(days.slice(0, 3)).toEqual(['2026-02-28', '2026-03-31', '2026-04-30']);
    expect(days[11]).toBe('2027-01-31');
    // Then every three months, and one call ahead of today.
    expect(days.slice(12)).toEqual(['2027-04-30', '2027-07-31', '2027-10-31']);
  });

  it('owes no calls for days before the plan was set', () => {
    const days = planDays(NEW_MEMBER_PLAN, plan('2026-06-15', '2026-01-10'), none, '2026-06-15');
    expect(days).toEqual(['2026-07-10']);
  });

  it('one-off rules: after the first visit, before expiry, not seen; never before the set day', () => {
    const dates = () => ({
      firstVisit: '2026-05-02',
      membershipEnd: '2026-12-31',
      lastVisit: '2026-05-20',
    });
    const p = plan('2026-05-01', '2026-05-01');
    expect(planDays({ kind: 'afterFirstVisit', days: 7 }, p, dates, '2026-05-03')).toEqual([
      '2026-05-09',
    ]);
    expect(planDays({ kind: 'beforeExpiry', days: 30 }, p, dates, '2026-05-03')).toEqual([
      '2026-12-01',
    ]);
    expect(planDays({ kind: 'notSeen', days: 30 }, p, dates, '2026-05-03')).toEqual(['2026-06-19']);
    // Set after the day would have come: due the day it was set.
    const late = plan('2026-12-20', '2026-12-20');
    expect(planDays({ kind: 'beforeExpiry', days: 30 }, late, dates, '2026-12-20')).toEqual([
      '2026-12-20',
    ]);
    // An expiry gone before the plan was set: nothing to call before.
    expect(
      planDays(
        { kind: 'beforeExpiry', days: 30 },
        plan('2027-01-05', '2027-01-05'),
        dates,
        '2027-01-05',
      ),
    ).toEqual([]);
  });
});

describe('generation', () => {
  it('a new member plan writes the next call; main’s tick writes each due day once', () => {
    const v = followUpDesk();
    const plan = v.setPlan();
    expect(v.file().upcoming.map((c) => c.dueDay)).toEqual([addMonths('2026-12-03', 1)]);
    // Up to the day of the first call: it is in the day's list, and the next one is written.
    v.clock.ms = at('2027-01-03', 10);
    v.wake();
    v.core.tick();
    const day = v.list('reception');
    expect(day.open.map((c) => [c.dueDay, c.planId, c.ruleKind, c.phone])).toEqual([
      ['2027-01-03', plan.id, 'recurring', '13812345678'],
    ]);
    expect(v.file().upcoming.map((c) => c.dueDay)).toEqual(['2027-01-03', '2027-02-03']);
    const count = () =>
      v.db().prepare('SELECT count(*) FROM follow_up_calls WHERE plan_id = ?').pluck().get(plan.id);
    const before = count();
    v.core.tick();
    v.nextDay(0);
    expect(count()).toBe(before);
  });

  it('before expiry follows a renewal; after the first visit waits for the visit', () => {
    const v = followUpDesk();
    v.setPlan({ rule: { kind: 'beforeExpiry', days: 30 } });
    const first = v.setPlan({ rule: { kind: 'afterFirstVisit', days: 7 } });
    expect(v.file().upcoming.map((c) => [c.dueDay, c.planId === first.id])).toEqual([
      ['2026-12-03', false],
    ]);
    v.db()
      .prepare("UPDATE clients SET membership_expiry = '2027-12-31' WHERE id = ?")
      .run(v.client.id);
    v.db()
      .prepare(
        `INSERT INTO check_ins (id, client_id, gender, business_date, checked_in_at, checked_in_by)
         VALUES ('ci-1', ?, 'male', '2026-12-04', ?, 'x')`,
      )
      .run(v.client.id, at('2026-12-04', 18));
    v.nextDay();
    expect(v.file().upcoming.map((c) => [c.dueDay, c.planId === first.id])).toEqual([
      ['2026-12-11', true],
      ['2027-12-01', false],
    ]);
  });

  it('not seen for N days: due once the client stays away, moved when they come back', () => {
    const v = followUpDesk();
    v.db()
      .prepare('INSERT INTO client_visits (client_id, last_at, visits) VALUES (?, ?, 5)')
      .run(v.client.id, at('2026-10-20', 19));
    v.setPlan({ rule: { kind: 'notSeen', days: 30 } });
    expect(v.list('reception').open.map((c) => [c.dueDay, c.overdue])).toEqual([
      ['2026-12-03', false],
    ]);
    v.db()
      .prepare('UPDATE client_visits SET last_at = ? WHERE client_id = ?')
      .run(at('2026-12-03', 19), v.client.id);
    v.nextDay();
    expect(v.list('reception').open).toEqual([]);
    expect(v.file().upcoming.map((c) => c.dueDay)).toEqual(['2027-01-02']);
  });

  it('ending a plan drops what was not made; the plan and its outcomes stay on the file', () => {
    const v = followUpDesk();
    const plan = v.setPlan({ rule: { kind: 'beforeExpiry', days: 30 } });
    const later = v.setPlan();
    const [call] = v.list('reception').open;
    v.ok('followUps.record', { callId: call!.id, outcome: 'reached', score: 5 }, v.as('reception'));
    v.ok('followUps.endPlan', { planId: later.id }, v.as('reception'));
    const f = v.file();
    expect(f.plans.map((p) => [p.id, p.endedAt !== null])).toEqual([
      [plan.id, false],
      [later.id, true],
    ]);
    expect(f.upcoming).toEqual([]);
    expect(f.past.map((c) => [c.state, c.score])).toEqual([['done', 5]]);
    expect(v.call('followUps.endPlan', { planId: later.id }, v.as('reception'))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'followUps.planEnded' },
    });
  });
});

describe('outcomes', () => {
  /** A desk call due today (before expiry, 30 days: the expiry is 28 days off). */
  function withCall() {
    const v = followUpDesk();
    v.setPlan({ rule: { kind: 'beforeExpiry', days: 30 } });
    return { v, callId: v.list('reception').open[0]!.id };
  }
  const record = (
    v: ReturnType<typeof followUpDesk>,
    input: Input<'followUps.record'>,
    who: Who = 'reception',
  ) => v.call('followUps.record', input, v.as(who));

  it(`no answer is tried the next day, ${MAX_CALL_ATTEMPTS} attempts, then unreachable`, () => {
    const { v, callId } = withCall();
    let id = callId;
    for (let attempt = 1; attempt <= MAX_CALL_ATTEMPTS; attempt += 1) {
      const r = v.ok('followUps.record', { callId: id, outcome: 'noAnswer' }, v.as('reception'));
      expect(r).toMatchObject({ attempt, outcome: 'noAnswer', doneByName: '王芳' });
      expect(v.list('reception').doneToday.map((c) => c.id)).toEqual([id]);
      if (attempt < MAX_CALL_ATTEMPTS) {
        expect(r.state).toBe('retried');
        expect(v.list('reception').open).toEqual([]);
        v.nextDay();
        const [next] = v.list('reception').open;
        expect(next).toMatchObject({ attempt: attempt + 1, retryOf: id, dueAt: null });
        id = next!.id;
      } else expect(r.state).toBe('unreachable');
    }
    v.nextDay();
    expect(v.list('reception').open).toEqual([]);
    const f = v.file();
    expect(f.flag).toBe('unreachable');
    expect(f.past.map((c) => c.state)).toEqual(['unreachable', 'retried', 'retried']);
  });

  it('a wrong number is given up at once and flagged on the file', () => {
    const { v, callId } = withCall();
    v.ok('followUps.record', { callId, outcome: 'wrongNumber', note: '空号' }, v.as('reception'));
    v.nextDay();
    expect(v.list('reception').open).toEqual([]);
    expect(v.file()).toMatchObject({ flag: 'wrongNumber', past: [{ note: '空号' }] });
    // The number corrected on the file is the one the plan's next call dials.
    v.setPlan();
    expect(v.file().upcoming.map((c) => c.phone)).toEqual(['13812345678']);
    v.db().prepare(`UPDATE clients SET phones = '["13900002222"]' WHERE id = ?`).run(v.client.id);
    v.nextDay();
    expect(v.file().upcoming.map((c) => c.phone)).toEqual(['13900002222']);
  });

  it('call back at a time: a new attempt due then; the time is required and in the future', () => {
    const { v, callId } = withCall();
    expect(record(v, { callId, outcome: 'callBack' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { callBackAt: 'required' } },
    });
    expect(record(v, { callId, outcome: 'callBack', callBackAt: v.clock.ms - 1 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { callBackAt: 'past' } },
    });
    expect(record(v, { callId, outcome: 'noAnswer', callBackAt: v.clock.ms + HOUR })).toMatchObject(
      { ok: false, error: { code: 'VALIDATION', fields: { callBackAt: 'onlyForCallBack' } } },
    );
    const when = at('2026-12-04', 15, 30);
    v.ok(
      'followUps.record',
      { callId, outcome: 'callBack', callBackAt: when, note: '在开会' },
      v.as('reception'),
    );
    expect(v.list('reception').open).toEqual([]);
    v.nextDay();
    expect(v.list('reception').open).toMatchObject([
      { dueAt: when, attempt: 2, retryOf: callId, previousNote: '在开会' },
    ]);
  });

  it('score: 1 to 5, only for a reached call; the field is named; twice is refused', () => {
    const { v, callId } = withCall();
    expect(record(v, { callId, outcome: 'reached', score: 6 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { score: expect.any(String) } },
    });
    expect(record(v, { callId, outcome: 'noAnswer', score: 3 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { score: 'onlyWhenReached' } },
    });
    // A plan call may be reached without a score.
    v.ok('followUps.record', { callId, outcome: 'reached', note: '续卡意向' }, v.as('reception'));
    expect(record(v, { callId, outcome: 'reached' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'followUps.alreadyDone' },
    });
    expect(record(v, { callId: 'nope', outcome: 'reached' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('a reached complaint call needs a score', () => {
    const v = followUpDesk();
    const owner = v.staffId('reception');
    const caseId = seedCase(v.db(), { receivedAt: v.clock.ms - DAY, ownerId: owner });
    v.db()
      .prepare(
        `INSERT INTO follow_up_calls (id, complaint_id, phone, due_day, assigned_to, created_at)
         VALUES ('fc-1', ?, '13900001111', ?, ?, ?)`,
      )
      .run(caseId, v.today(), owner, v.clock.ms);
    const [call] = v.list('reception').open;
    expect(call).toMatchObject({ source: 'complaint', clientName: '李女士', canRecord: true });
    expect(record(v, { callId: 'fc-1', outcome: 'reached' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { score: 'required' } },
    });
  });
});

describe('a complaint call closes the loop (applyFollowUpScore)', () => {
  function resolvedCase() {
    const v = followUpDesk();
    const desk = v.as('reception');
    const opened = v.ok(
      'complaints.open',
      {
        channel: 'phone',
        clientId: v.client.id,
        category: 'service',
        severity: 'normal',
        summary: '更衣柜门坏了两周没人修',
      },
      desk,
    );
    v.ok('complaints.respond', { complaintId: opened.id, body: '已致电道歉，安排维修' }, desk);
    v.ok(
      'complaints.resolve',
      { complaintId: opened.id, result: '柜门已修好', followUpOn: v.today() },
      desk,
    );
    const call = v.list('reception').open.find((c) => c.complaintId === opened.id)!;
    expect(call).toMatchObject({ source: 'complaint', clientName: '张三', canRecord: true });
    return { v, caseId: opened.id, callId: call.id };
  }

  it('score 4 closes the case', () => {
    const { v, caseId, callId } = resolvedCase();
    v.ok('followUps.record', { callId, outcome: 'reached', score: 4 }, v.as('reception'));
    expect(v.ok('complaints.get', { complaintId: caseId }, v.as('reception'))).toMatchObject({
      state: 'closed',
      reopenedCount: 0,
    });
  });

  it('score 2 reopens it; not answered leaves it as it was', () => {
    const { v, caseId, callId } = resolvedCase();
    const next = v.ok('followUps.record', { callId, outcome: 'noAnswer' }, v.as('reception'));
    expect(next.state).toBe('retried');
    const state = () => v.ok('complaints.get', { complaintId: caseId }, v.as('reception'));
    expect(state().state).toBe('resolved');
    v.nextDay();
    const retry = v.list('reception').open.find((c) => c.complaintId === caseId)!;
    expect(retry).toMatchObject({ attempt: 2, retryOf: callId });
    v.ok('followUps.record', { callId: retry.id, outcome: 'reached', score: 2 }, v.as('reception'));
    expect(state()).toMatchObject({ state: 'open', reopenedCount: 1 });
  });
});

describe('who sees and records which calls', () => {
  it('desk and consultants: theirs and the desk’s; managers everyone’s', () => {
    const v = followUpDesk();
    const liu = v.staffId('consultant');
    v.setPlan({ rule: { kind: 'beforeExpiry', days: 30 }, assignedTo: liu });
    v.setPlan({ rule: { kind: 'beforeExpiry', days: 40 } });
    const names = (who: Who, scope?: 'mine' | 'all') =>
      v.list(who, scope).open.map((c) => c.assignedToName);
    expect(names('reception')).toEqual([null]);
    expect(names('consultant')).toEqual(['刘洋', null]);
    expect(names('duty')).toEqual(['刘洋', null]);
    expect(v.list('duty').scope).toBe('all');
    expect(names('duty', 'mine')).toEqual([null]);
    expect(v.call('followUps.today', { scope: 'all' }, v.as('reception'))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'followUps.notManager' },
    });
    const liusCall = v.list('consultant').open.find((c) => c.assignedToId === liu)!;
    expect(
      v.call('followUps.record', { callId: liusCall.id, outcome: 'reached' }, v.as('reception')),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'followUps.notYours' } });
    const byDuty = v.list('duty').open.find((c) => c.id === liusCall.id)!;
    expect(byDuty.canRecord).toBe(true);
    v.ok('followUps.record', { callId: liusCall.id, outcome: 'reached' }, v.as('supervisor'));
  });

  it('the list is pushed to the others after a record', () => {
    const v = followUpDesk();
    v.setPlan({ rule: { kind: 'beforeExpiry', days: 30 } });
    const [call] = v.list('consultant').open;
    v.events.length = 0;
    v.ok('followUps.record', { callId: call!.id, outcome: 'noAnswer' }, v.as('reception'));
    const pushed = v.events.filter(
      (e) => e.event === 'view:followUps.today' && e.clientId === v.as('consultant'),
    );
    expect(pushed).toHaveLength(1);
    expect((pushed[0]!.payload as { doneToday: unknown[] }).doneToday).toHaveLength(1);
  });

  it('plans need client files: refused with the module off; case calls still listed', () => {
    const v = followUpDesk();
    v.ok('settings.update', { modules: ['visitors'] }, v.as('admin'));
    expect(
      v.call(
        'followUps.setPlan',
        { clientId: v.client.id, rule: NEW_MEMBER_PLAN, startsOn: v.today(), assignedTo: null },
        v.as('reception'),
      ),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'module.off' } });
    expect(v.ok('followUps.today', undefined, v.as('reception')).open).toEqual([]);
  });

  it('plan fields are checked and named', () => {
    const v = followUpDesk();
    const r = v.call(
      'followUps.setPlan',
      { clientId: v.client.id, rule: NEW_MEMBER_PLAN, startsOn: '2026-02-30', assignedTo: 'ghost' },
      v.as('reception'),
    );
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { startsOn: 'invalid', assignedTo: 'unknown' } },
    });
    expect(v.db().prepare('SELECT count(*) FROM follow_up_plans').pluck().get()).toBe(0);
  });
});
