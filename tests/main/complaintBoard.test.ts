import { describe, expect, it } from 'vitest';
import { BOARD_SQL } from '../../electron/features/complaints/boardQueries';
import { deadlineStateOf, SUMMARY_SQL } from '../../electron/features/complaints/boardSummary';
import { mondayOf, rank } from '../../electron/features/complaints/boardTimes';
import { refreshCaseClock } from '../../electron/features/complaints/caseClock';
import type { Db } from '../../electron/db/types';
import { addEvent, at, complaintDesk, HOUR, MINUTE, seedCase } from '../helpers/complaintFixtures';

const TODAY = '2026-11-23';
const NOW = at(TODAY, 15);

function call(db: Db, row: Record<string, string | number | null>) {
  const cols = Object.keys(row);
  db.prepare(
    `INSERT INTO follow_up_calls (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`,
  ).run(row);
}

/** A case responded and closed: its times count, it is no longer on the board's open side. */
function closedCase(
  db: Db,
  owner: string,
  received: number,
  respondMin: number,
  resolveMin: number,
) {
  const id = seedCase(db, { receivedAt: received, ownerId: owner });
  const responded = received + respondMin * MINUTE;
  const resolved = received + resolveMin * MINUTE;
  addEvent(db, id, responded, 'state', 'responded', owner);
  addEvent(db, id, resolved, 'state', 'resolved', owner);
  addEvent(db, id, resolved + HOUR, 'state', 'closed', owner);
  db.prepare(
    'UPDATE complaints SET responded_at = ?, resolved_at = ?, closed_at = ? WHERE id = ?',
  ).run(responded, resolved, resolved + HOUR, id);
  refreshCaseClock(db, id);
  return id;
}

/**
 * Cases counted by the clock (first response 2 h, resolution 8 h): one overdue, one due
 * soon, one escalated, one reopened, two closed with known times; follow-up calls of every
 * kind around today.
 */
function boardDesk() {
  const v = complaintDesk(NOW);
  const level = {
    firstResponseMinutes: 120,
    resolutionMinutes: 480,
    clock: 'clock' as const,
    pausesWhileWaiting: true,
  };
  v.ok('serviceLevels.setLevel', { category: '*', severity: 'normal', level }, v.as('admin'));
  const db = v.db();
  const desk = v.staffId('reception');
  const consultant = v.staffId('consultant');
  const overdue = seedCase(db, { receivedAt: at(TODAY, 10), ownerId: desk });
  const dueSoon = seedCase(db, {
    receivedAt: at(TODAY, 13, 10),
    ownerId: desk,
    category: 'hygiene',
  });
  const escalated = seedCase(db, { receivedAt: at(TODAY, 14, 30), ownerId: consultant });
  db.prepare('UPDATE complaints SET level = 1 WHERE id = ?').run(escalated);
  const reopened = seedCase(db, { receivedAt: at(TODAY, 14), ownerId: consultant });
  db.prepare('UPDATE complaints SET reopened_count = 1 WHERE id = ?').run(reopened);
  const e1 = closedCase(db, desk, at('2026-11-20', 10), 30, 120);
  closedCase(db, desk, at('2026-11-21', 10), 60, 300);
  // Outside the 30 days: not in the times.
  closedCase(db, desk, at('2026-09-01', 10), 600, 900);
  const base = { complaint_id: e1, created_at: NOW };
  const done = (id: string, day: string, score: number | null, outcome = 'reached') => ({
    ...base,
    id,
    due_day: day,
    outcome,
    score,
    done_at: at(day, 11),
    done_day: day,
  });
  call(db, done('c1', '2026-11-19', 2));
  call(db, done('c2', '2026-11-20', 4));
  call(db, done('c3', '2026-11-12', 5));
  call(db, done('c4', TODAY, null, 'noAnswer'));
  call(db, { ...base, id: 'c5', due_day: TODAY });
  call(db, { ...base, id: 'c6', due_day: '2026-11-20' });
  call(db, { ...base, id: 'c7', due_day: '2026-11-22', dropped_at: at(TODAY, 11) });
  call(db, { ...base, id: 'c8', due_day: '2026-11-21', dropped_at: at('2026-11-22', 11) });
  return { v, db, overdue, dueSoon, escalated, reopened };
}

