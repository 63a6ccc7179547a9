import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  channelNames,
  contract,
  CHANGES_NO_LIVE_VIEW,
  eventNames,
  LIVE_VIEWS,
  REFRESHES,
  type EventName,
} from '../../shared/contract';
import type { ChannelDef } from '../../shared/contract/define';
import { STAFF } from '../helpers/clientFixtures';
import { frontDesk } from '../helpers/deskFixtures';
import { handoverDesk, signOut } from '../helpers/handoverFixtures';
import { receptionDesk } from '../helpers/receptionFixtures';
import { shiftAtWork } from '../helpers/shiftFixtures';

type Events = { clientId: string; event: EventName; payload: unknown }[];

/** The events of one kind sent since `from`, by window. */
function sent(events: Events, event: EventName, from = 0): Map<string, unknown> {
  return new Map(
    events
      .slice(from)
      .filter((e) => e.event === event)
      .map((e) => [e.clientId, e.payload]),
  );
}

const WINDOWS = ['reception', 'consultant', 'duty', 'supervisor', 'admin', 'admin2'] as const;

describe('live views pushed after a change', () => {
  it('go only to the windows whose role may read the view, each with what that window would read', () => {
    const v = receptionDesk();
    v.signIn('liu');
    const from = v.events.length;
    v.ok('visitors.register', { name: '王女士', scenario: 'A' }, v.desk);

    const waiting = sent(v.events, 'view:visitors.waiting', from);
    expect([...waiting.keys()].sort()).toEqual(
      ['desk-reception', 'desk-duty', 'desk-supervisor', 'desk-admin', 'desk-admin2'].sort(),
    );
    for (const [clientId, payload] of waiting)
      expect(payload).toEqual(v.ok('visitors.waiting', undefined, clientId));
    // Consultants may read the rotation (not the visitors list): they get that view only.
    const rotation = sent(v.events, 'view:rotation.today', from);
    expect(rotation.get('desk-consultant')).toEqual(
      v.ok('rotation.today', undefined, 'desk-consultant'),
    );
    expect(sent(v.events, 'view:reception.dayCounts', from).has('desk-consultant')).toBe(false);
  });

  it('per-person views are read for each person: my messages are not yours', () => {
    const v = receptionDesk();
    const from = v.events.length;
    v.ok('messages.send', { toStaffId: v.ids.liu, body: '回电给王女士' }, v.desk);
    const lists = sent(v.events, 'view:messages.list', from);
    expect(lists.size).toBe(WINDOWS.length);
    for (const [clientId, payload] of lists)
      expect(payload).toEqual(v.ok('messages.list', undefined, clientId));
    const bodies = (id: string) => (lists.get(id) as { body: string }[]).map((m) => m.body);
    expect(bodies('desk-consultant')).toContain('回电给王女士');
    expect(bodies('desk-supervisor')).not.toContain('回电给王女士');
  });

  it('are sent after the commit only, and never for a refused or failed call', () => {
    const v = frontDesk();
    let inTransaction: boolean | null = null;
    v.core.onEvent((_c, event) => {
      if (event === 'view:desk.tagsOut') inTransaction = v.core.db!.inTransaction;
    });
    const checkIn = v.ok('desk.checkIn', { clientId: v.zhang.id }, v.as('reception'));
    expect(inTransaction).toBe(false);
    const tags = sent(v.events, 'view:desk.tagsOut');
    expect(tags.get('desk-consultant')).toEqual(v.ok('desk.tagsOut', undefined, 'desk-consultant'));

    const from = v.events.length;
    // Rolled back (AppError): checked in already.
    expect(v.call('desk.checkIn', { clientId: v.zhang.id }, v.as('reception')).ok).toBe(false);
    // Refused but kept (Denied): a wrong manager PIN on a void.
    const charge = v.ok(
      'desk.addCharge',
      { checkInId: checkIn.checkIn.id, itemId: v.water.id, quantity: 1 },
      v.as('reception'),
    );
    const mid = v.events.length;
    const denied = v.call(
      'desk.voidCharge',
      {
        chargeId: charge.id,
        managerUsername: STAFF.duty.username,
        managerPin: '0000',
        reason: '点错了',
      },
      v.as('reception'),
    );
    expect(denied.ok).toBe(false);
    expect(v.events.slice(mid).filter((e) => e.event.startsWith('view:'))).toEqual([]);
    // Between the two refusals, the charge that did commit was pushed.
    expect(sent(v.events, 'view:desk.tagsOut', from).size).toBeGreaterThan(0);
  });

  it('skip locked windows and write no audit rows of their own', () => {
    const v = frontDesk();
    v.ok('auth.lock', undefined, v.as('consultant'));
    const audit = () => v.count('audit_log');
    const before = audit();
    const from = v.events.length;
    v.ok('desk.checkIn', { clientId: v.zhang.id }, v.as('reception'));
    expect(audit()).toBe(before + 1);
    expect(sent(v.events, 'view:desk.tagsOut', from).has('desk-consultant')).toBe(false);
    expect(sent(v.events, 'view:desk.tagsOut', from).has('desk-duty')).toBe(true);
  });

  it('cover every desk-side change: each mutation names its views or says it has none', () => {
    const desk =
      /^(desk|rotation|visitors|calls|messages|queue|shifts|shiftLog|handover|blockList)\./;
    const missing = channelNames.filter((name) => {
      const def = contract[name] as ChannelDef;
      return (
        desk.test(name) && def.audit && !(name in REFRESHES) && !CHANGES_NO_LIVE_VIEW.includes(name)
      );
    });
    expect(missing).toEqual([]);
    for (const view of LIVE_VIEWS) expect((contract[view] as ChannelDef).audit).toBe(false);
  });

  it('every event name passes the preload, which lets only contract-shaped names through', () => {
    const preload = readFileSync(join(__dirname, '../../electron/preload/index.ts'), 'utf8');
    const source = /const EVENT = \/(.+)\/;/.exec(preload)![1]!;
    for (const name of eventNames) expect(name).toMatch(new RegExp(source));
  });
});

