import { describe, expect, it } from 'vitest';
import { MINUTE_MS } from '../../shared/domain/time';
import type { Db } from '../../electron/db/types';
import { deskWithStaff } from '../helpers/clientFixtures';

function digest(db: Db): string {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
    .pluck()
    .all() as string[];
  return JSON.stringify(tables.map((t) => db.prepare(`SELECT * FROM "${t}"`).all()));
}

function hall() {
  const v = deskWithStaff();
  const desk = v.as('reception');
  const take = (input: Parameters<typeof v.ok<'queue.take'>>[1] = {}) =>
    v.ok('queue.take', input, desk);
  const list = () => v.ok('queue.list', undefined, desk);
  const levels = () => list().tickets.map((t) => `${t.number}:${t.level}`);
  return { ...v, desk, take, list, levels };
}

describe('waiting queue (排队叫号)', () => {
  it('numbers tickets 1, 2, 3… per business day and starts again at 1 the next day', () => {
    const v = hall();
    const first = v.take({ name: '王女士', phone: '13900001111', purpose: '挂号咨询' });
    expect(first).toMatchObject({
      number: 1,
      status: 'waiting',
      name: '王女士',
      phoneMasked: '139****1111',
      purpose: '挂号咨询',
      takenAt: v.clock.ms,
      level: 'ok',
    });
    expect(JSON.stringify(first)).not.toContain('13900001111');
    expect(v.take().number).toBe(2);
    expect(v.take({}).number).toBe(3);

    v.clock.advance(24 * 60 * MINUTE_MS);
    v.wake();
    const nextDay = v.take();
    expect(nextDay.number).toBe(1);
    expect(nextDay.businessDate).not.toBe(first.businessDate);
    // Yesterday's leftovers stay in the list, oldest first, until the desk resolves them.
    expect(v.list().tickets.map((t) => [t.businessDate, t.number])).toEqual([
      [first.businessDate, 1],
      [first.businessDate, 2],
      [first.businessDate, 3],
      [nextDay.businessDate, 1],
    ]);
  });

  it('prompts at 5 minutes (请接待) and 15 minutes (请上报), computed in main', () => {
    const v = hall();
    const t = v.take();
    expect(t.attendAt).toBe(t.takenAt + 5 * MINUTE_MS);
    expect(t.escalateAt).toBe(t.takenAt + 15 * MINUTE_MS);
    v.clock.advance(5 * MINUTE_MS - 1);
    expect(v.levels()).toEqual(['1:ok']);
    const l = v.list();
    expect(l).toMatchObject({ now: v.clock.ms, attendMinutes: 5, escalateMinutes: 15 });
    expect(l.tickets[0]!.waitedMs).toBe(5 * MINUTE_MS - 1);
    v.clock.advance(1);
    expect(v.levels()).toEqual(['1:attend']);
    v.clock.advance(10 * MINUTE_MS - 1);
    expect(v.levels()).toEqual(['1:attend']);
    v.clock.advance(1);
    expect(v.levels()).toEqual(['1:escalate']);
  });

  it('respects the settings for both prompts', () => {
    const v = hall();
    expect(v.ok('settings.get', undefined, v.desk)).toMatchObject({
      queueAttendMinutes: 5,
      queueEscalateMinutes: 15,
    });
    v.ok('settings.update', { queueAttendMinutes: 2, queueEscalateMinutes: 4 }, 'desk-admin');
    const t = v.take();
    expect(t.escalateAt - t.takenAt).toBe(4 * MINUTE_MS);
    v.clock.advance(2 * MINUTE_MS);
    expect(v.levels()).toEqual(['1:attend']);
    v.clock.advance(2 * MINUTE_MS);
    expect(v.levels()).toEqual(['1:escalate']);
    expect(v.call('settings.update', { queueAttendMinutes: 0 }, 'desk-admin')).toMatchObject({
      error: { code: 'VALIDATION', fields: { queueAttendMinutes: expect.any(String) } },
    });
  });

  it('calls the next waiting ticket, skipping called, served and left ones', () => {
    const v = hall();
    const [a, b, c, d] = [v.take(), v.take(), v.take(), v.take()];
    v.clock.advance(3 * MINUTE_MS);
    const first = v.ok('queue.call', { counter: '2' }, v.desk);
    expect(first).toMatchObject({
      id: a.id,
      status: 'called',
      counter: '2',
      calledAt: v.clock.ms,
      calledByName: '王芳',
      waitedMs: 3 * MINUTE_MS,
    });
    v.ok('queue.serve', { ticketId: b.id }, v.desk);
    v.ok('queue.left', { ticketId: c.id }, v.desk);
    expect(v.ok('queue.call', undefined, v.desk).id).toBe(d.id);
    expect(v.call('queue.call', {}, v.desk)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'queue.empty' },
    });
    // A called ticket's wait stops at the call: it never turns to 请上报 afterwards.
    v.clock.advance(30 * MINUTE_MS);
    expect(v.list().tickets.map((t) => [t.number, t.status, t.level])).toEqual([
      [1, 'called', 'ok'],
      [4, 'called', 'ok'],
    ]);
    // A named ticket must still be waiting.
    expect(v.call('queue.call', { ticketId: a.id }, v.desk)).toMatchObject({
      error: { code: 'CONFLICT', reason: 'queue.notWaiting' },
    });
  });

  it('serve and left close a ticket once, audited with ids and codes only', () => {
    const v = hall();
    const t = v.take({ name: '李先生', phone: '13700002222' });
    v.ok('queue.call', { ticketId: t.id, counter: 'A' }, v.desk);
    v.clock.advance(MINUTE_MS);
    const served = v.ok('queue.serve', { ticketId: t.id }, v.desk);
    expect(served).toMatchObject({ status: 'served', servedAt: v.clock.ms });
    expect(v.call('queue.serve', { ticketId: t.id }, v.desk)).toMatchObject({
      error: { code: 'CONFLICT', reason: 'queue.closed' },
    });
    expect(v.call('queue.left', { ticketId: t.id }, v.desk)).toMatchObject({
      error: { code: 'CONFLICT', reason: 'queue.closed' },
    });
    expect(v.call('queue.serve', { ticketId: 'nope' }, v.desk)).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
    expect(v.list().tickets).toEqual([]);

    const rows = v.core
      .db!.prepare("SELECT action, detail FROM audit_log WHERE action LIKE 'queue.%'")
      .all() as { action: string; detail: string | null }[];
    expect(rows.map((r) => r.action)).toEqual(['queue.take', 'queue.call', 'queue.serve']);
    const text = JSON.stringify(rows);
    expect(text).not.toContain('李先生');
    expect(text).not.toContain('13700002222');
  });

  it('day counts: taken, served, left, average and p90 wait', () => {
    const v = hall();
    const waits = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const tickets = waits.map(() => v.take());
    v.take(); // still waiting: no wait counted yet
    // Ticket i is called after waits[i] minutes: advance so each call lands at its wait.
    let elapsed = 0;
    tickets.forEach((t, i) => {
      v.clock.advance(waits[i]! * MINUTE_MS - elapsed);
      elapsed = waits[i]! * MINUTE_MS;
      v.ok('queue.call', { ticketId: t.id }, v.desk);
      if (i < 8) v.ok('queue.serve', { ticketId: t.id }, v.desk);
      else v.ok('queue.left', { ticketId: t.id }, v.desk);
    });
    const gone = v.take();
    v.ok('queue.left', { ticketId: gone.id }, v.desk);
    const counts = v.ok('queue.dayCounts', undefined, v.desk);
    expect(counts).toMatchObject({
      businessDate: tickets[0]!.businessDate,
      taken: 12,
      served: 8,
      left: 3,
      open: 1,
      averageWaitMs: 5.5 * MINUTE_MS,
      p90WaitMs: 9 * MINUTE_MS,
    });
    expect(v.ok('queue.dayCounts', { businessDate: '2020-01-01' }, v.desk)).toEqual({
      businessDate: '2020-01-01',
      taken: 0,
      served: 0,
      left: 0,
      open: 0,
      averageWaitMs: null,
      p90WaitMs: null,
    });
  });

  it('bad input writes nothing; consultants may not use the queue', () => {
    const v = hall();
    const t = v.take();
    const before = digest(v.core.db!);
    const bad: [Parameters<typeof v.call>[0], unknown][] = [
      ['queue.take', { name: '' }],
      ['queue.take', { phone: 'abc' }],
      ['queue.take', { name: '王', extra: 1 }],
      ['queue.call', { counter: 'x'.repeat(21) }],
      ['queue.call', { ticketId: 5 }],
      ['queue.serve', {}],
      ['queue.left', { ticketId: t.id, reason: 'x' }],
      ['queue.dayCounts', { businessDate: '2026-13-01' }],
    ];
    for (const [channel, input] of bad)
      expect(v.call(channel, input as never, v.desk), channel).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    expect(digest(v.core.db!)).toBe(before);
    expect(v.call('queue.take', {}, v.as('consultant'))).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    expect(v.core.db!.prepare('SELECT count(*) FROM queue_tickets').pluck().get()).toBe(1);
  });
});