describe('complaints.board', () => {
  it('counts, the attention list in order, by owner and by category', () => {
    const { v, overdue, dueSoon, escalated } = boardDesk();
    const b = v.ok('complaints.board', undefined, v.as('duty'));
    expect(b.counts).toEqual({ open: 4, dueSoon: 1, overdue: 1, escalated: 1, reopened: 1 });
    expect(b.attention.map((a) => [a.id, a.deadlineState])).toEqual([
      [overdue, 'overdue'],
      [dueSoon, 'dueSoon'],
      [escalated, 'onTime'],
    ]);
    expect(b.attention[0]).toMatchObject({ ownerName: '王芳', clientName: '李女士', level: 0 });
    expect(b.byOwner).toEqual([
      { key: v.staffId('reception'), label: '王芳', open: 2, overdue: 1 },
      { key: v.staffId('consultant'), label: '刘洋', open: 2, overdue: 0 },
    ]);
    expect(b.byCategory).toEqual([
      { key: 'service', label: 'service', open: 3, overdue: 1 },
      { key: 'hygiene', label: 'hygiene', open: 1, overdue: 0 },
    ]);
  });

  it('response and resolution times of the last 30 days, satisfaction per week, calls today', () => {
    const { v } = boardDesk();
    const b = v.ok('complaints.board', undefined, v.as('supervisor'));
    expect(b.responseMinutes).toEqual({ median: 30, p90: 60, count: 2 });
    expect(b.resolutionMinutes).toEqual({ median: 120, p90: 300, count: 2 });
    expect(b.satisfaction).toHaveLength(8);
    expect(b.satisfaction.at(-1)).toEqual({ week: '2026-11-23', average: null, count: 0 });
    expect(b.satisfaction.at(-2)).toEqual({ week: '2026-11-16', average: 3, count: 2 });
    expect(b.satisfaction.at(-3)).toEqual({ week: '2026-11-09', average: 5, count: 1 });
    // due: c5; done: c4 (no answer is a call made); missed: c6 still open, c7 given up today.
    expect(b.followUpsToday).toEqual({ due: 1, done: 1, missed: 2 });
  });

  it('times count opening hours when the level does', () => {
    const { v } = boardDesk();
    v.ok(
      'serviceLevels.setCalendar',
      {
        weekly: Array.from({ length: 7 }, () => ({ open: '09:00', close: '11:00' })),
        holidays: [],
        makeUpWorkdays: [],
      },
      v.as('admin'),
    );
    v.ok(
      'serviceLevels.setLevel',
      {
        category: '*',
        severity: 'normal',
        level: {
          firstResponseMinutes: 120,
          resolutionMinutes: 480,
          clock: 'opening',
          pausesWhileWaiting: true,
        },
      },
      v.as('admin'),
    );
    // The closed cases keep the times counted when they happened (clock hours: 120, 300).
    expect(v.ok('complaints.board', undefined, v.as('admin')).resolutionMinutes).toEqual({
      median: 120,
      p90: 300,
      count: 2,
    });
    // A case closed under the new calendar: 10:00→15:00 with the desk open until 11:00.
    const late = closedCase(v.db(), v.staffId('reception'), at('2026-11-22', 10), 30, 300);
    const stored = v
      .db()
      .prepare('SELECT resolution_minutes FROM complaints WHERE id = ?')
      .pluck()
      .get(late);
    expect(stored).toBe(60);
    const b = v.ok('complaints.board', undefined, v.as('admin'));
    // Sorted 60, 120, 300: nearest-rank median 120.
    expect(b.resolutionMinutes).toEqual({ median: 120, p90: 300, count: 3 });
    expect(b.responseMinutes).toEqual({ median: 30, p90: 60, count: 3 });
  });

  it('is for duty managers and up', () => {
    const { v } = boardDesk();
    const r = v.call('complaints.board', undefined, v.as('reception'));
    expect(r.ok ? null : r.error.code).toBe('FORBIDDEN');
  });

  it('every statement reads through an index', () => {
    const { db } = boardDesk();
    db.exec('ANALYZE');
    const uses: Record<keyof typeof BOARD_SQL, RegExp> = {
      openCases: /complaints_open_due/,
      responded: /complaints_responded/,
      resolved: /complaints_resolved/,
      satisfaction: /follow_up_calls_done_day/,
      callsDue: /follow_up_calls_open/,
      callsDone: /follow_up_calls_done_day/,
      callsOverdue: /follow_up_calls_open/,
      callsDropped: /follow_up_calls_dropped/,
      staffNames: /PRIMARY KEY|sqlite_autoindex_staff/,
    };
    for (const [name, sql] of Object.entries(BOARD_SQL)) {
      const args = (sql.match(/\?/g) ?? []).map(() =>
        name === 'history' || name === 'staffNames' ? '[]' : 0,
      );
      const plan = (
        db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]
      ).map((r) => r.detail);
      expect(plan.join(' | '), name).toMatch(uses[name as keyof typeof BOARD_SQL]);
      const scans = plan.filter((d) => /^SCAN /.test(d) && !/VIRTUAL TABLE|USING/.test(d));
      expect(scans, name).toEqual([]);
    }
    const lines = (
      db.prepare(`EXPLAIN QUERY PLAN ${SUMMARY_SQL}`).all('[]') as { detail: string }[]
    )
      .map((r) => r.detail)
      .join(' | ');
    expect(lines).toMatch(/SEARCH k USING INDEX sqlite_autoindex_complaints_1 \(id=\?\)/);
    expect(lines).not.toMatch(/SCAN (k|o|f|c)\b/);
  });
});

describe('board helpers', () => {
  it('deadline states: due soon is the last quarter of the time allowed, at most 2 h', () => {
    const c = { state: 'open', received_at: 0, responded_at: null, resolution_due: null };
    const due = 8 * HOUR;
    const open = { ...c, first_response_due: due };
    expect(deadlineStateOf(open, due - 2 * HOUR - 1)).toBe('onTime');
    expect(deadlineStateOf(open, due - 2 * HOUR)).toBe('dueSoon');
    expect(deadlineStateOf(open, due)).toBe('overdue');
    const short = { ...c, first_response_due: 60 * MINUTE };
    expect(deadlineStateOf(short, 44 * MINUTE)).toBe('onTime');
    expect(deadlineStateOf(short, 45 * MINUTE)).toBe('dueSoon');
    expect(deadlineStateOf({ ...c, state: 'waitingForClient', first_response_due: null }, 0)).toBe(
      'paused',
    );
    expect(deadlineStateOf({ ...open, state: 'resolved' }, due * 2)).toBe('done');
  });

  it('weeks start on Monday; ranks are nearest-rank', () => {
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(rank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(rank([], 50)).toBe(null);
  });
});
