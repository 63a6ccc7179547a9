import { describe, expect, it } from 'vitest';
import type { Notice } from '../../shared/contract';
import { DEFAULT_ESCALATION_CHAIN } from '../../shared/domain/escalation';
import { sequentialIds } from '../../electron/db/ids';
import { refreshCaseClock } from '../../electron/features/complaints/caseClock';
import { escalationTargeted } from '../../electron/app/liveNotices';
import type { Reader } from '../../electron/app/liveViews';
import {
  escalateByHand,
  escalateDue,
  escalationNotices,
  reaches,
} from '../../electron/features/complaints/escalation';
import {
  addEvent,
  at,
  caseRow,
  complaintDesk,
  escalations,
  HOUR,
  MINUTE,
  respond,
  seedCase,
} from '../helpers/complaintFixtures';

const DAY = '2026-11-23';
const RECEIVED = at(DAY, 10);

/**
 * Service cases counted by the clock: first response in 2 h (12:00), resolution in 8 h
 * (18:00). Default chain: duty manager at 11:00, supervisor at 12:00, admin at 18:00.
 */
function deskWithCase(pauses = false) {
  const v = complaintDesk(at(DAY, 9, 30));
  v.ok(
    'serviceLevels.setLevel',
    {
      category: 'service',
      severity: 'normal',
      level: {
        firstResponseMinutes: 120,
        resolutionMinutes: 480,
        clock: 'clock',
        pausesWhileWaiting: pauses,
      },
    },
    v.as('admin'),
  );
  v.clock.ms = RECEIVED;
  const id = seedCase(v.db(), { receivedAt: RECEIVED, ownerId: v.staffId('reception') });
  return { v, id };
}

/** Moves main's clock and runs its tick, as the app does every few seconds. */
function tickAt(v: ReturnType<typeof complaintDesk>, ms: number) {
  v.clock.ms = ms;
  v.core.tick();
}

function escalatedNotices(v: ReturnType<typeof complaintDesk>, window: string) {
  return v.events
    .filter((e) => e.clientId === window && e.event === 'notice.raised')
    .map((e) => e.payload as Notice)
    .filter((n) => n.kind === 'complaintEscalated');
}