describe('notices for the people concerned', () => {
  it('a visitor assigned or passed on goes to that consultant only', () => {
    const v = receptionDesk();
    v.signIn('liu', 'chen');
    v.login('chenjing', '2468', 'desk-chen');
    const from = v.events.length;
    const r = v.ok('visitors.register', { name: '王女士', scenario: 'A' }, v.desk);
    expect([...sent(v.events, 'notice.raised', from)]).toEqual([
      [
        'desk-consultant',
        {
          kind: 'visitorAssigned',
          visitorId: r.visitor.id,
          visitorName: '王女士',
          passedOn: false,
        },
      ],
    ]);

    v.clock.advance(3 * 60_000);
    v.wake();
    const mid = v.events.length;
    v.ok('visitors.passOn', { visitorId: r.visitor.id, reason: 'timeout' }, v.desk);
    expect([...sent(v.events, 'notice.raised', mid)]).toEqual([
      [
        'desk-chen',
        { kind: 'visitorAssigned', visitorId: r.visitor.id, visitorName: '王女士', passedOn: true },
      ],
    ]);
  });

  it('a message goes to its recipient; a note for the next shift raises none', () => {
    const v = receptionDesk();
    const from = v.events.length;
    const m = v.ok('messages.send', { toStaffId: v.ids.liu, body: '请回电' }, v.desk);
    v.ok('messages.send', { toStaffId: null, body: '下一班：补货' }, v.desk);
    expect([...sent(v.events, 'notice.raised', from)]).toEqual([
      ['desk-consultant', { kind: 'message', messageId: m.id, fromName: '王芳', byPhone: false }],
    ]);
  });

  it('a handover signed over goes to those who may sign as the incoming side', () => {
    const v = handoverDesk();
    const shift = shiftAtWork(v, 'reception', '早班');
    const from = v.events.length;
    const h = signOut(v, shift.id, 'reception');
    const notices = sent(v.events, 'notice.raised', from);
    // Not the outgoing receptionist, not a consultant (no role to sign).
    expect([...notices.keys()].sort()).toEqual(
      ['desk-duty', 'desk-supervisor', 'desk-admin', 'desk-admin2'].sort(),
    );
    expect(notices.get('desk-duty')).toEqual({
      kind: 'handoverWaiting',
      handoverId: h.id,
      businessDate: h.businessDate,
    });
  });
});
