import { describe, expect, it } from 'vitest';
import type { Input } from '../../shared/contract';
import { DEFAULT_SERVICE_LEVELS } from '../../shared/domain/serviceLevel';
import { refreshCaseClock } from '../../electron/features/complaints/caseClock';
import { addEvent, at, caseRow, complaintDesk, seedCase } from '../helpers/complaintFixtures';

const OFFICE = { open: '09:00', close: '18:00' };
/** Monday to Friday 09:00–18:00; 2026-11-28 (Saturday) worked as a Monday (调休); 11-30 a holiday. */
const CALENDAR: Input<'serviceLevels.setCalendar'> = {
  weekly: [null, OFFICE, OFFICE, OFFICE, OFFICE, OFFICE, null],
  holidays: [{ day: '2026-11-30', name: '公司周年' }],
  makeUpWorkdays: [{ day: '2026-11-28', asWeekday: 1, name: '调休上班' }],
};
/** First response in 2 h and resolution in 12 h of opening hours, paused while waiting. */
const LEVEL = {
  firstResponseMinutes: 120,
  resolutionMinutes: 720,
  clock: 'opening' as const,
  pausesWhileWaiting: true,
};

function desk() {
  const v = complaintDesk(at('2026-11-27', 8));
  v.ok('serviceLevels.setCalendar', CALENDAR, v.as('admin'));
  v.ok(
    'serviceLevels.setLevel',
    { category: 'service', severity: 'normal', level: LEVEL },
    v.as('admin'),
  );
  return v;
}

describe('service levels: deadlines in opening hours', () => {
  it('across closed hours, a 调休 working Saturday, a Sunday and a holiday', () => {
    const v = desk();
    // Friday 17:00: one hour left that day, then the make-up Saturday.
    const id = seedCase(v.db(), { receivedAt: at('2026-11-27', 17), ownerId: v.staffId('duty') });
    expect(caseRow(v.db(), id)).toMatchObject({
      first_response_due: at('2026-11-28', 10),
      // Fri 1 h + Sat 9 h; Sunday closed, Monday a holiday; Tuesday 2 h.
      resolution_due: at('2026-12-01', 11),
    });
  });

  it('recomputes the open cases when the calendar changes', () => {
    const v = desk();
    const id = seedCase(v.db(), { receivedAt: at('2026-11-27', 17), ownerId: v.staffId('duty') });
    const settings = v.ok(
      'serviceLevels.setCalendar',
      { ...CALENDAR, makeUpWorkdays: [] },
      v.as('admin'),
    );
    expect(settings.calendar.makeUpWorkdays).toEqual([]);
    expect(settings.dayNames).toEqual({ '2026-11-30': '公司周年' });
    // Without the Saturday: Fri 1 h, then Tuesday (Monday is the holiday).
    expect(caseRow(v.db(), id).first_response_due).toBe(at('2026-12-01', 10));
    // And when the level changes: counted by the clock now.
    v.ok(
      'serviceLevels.setLevel',
      { category: 'service', severity: 'normal', level: { ...LEVEL, clock: 'clock' } },
      v.as('admin'),
    );
    expect(caseRow(v.db(), id).first_response_due).toBe(at('2026-11-27', 19));
    const audit = v
      .db()
      .prepare("SELECT detail FROM audit_log WHERE action = 'serviceLevels.setLevel' ORDER BY seq")
      .pluck()
      .all() as string[];
    expect(JSON.parse(audit.at(-1)!)).toMatchObject({ category: 'service', refreshed: 1 });
  });

  it('pauses while waiting for the client and resumes where it stood', () => {
    const v = desk();
    const db = v.db();
    const id = seedCase(db, { receivedAt: at('2026-11-27', 17), ownerId: v.staffId('duty') });
    addEvent(db, id, at('2026-11-27', 17, 30), 'state', 'waitingForClient', v.staffId('duty'));
    refreshCaseClock(db, id);
    expect(caseRow(db, id).first_response_due).toBe(null);
    addEvent(db, id, at('2026-11-28', 9, 30), 'state', 'responded', v.staffId('duty'));
    refreshCaseClock(db, id);
    // 30 min on Friday, then 90 min from 09:30 on the make-up Saturday.
    expect(caseRow(db, id).first_response_due).toBe(at('2026-11-28', 11));
  });

  it("removing a category's level falls back to '*'; removing '*' brings the default back", () => {
    const v = desk();
    const admin = v.as('admin');
    const star = { ...LEVEL, firstResponseMinutes: 300, resolutionMinutes: 900 };
    v.ok('serviceLevels.setLevel', { category: '*', severity: 'normal', level: star }, admin);
    let s = v.ok('serviceLevels.setLevel', { category: 'service', severity: 'normal' }, admin);
    expect(s.levels.find((l) => l.category === 'service')).toBeUndefined();
    expect(s.levels.find((l) => l.category === '*' && l.severity === 'normal')).toMatchObject(star);
    s = v.ok('serviceLevels.setLevel', { category: '*', severity: 'normal' }, admin);
    expect(s.levels.find((l) => l.category === '*' && l.severity === 'normal')).toMatchObject(
      DEFAULT_SERVICE_LEVELS.normal,
    );
    expect(v.ok('serviceLevels.get', undefined, v.as('reception')).levels).toEqual(s.levels);
  });
});

