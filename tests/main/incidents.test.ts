import { describe, expect, it } from 'vitest';
import type { Input } from '../../shared/contract';
import { STAFF } from '../helpers/clientFixtures';
import { handoverDesk } from '../helpers/handoverFixtures';
import { localTime, shiftAtWork } from '../helpers/shiftFixtures';

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
function png(bytes: number): string {
  const body = Buffer.alloc(bytes, 0x5a);
  Buffer.from(PNG_MAGIC).copy(body);
  return `data:image/png;base64,${body.toString('base64')}`;
}
const SIGNATURE = png(2_000);

function desk() {
  const v = handoverDesk(localTime(10, 0));
  const injury = (extra: Partial<Input<'incidents.record'>> = {}): Input<'incidents.record'> => ({
    kind: 'injury',
    clientId: v.members.female[0],
    occurredAt: localTime(9, 50),
    place: '器械区',
    whatHappened: '做深蹲时腰部扭伤，无法起身',
    injury: '腰部扭伤',
    firstAid: '教练冰敷，扶至休息区',
    hospitalEscort: true,
    hospital: '市第一人民医院',
    costsCents: 35_000,
    memberDemands: '希望报销检查费用',
    witnesses: '教练刘洋',
    staffInvolved: '王芳',
    ...extra,
  });
  return { ...v, injury };
}