describe('automatic escalation along the default chain', () => {
  it('duty manager 60 min before the first response is due, supervisor at it, admin at the resolution', () => {
    const { v, id } = deskWithCase();
    const db = v.db();
    expect(caseRow(db, id)).toMatchObject({
      first_response_due: at(DAY, 12),
      resolution_due: at(DAY, 18),
      next_level_at: at(DAY, 11),
    });
    tickAt(v, at(DAY, 10, 59));
    expect(caseRow(db, id).level).toBe(0);
    tickAt(v, at(DAY, 11));
    expect(caseRow(db, id)).toMatchObject({ level: 1, next_level_at: at(DAY, 12) });
    tickAt(v, at(DAY, 12));
    expect(caseRow(db, id).level).toBe(2);
    tickAt(v, at(DAY, 17, 59));
    expect(caseRow(db, id).level).toBe(2);
    tickAt(v, at(DAY, 18));
    expect(caseRow(db, id)).toMatchObject({ level: 3, next_level_at: null });
    expect(escalations(db, id)).toEqual([
      { level: 1, byStaff: null, body: null },
      { level: 2, byStaff: null, body: null },
      { level: 3, byStaff: null, body: null },
    ]);
  });

  it('a first response stops the levels that watch it; the resolution level still comes', () => {
    const { v, id } = deskWithCase();
    const db = v.db();
    respond(db, id, at(DAY, 10, 30), v.staffId('reception'));
    expect(caseRow(db, id).next_level_at).toBe(at(DAY, 18));
    tickAt(v, at(DAY, 12, 30));
    expect(caseRow(db, id).level).toBe(0);
    tickAt(v, at(DAY, 18));
    expect(caseRow(db, id).level).toBe(3);
    // Levels 1 and 2 watched the first response: they were never reached, so not recorded.
    expect(escalations(db, id).map((e) => e.level)).toEqual([3]);
  });

  it('a jump past several levels records each one, in order, with an audit row each', () => {
    const { v, id } = deskWithCase();
    const db = v.db();
    tickAt(v, at(DAY, 19));
    expect(caseRow(db, id).level).toBe(3);
    expect(escalations(db, id).map((e) => e.level)).toEqual([1, 2, 3]);
    const audit = db
      .prepare(
        "SELECT actor_id, target_id, detail FROM audit_log WHERE action = 'complaints.autoEscalate' ORDER BY seq",
      )
      .all() as { actor_id: string | null; target_id: string; detail: string }[];
    expect(audit.map((a) => JSON.parse(a.detail).level)).toEqual([1, 2, 3]);
    expect(audit.every((a) => a.actor_id === null && a.target_id === id)).toBe(true);
    // Nothing personal in the rows: ids and the chain's settings only.
    expect(audit.map((a) => a.detail).join()).not.toMatch(/李女士|13900001111|更衣柜/);
    tickAt(v, at(DAY, 20));
    expect(escalations(db, id)).toHaveLength(3);
  });

  it('a manual escalation is kept: the timer never lowers a case', () => {
    const { v, id } = deskWithCase();
    const db = v.db();
    const ids = sequentialIds();
    const duty = { id: v.staffId('duty'), role: 'dutyManager' as const };
    db.transaction(() =>
      escalateByHand(db, duty, { complaintId: id, reason: '客户情绪激动' }, at(DAY, 10, 5), ids),
    )();
    db.transaction(() =>
      escalateByHand(db, duty, { complaintId: id, reason: '需要部门经理' }, at(DAY, 10, 10), ids),
    )();
    expect(caseRow(db, id)).toMatchObject({ level: 2, next_level_at: at(DAY, 18) });
    tickAt(v, at(DAY, 12, 30));
    expect(caseRow(db, id).level).toBe(2);
    expect(escalations(db, id)).toEqual([
      { level: 1, byStaff: duty.id, body: '客户情绪激动' },
      { level: 2, byStaff: duty.id, body: '需要部门经理' },
    ]);
    tickAt(v, at(DAY, 18));
    expect(escalations(db, id).map((e) => e.level)).toEqual([1, 2, 3]);
    // At the top of the chain there is nowhere left to go.
    expect(() =>
      escalateByHand(db, duty, { complaintId: id, reason: '再升级' }, at(DAY, 18, 5), ids),
    ).toThrow(
      expect.objectContaining({ code: 'CONFLICT', extra: { reason: 'complaints.topOfChain' } }),
    );
  });

  it('escalating by hand: the owner, the level it stands at, managers; not another colleague', () => {
    const { v, id } = deskWithCase();
    const db = v.db();
    const ids = sequentialIds();
    const consultant = { id: v.staffId('consultant'), role: 'consultant' as const };
    expect(() =>
      escalateByHand(db, consultant, { complaintId: id, reason: '不归我' }, RECEIVED, ids),
    ).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    const owner = { id: v.staffId('reception'), role: 'receptionist' as const };
    expect(escalateByHand(db, owner, { complaintId: id, reason: '处理不了' }, RECEIVED, ids)).toBe(
      1,
    );
    expect(() =>
      escalateByHand(db, owner, { complaintId: 'nope', reason: 'x' }, RECEIVED, ids),
    ).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('a case waiting for the client on a pausing level does not escalate while paused', () => {
    const { v, id } = deskWithCase(true);
    const db = v.db();
    addEvent(db, id, at(DAY, 10, 30), 'state', 'waitingForClient', v.staffId('reception'));
    refreshCaseClock(db, id);
    expect(caseRow(db, id)).toMatchObject({ next_level_at: null, first_response_due: null });
    tickAt(v, at(DAY, 13));
    expect(caseRow(db, id).level).toBe(0);
    // Back to handling at 14:00: 3.5 h paused, the first response now due 15:30.
    addEvent(db, id, at(DAY, 14), 'state', 'responded', v.staffId('reception'));
    refreshCaseClock(db, id);
    expect(caseRow(db, id)).toMatchObject({ level: 0, first_response_due: at(DAY, 15, 30) });
    tickAt(v, at(DAY, 14, 29));
    expect(caseRow(db, id).level).toBe(0);
    tickAt(v, at(DAY, 14, 30));
    expect(caseRow(db, id).level).toBe(1);
  });
});

describe('escalation notices', () => {
  it('reach the people at the new level and the owner, pushed after the tick commits', () => {
    const { v } = deskWithCase();
    tickAt(v, at(DAY, 11));
    expect(escalatedNotices(v, v.as('duty'))).toEqual([
      expect.objectContaining({ level: 1, automatic: true, asOwner: false }),
    ]);
    expect(escalatedNotices(v, v.as('reception'))).toEqual([
      expect.objectContaining({ level: 1, automatic: true, asOwner: true }),
    ]);
    expect(escalatedNotices(v, v.as('consultant'))).toEqual([]);
    expect(escalatedNotices(v, v.as('supervisor'))).toEqual([]);
    // A locked screen gets no notice (its views re-sync at unlock): keep the windows awake.
    v.clock.ms = at(DAY, 11, 59);
    v.wake();
    tickAt(v, at(DAY, 12));
    expect(escalatedNotices(v, v.as('supervisor'))).toEqual([
      expect.objectContaining({ level: 2, asOwner: false }),
    ]);
  });

  it('targets: a role reaches everyone with it but the owner; a named colleague only while active', () => {
    const { v, id } = deskWithCase();
    const db = v.db();
    const owner = v.staffId('duty');
    const c = { id, number: 'TS-1', owner_id: owner };
    const [toOwner, toLevel] = escalationNotices(db, c, 1, true, DEFAULT_ESCALATION_CHAIN);
    expect(toOwner).toMatchObject({ to: { staffId: owner }, notice: { asOwner: true } });
    expect(toLevel).toMatchObject({ to: { role: 'dutyManager' }, notice: { asOwner: false } });
    expect(reaches(toLevel!.to, { id: owner, role: 'dutyManager' })).toBe(false);
    expect(reaches(toLevel!.to, { id: 'other', role: 'dutyManager' })).toBe(true);
    expect(reaches(toLevel!.to, { id: 'other', role: 'supervisor' })).toBe(false);

    const named = v.staffId('consultant');
    const chain = [
      { to: { staffId: named }, watches: 'firstResponseDue' as const, offsetMinutes: 0 },
    ];
    expect(escalationNotices(db, c, 1, true, chain)[1]?.to).toEqual({ staffId: named });
    v.ok('staff.setActive', { id: named, active: false }, v.as('admin'));
    expect(escalationNotices(db, c, 1, true, chain)).toHaveLength(1);
  });

  it("by hand: never to the window that escalated, to the owner's other windows still", () => {
    const reader = (clientId: string, id: string, role: string) =>
      ({ session: { clientId }, staff: { id, role } }) as unknown as Reader;
    const n = { notice: {} as never, to: { staffId: 'owner' } };
    const t = escalationTargeted(n, 'desk-1');
    expect(t.to(reader('desk-1', 'owner', 'receptionist'))).toBe(false);
    expect(t.to(reader('desk-2', 'owner', 'receptionist'))).toBe(true);
    expect(t.to(reader('desk-3', 'other', 'receptionist'))).toBe(false);
  });

  it('ticks with nothing due write nothing', () => {
    const { v } = deskWithCase();
    const db = v.db();
    const before = db.prepare('SELECT count(*) FROM audit_log').pluck().get();
    expect(db.transaction(() => escalateDue(db, at(DAY, 10, 30), sequentialIds()))()).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(before);
    expect(HOUR).toBe(60 * MINUTE);
  });
});

describe('complaints.escalate (by hand, through the channel)', () => {
  it('moves the case one level with the reason, tells the level and not the window that asked', () => {
    const v = complaintDesk(at(DAY, 10));
    const c = v.ok(
      'complaints.open',
      {
        channel: 'phone',
        callBackPhone: '13900001111',
        category: 'facility',
        severity: 'normal',
        summary: '跑步机坏了三天没人修',
      },
      v.as('reception'),
    );
    const refused = v.call(
      'complaints.escalate',
      { complaintId: c.id, reason: '不是我的' },
      v.as('consultant'),
    );
    expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN');
    const seen = v.events.length;
    const after = v.ok(
      'complaints.escalate',
      { complaintId: c.id, reason: '客户要求找经理' },
      v.as('reception'),
    );
    expect(after.level).toBe(1);
    expect(escalations(v.db(), c.id)).toEqual([
      { level: 1, byStaff: v.staffId('reception'), body: '客户要求找经理' },
    ]);
    const notices = (window: string) =>
      v.events
        .slice(seen)
        .filter((e) => e.clientId === window && e.event === 'notice.raised')
        .map((e) => e.payload as Notice);
    expect(notices(v.as('duty'))).toEqual([
      expect.objectContaining({
        kind: 'complaintEscalated',
        level: 1,
        automatic: false,
        asOwner: false,
      }),
    ]);
    expect(notices(v.as('reception'))).toEqual([]);
    const audit = v
      .db()
      .prepare("SELECT detail FROM audit_log WHERE action = 'complaints.escalate'")
      .pluck()
      .all() as string[];
    expect(audit.map((d) => JSON.parse(d))).toEqual([{ level: 1, from: 0 }]);
  });
});