describe('service settings: who and what', () => {
  it('only the admin changes them', () => {
    const v = desk();
    for (const who of ['reception', 'duty', 'supervisor'] as const) {
      const r = v.call('serviceLevels.setCalendar', CALENDAR, v.as(who));
      expect(r.ok ? null : r.error.code).toBe('FORBIDDEN');
    }
  });

  it('a day listed twice, or a chain naming someone not active, is refused on its field', () => {
    const v = desk();
    const admin = v.as('admin');
    const twice = v.call(
      'serviceLevels.setCalendar',
      { ...CALENDAR, holidays: [...CALENDAR.holidays, { day: '2026-11-28' }] },
      admin,
    );
    expect(twice.ok ? null : twice.error).toMatchObject({
      code: 'VALIDATION',
      fields: { 'makeUpWorkdays.0.day': 'listed twice' },
    });
    const consultant = v.staffId('consultant');
    v.ok('staff.setActive', { id: consultant, active: false }, admin);
    const chain = v.call(
      'serviceLevels.setChain',
      {
        chain: [
          { to: { role: 'dutyManager' }, watches: 'firstResponseDue', offsetMinutes: -30 },
          { to: { staffId: consultant }, watches: 'resolutionDue', offsetMinutes: 0 },
        ],
      },
      admin,
    );
    expect(chain.ok ? null : chain.error).toMatchObject({
      code: 'VALIDATION',
      fields: { 'chain.1.to.staffId': 'not an active staff member' },
    });
    // Nothing was written by the refused calls.
    expect(v.ok('serviceLevels.get', undefined, admin).chain).toHaveLength(3);
  });

  it('a new chain moves the next escalation of open cases', () => {
    const v = desk();
    const id = seedCase(v.db(), { receivedAt: at('2026-11-27', 17), ownerId: v.staffId('duty') });
    expect(caseRow(v.db(), id).next_level_at).toBe(at('2026-11-28', 9));
    const s = v.ok(
      'serviceLevels.setChain',
      {
        chain: [
          { to: { staffId: v.staffId('supervisor') }, watches: 'resolutionDue', offsetMinutes: 0 },
        ],
      },
      v.as('admin'),
    );
    expect(s.chain).toEqual([
      { to: { staffId: v.staffId('supervisor') }, watches: 'resolutionDue', offsetMinutes: 0 },
    ]);
    expect(caseRow(v.db(), id).next_level_at).toBe(at('2026-12-01', 11));
  });
});