describe('incident reports (突发事件报告)', () => {
  it('records a member from the file into the shift log of the shift at work, numbered by day', () => {
    const v = desk();
    const shift = shiftAtWork(v);
    const r = v.ok('incidents.record', v.injury(), v.as('reception'));
    expect(r).toMatchObject({
      number: 'SJ-20261122-01',
      personName: '李娜',
      memberCard: 'HV-1',
      gender: 'female',
      phone: '13700000001',
      injured: true,
      hospitalEscort: true,
      costsCents: 35_000,
      shiftName: shift.name,
      recordedByName: STAFF.reception.displayName,
      signed: false,
    });
    const entry = v
      .db()
      .prepare('SELECT shift_id, category, body FROM log_entries WHERE id = ?')
      .get(r.logEntryId) as { shift_id: string; category: string; body: string };
    expect(entry).toEqual({
      shift_id: shift.id,
      category: 'incident',
      body: 'SJ-20261122-01 · 李娜 · 器械区: 做深蹲时腰部扭伤，无法起身',
    });
    const second = v.ok('incidents.record', v.injury({ kind: 'other' }), v.as('duty'));
    expect(second.number).toBe('SJ-20261122-02');
  });

  it('saves the report with no shift at work, without a log entry', () => {
    const v = desk();
    const r = v.ok(
      'incidents.record',
      v.injury({ clientId: undefined, personName: '访客陈女士', gender: 'female', age: 34 }),
      v.as('reception'),
    );
    expect(r).toMatchObject({ personName: '访客陈女士', clientId: null, age: 34, shiftName: null });
    expect(r.logEntryId).toBeNull();
    expect(v.count('log_entries')).toBe(0);
    expect(v.ok('incidents.list', undefined, v.as('reception')).total).toBe(1);
  });

  it('takes only the name and card of a restricted file for those who may not open it', () => {
    const v = desk();
    v.ok(
      'clients.setSecrecy',
      { id: v.members.male[0]!, level: 'confidential', until: null, reason: '公众人物' },
      v.as('supervisor'),
    );
    const r = v.ok(
      'incidents.record',
      v.injury({ clientId: v.members.male[0] }),
      v.as('reception'),
    );
    expect(r).toMatchObject({ personName: '张强', memberCard: 'HV-4', phone: null });
    const bySupervisor = v.ok(
      'incidents.record',
      v.injury({ clientId: v.members.male[0] }),
      v.as('supervisor'),
    );
    expect(bySupervisor.phone).toBe('13700000004');
  });

  it('corrects an unsigned report field by field; the number stays', () => {
    const v = desk();
    const r = v.ok('incidents.record', v.injury(), v.as('reception'));
    const moved = v.ok(
      'incidents.update',
      { incidentId: r.id, personName: '访客陈女士', hospitalEscort: false, injury: '' },
      v.as('reception'),
    );
    expect(moved).toMatchObject({
      number: r.number,
      clientId: null,
      personName: '访客陈女士',
      memberCard: null,
      phone: null,
      gender: null,
      hospitalEscort: false,
      hospital: null,
      injury: null,
      injured: false,
    });
  });

  it('names every wrong field: person, hospital, a time in the future', () => {
    const v = desk();
    const r = v.call(
      'incidents.record',
      v.injury({ clientId: undefined, hospital: '', occurredAt: localTime(12, 0) }),
      v.as('reception'),
    );
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: { personName: 'required', hospital: 'required', occurredAt: 'in the future' },
      },
    });
    const bad = v.call('incidents.record', { ...v.injury(), place: ' ' }, v.as('reception'));
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(Object.keys((bad as { error: { fields: object } }).error.fields)).toContain('place');
    expect(v.count('incidents')).toBe(0);
  });

  it('freezes the facts at the signature; a duty manager still settles costs and opinion', () => {
    const v = desk();
    const r = v.ok('incidents.record', v.injury(), v.as('reception'));
    const edited = v.ok(
      'incidents.update',
      { incidentId: r.id, injury: '腰部扭伤，轻度' },
      v.as('reception'),
    );
    expect(edited.injury).toBe('腰部扭伤，轻度');
    const tooSmall = v.call(
      'incidents.sign',
      { incidentId: r.id, signerName: '李娜', signatureDataUrl: png(100) },
      v.as('reception'),
    );
    expect(tooSmall).toMatchObject({ ok: false, error: { fields: { signatureDataUrl: 'blank' } } });
    const signed = v.ok(
      'incidents.sign',
      { incidentId: r.id, signerName: '李娜', signatureDataUrl: SIGNATURE },
      v.as('reception'),
    );
    expect(signed).toMatchObject({ signed: true, signerName: '李娜', signatureDataUrl: SIGNATURE });
    expect(
      v.call('incidents.update', { incidentId: r.id, place: '泳池' }, v.as('duty')),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'incidents.signed', fields: { place: 'signed' } },
    });
    expect(
      v.call('incidents.update', { incidentId: r.id, costsCents: 1 }, v.as('reception')),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const settled = v.ok(
      'incidents.update',
      { incidentId: r.id, costsCents: 52_000, handlingOpinion: '公司承担检查费' },
      v.as('duty'),
    );
    expect(settled).toMatchObject({ costsCents: 52_000, handlingOpinion: '公司承担检查费' });
    // Even past the channels, the table keeps what was signed.
    expect(() =>
      v.db().prepare("UPDATE incidents SET injury = 'x' WHERE id = ?").run(r.id),
    ).toThrow(/signed/);
    expect(
      v.call(
        'incidents.sign',
        { incidentId: r.id, signerName: '李娜', signatureDataUrl: SIGNATURE },
        v.as('reception'),
      ),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('schedules a follow-up call on the call list, with the phone of the report', () => {
    const v = desk();
    const r = v.ok('incidents.record', v.injury(), v.as('reception'));
    expect(
      v.call(
        'incidents.scheduleFollowUp',
        { incidentId: r.id, dueDay: '2026-11-21' },
        v.as('duty'),
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { dueDay: 'in the past' } },
    });
    const withCall = v.ok(
      'incidents.scheduleFollowUp',
      { incidentId: r.id, dueDay: '2026-11-23' },
      v.as('duty'),
    );
    expect(withCall.followUps).toMatchObject([
      { dueDay: '2026-11-23', assignedName: STAFF.duty.displayName, phone: '13700000001' },
    ]);
    const row = v
      .db()
      .prepare('SELECT incident_id, client_id, plan_id FROM follow_up_calls')
      .get() as Record<string, unknown>;
    expect(row).toEqual({ incident_id: r.id, client_id: v.members.female[0], plan_id: null });
  });

  it('counts in the handover figures and lists once among its anomalies', () => {
    const v = desk();
    const shift = shiftAtWork(v);
    const r = v.ok('incidents.record', v.injury(), v.as('reception'));
    v.ok('shiftLog.add', { category: 'incident', body: '前台玻璃门破裂' }, v.as('reception'));
    v.ok(
      'incidents.record',
      v.injury({ kind: 'property', injury: '', hospitalEscort: false, costsCents: 5_000 }),
      v.as('reception'),
    );
    const draft = v.ok('handover.prepare', { shiftId: shift.id }, v.as('reception'));
    expect(draft.content.figures.incidents).toEqual({
      count: 2,
      injuries: 1,
      hospitalEscorts: 1,
      costsCents: 40_000,
    });
    const kinds = draft.content.anomalies.map((a) => [a.kind, a.incidentId ?? null]);
    expect(kinds.filter(([k]) => k === 'incident')).toHaveLength(2);
    expect(kinds).toContainEqual(['incident', r.id]);
    expect(kinds.filter(([k]) => k === 'logEntry')).toEqual([['logEntry', null]]);
    expect(draft.content.anomalies.find((a) => a.incidentId === r.id)?.text).toBe(
      'SJ-20261122-01 李娜 · 器械区: 腰部扭伤',
    );
  });
});
