import { describe, expect, it } from 'vitest';
import { STAFF } from '../helpers/clientFixtures';
import { frontDesk, LI_SI } from '../helpers/deskFixtures';
import type { Input } from '../../shared/contract';
import { withPrcCheckDigit } from '../../shared/domain/idNumber';
import { birthDateOf, isBirthday } from '../../electron/features/clients/clientViews';

describe('check-in (入场)', () => {
  it('checks a member in with the next free tag, records gender and shows the check-in card', () => {
    const v = frontDesk();
    const r = v.ok('desk.checkIn', { clientId: v.zhang.id }, v.as('reception'));
    expect(r.checkIn).toMatchObject({
      clientId: v.zhang.id,
      tagNumber: '1',
      gender: 'male',
      businessDate: '2026-11-22',
      checkedOutAt: null,
      overrideByName: null,
    });
    expect(r.summary).toMatchObject({ name: '张三', status: 'active' });
    expect(r.occupancy).toEqual({ onSite: 1, capacity: 0, atCapacity: false });
    const second = v.ok('desk.checkIn', { clientId: v.li.id }, v.as('reception'));
    expect(second.checkIn.tagNumber).toBe('2');
  });

  it('no double check-in: the second entry is a CONFLICT and writes nothing', () => {
    const v = frontDesk();
    v.ok('desk.checkIn', { clientId: v.zhang.id }, v.as('reception'));
    const before = v.count('check_ins');
    expect(v.call('desk.checkIn', { clientId: v.zhang.id }, v.as('consultant'))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'desk.alreadyIn' },
    });
    expect(v.count('check_ins')).toBe(before);
  });

  it('the database itself refuses a second open check-in or a second loan of a tag', () => {
    const v = frontDesk();
    const { checkIn } = v.ok('desk.checkIn', { clientId: v.zhang.id }, v.as('reception'));
    const insert = v.core.db!.prepare(
      `INSERT INTO check_ins (id, client_id, tag_number, gender, business_date, checked_in_at, checked_in_by)
       VALUES (?, ?, ?, 'male', '2026-11-22', 0, 'x')`,
    );
    expect(() => insert.run('dup-client', v.zhang.id, '99')).toThrow(/UNIQUE/);
    expect(() => insert.run('dup-tag', v.li.id, checkIn.tagNumber)).toThrow(/UNIQUE/);
  });

  it('no tag lent twice: a typed tag that is out is refused; typed free tags are used', () => {
    const v = frontDesk();
    v.ok('desk.checkIn', { clientId: v.zhang.id, tagNumber: '012' }, v.as('reception'));
    expect(
      v.call('desk.checkIn', { clientId: v.li.id, tagNumber: '12' }, v.as('reception')),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'desk.tagOut' } });
    expect(
      v.call('desk.checkIn', { clientId: v.li.id, tagNumber: '999' }, v.as('reception')),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { tagNumber: 'unknown' } },
    });
    expect(v.count('check_ins')).toBe(1);
    const li = v.ok('desk.checkIn', { clientId: v.li.id }, v.as('reception'));
    expect(li.checkIn.tagNumber).toBe('1');
  });

  it('the tag set and capacity are settings; the desk is told when the site is full', () => {
    const v = frontDesk();
    v.ok('settings.update', { handTags: '1-1', capacity: 1 }, 'desk-admin');
    const r = v.ok('desk.checkIn', { clientId: v.zhang.id }, v.as('reception'));
    expect(r.occupancy).toEqual({ onSite: 1, capacity: 1, atCapacity: true });
    expect(v.call('desk.checkIn', { clientId: v.li.id }, v.as('reception'))).toMatchObject({
      error: { code: 'CONFLICT', reason: 'desk.noFreeTag' },
    });
    expect(v.call('settings.update', { handTags: '9-1' }, 'desk-admin')).toMatchObject({
      error: { code: 'VALIDATION', fields: { handTags: expect.any(String) } },
    });
    expect(v.ok('desk.occupancy', undefined, v.as('reception'))).toEqual({
      onSite: 1,
      capacity: 1,
      atCapacity: true,
    });
  });

  it.each(['banned', 'frozen', 'unpaid'] as const)(
    'a %s member is refused without an override, naming the status, and the refusal is audited',
    (status) => {
      const v = frontDesk();
      v.ok(
        'clients.update',
        { id: v.zhang.id, version: 1, membershipStatus: status },
        v.as('supervisor'),
      );
      const r = v.call('desk.checkIn', { clientId: v.zhang.id }, v.as('reception'));
      expect(r).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', reason: 'desk.statusBlocked', fields: { status } },
      });
      expect(v.count('check_ins')).toBe(0);
      const audit = v.ok('audit.list', { action: 'desk.checkIn' }, 'desk-admin').rows;
      expect(audit[0]).toMatchObject({ outcome: 'failed', targetId: v.zhang.id });
    },
  );

  it('an expired card is refused too', () => {
    const v = frontDesk();
    v.ok(
      'clients.update',
      { id: v.li.id, version: 1, membershipExpiry: '2026-11-01' },
      v.as('duty'),
    );
    expect(v.call('desk.checkIn', { clientId: v.li.id }, v.as('reception'))).toMatchObject({
      error: { code: 'FORBIDDEN', reason: 'desk.statusBlocked', fields: { status: 'expired' } },
    });
  });

  it('a banned member is let in with a duty manager’s PIN and reason, recorded on the check-in', () => {
    const v = frontDesk();
    v.ok(
      'clients.update',
      { id: v.zhang.id, version: 1, membershipStatus: 'banned' },
      v.as('duty'),
    );
    const wrong = v.call(
      'desk.checkIn',
      { clientId: v.zhang.id, ...v.manager, overridePin: '0000', overrideReason: '已与店长确认' },
      v.as('reception'),
    );
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', reason: 'desk.overrideRefused' },
    });
    const receptionistOwn = v.call(
      'desk.checkIn',
      {
        clientId: v.zhang.id,
        overrideStaff: STAFF.reception.username,
        overridePin: STAFF.reception.pin,
        overrideReason: '已与店长确认',
      },
      v.as('reception'),
    );
    expect(receptionistOwn).toMatchObject({ error: { reason: 'desk.overrideRefused' } });
    expect(v.count('check_ins')).toBe(0);
    const incomplete = v.call(
      'desk.checkIn',
      { clientId: v.zhang.id, overrideStaff: STAFF.duty.username },
      v.as('reception'),
    );
    expect(incomplete).toMatchObject({
      error: {
        code: 'VALIDATION',
        fields: { overridePin: 'required', overrideReason: 'required' },
      },
    });

    const r = v.ok(
      'desk.checkIn',
      { clientId: v.zhang.id, ...v.manager, overrideReason: '已与店长确认，欠费今日补缴' },
      v.as('reception'),
    );
    expect(r.checkIn).toMatchObject({
      overrideByName: STAFF.duty.displayName,
      overrideReason: '已与店长确认，欠费今日补缴',
    });
    expect(v.rows('SELECT override_by FROM check_ins')).toEqual([
      { override_by: v.staffId('duty') },
    ]);
    const audit = v.ok('audit.list', { action: 'desk.checkIn' }, 'desk-admin').rows;
    const okRow = audit.find((a) => a.outcome === 'ok')!;
    expect(okRow.detail).toMatchObject({ overrideBy: v.staffId('duty'), status: 'banned' });
    // The log itself keeps ids, never the member's name (the audit screen resolves names
    // for those allowed to see them when it is read).
    const stored = JSON.stringify(v.rows('SELECT * FROM audit_log'));
    expect(stored).not.toContain('张三');
    expect(stored).not.toContain(STAFF.duty.pin);
    expect(JSON.stringify(audit)).not.toContain(STAFF.duty.pin);
  });

  it('desk lookup shows who is on site with their tag', () => {
    const v = frontDesk();
    v.ok('desk.checkIn', { clientId: v.zhang.id, tagNumber: '7' }, v.as('reception'));
    const found = v.ok('desk.lookup', { q: 'VIP-000' }, v.as('reception'));
    const byName = Object.fromEntries(found.map((e) => [e.summary.name, e.onSite]));
    expect(byName['张三']).toMatchObject({ tagNumber: '7' });
    expect(byName['李四']).toBeNull();
  });
});

describe('check-out (离场) and the tag board', () => {
  it('checks out by tag number, returns the tag, and the board empties', () => {
    const v = frontDesk();
    v.ok('desk.checkIn', { clientId: v.zhang.id }, v.as('reception'));
    v.clock.advance(90 * 60_000);
    expect(v.ok('desk.tagsOut', undefined, v.as('reception'))).toEqual([
      expect.objectContaining({ tagNumber: '1', memberName: '张三', openCharges: 0 }),
    ]);
    const out = v.ok('desk.checkOut', { tagNumber: '1' }, v.as('reception'));
    expect(out.checkIn.checkedOutAt).toBe(v.clock.ms);
    expect(v.ok('desk.tagsOut', undefined, v.as('reception'))).toEqual([]);
    expect(v.call('desk.checkOut', { checkInId: out.checkIn.id }, v.as('reception'))).toMatchObject(
      { error: { code: 'CONFLICT', reason: 'desk.alreadyOut' } },
    );
    expect(v.call('desk.checkOut', { tagNumber: '1' }, v.as('reception'))).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
    // The tag is free again, and the member may come back in.
    expect(v.ok('desk.checkIn', { clientId: v.li.id }, v.as('reception')).checkIn.tagNumber).toBe(
      '1',
    );
    v.ok('desk.checkIn', { clientId: v.zhang.id }, v.as('reception'));
  });

  it('check-out needs exactly one of checkInId and tagNumber', () => {
    const v = frontDesk();
    expect(v.call('desk.checkOut', {}, v.as('reception'))).toMatchObject({
      error: { code: 'VALIDATION', fields: { checkInId: expect.any(String) } },
    });
  });

  it('the evacuation list holds everyone on site with their tags', () => {
    const v = frontDesk();
    v.ok('desk.checkIn', { clientId: v.zhang.id }, v.as('reception'));
    v.ok('desk.checkIn', { clientId: v.li.id, tagNumber: '20' }, v.as('consultant'));
    expect(v.ok('desk.onSite', undefined, v.as('reception'))).toEqual([
      expect.objectContaining({ name: '张三', cardNumber: 'VIP-0001', tagNumber: '1' }),
      expect.objectContaining({ name: '李四', gender: 'female', tagNumber: '20' }),
    ]);
  });

  it('a lost tag is recorded, charged with the site’s fee, and taken out of service', () => {
    const v = frontDesk();
    v.ok('settings.update', { lostTagFeeCents: 5000 }, 'desk-admin');
    const { checkIn } = v.ok('desk.checkIn', { clientId: v.zhang.id }, v.as('reception'));
    const lost = v.ok(
      'desk.tagLost',
      { tagNumber: '1', reason: '会员在泳池丢失' },
      v.as('reception'),
    );
    expect(lost).toMatchObject({
      tagNumber: '1',
      outOfService: true,
      charge: { checkInId: checkIn.id, totalCents: 5000, state: 'open', name: '手牌遗失' },
    });
    expect(v.call('desk.checkOut', { checkInId: checkIn.id }, v.as('reception'))).toMatchObject({
      error: { reason: 'desk.unsettled' },
    });
    v.ok('desk.settle', { checkInId: checkIn.id, method: 'cash' }, v.as('reception'));
    v.ok('desk.checkOut', { checkInId: checkIn.id }, v.as('reception'));
    // Never handed out again until someone puts it back.
    expect(v.ok('desk.checkIn', { clientId: v.li.id }, v.as('reception')).checkIn.tagNumber).toBe(
      '2',
    );
    expect(
      v.call('desk.checkIn', { clientId: v.zhang.id, tagNumber: '1' }, v.as('reception')),
    ).toMatchObject({ error: { code: 'CONFLICT', reason: 'desk.tagOutOfService' } });
    expect(v.ok('desk.dayCounts', {}, v.as('reception')).tagsLost).toBe(1);
  });

  it('a tag lost from the drawer is recorded without a charge', () => {
    const v = frontDesk();
    v.ok('settings.update', { lostTagFeeCents: 5000 }, 'desk-admin');
    expect(v.ok('desk.tagLost', { tagNumber: '3', reason: '盘点时缺失' }, v.as('duty'))).toEqual({
      tagNumber: '3',
      outOfService: true,
      charge: null,
    });
    expect(
      v.call('desk.tagLost', { tagNumber: '3', reason: '再次登记' }, v.as('duty')),
    ).toMatchObject({
      error: { code: 'CONFLICT' },
    });
  });
});

describe('found tag (手牌找回)', () => {
  it('puts a lost tag back into service, audited, and lends it again', () => {
    const v = frontDesk();
    v.ok('desk.tagLost', { tagNumber: '1', reason: '盘点时缺失' }, v.as('duty'));
    expect(v.ok('desk.lostTags', undefined, v.as('reception'))).toEqual([
      { tagNumber: '1', lostAt: expect.any(Number) },
    ]);
    expect(v.ok('desk.tagFound', { tagNumber: '01' }, v.as('consultant'))).toMatchObject({
      tagNumber: '1',
    });
    expect(v.ok('desk.lostTags', undefined, v.as('reception'))).toEqual([]);
    expect(v.rows(`SELECT target_id FROM audit_log WHERE action = 'desk.tagFound'`)).toEqual([
      { target_id: '1' },
    ]);
    // The loss itself stays in the day's figures.
    expect(v.ok('desk.dayCounts', {}, v.as('reception')).tagsLost).toBe(1);
    const r = v.ok('desk.checkIn', { clientId: v.zhang.id }, v.as('reception'));
    expect(r.checkIn.tagNumber).toBe('1');
  });

  it('refuses a tag that is not lost; bad input writes nothing', () => {
    const v = frontDesk();
    const db = v.core.db!;
    const digest = () =>
      JSON.stringify(['hand_tags', 'audit_log'].map((t) => db.prepare(`SELECT * FROM ${t}`).all()));
    const before = digest();
    expect(v.call('desk.tagFound', { tagNumber: '2' }, v.as('reception'))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'desk.tagNotLost' },
    });
    for (const input of [{ tagNumber: '' }, {}, { tagNumber: '5000' }, { tagNumber: '1', x: 1 }])
      expect(v.core.dispatch('desk.tagFound', input, v.as('reception')).ok).toBe(false);
    const after = JSON.parse(digest()) as unknown[][];
    expect(after[0]).toEqual((JSON.parse(before) as unknown[][])[0]);
    expect(
      v.rows(
        `SELECT count(*) AS n FROM audit_log WHERE action = 'desk.tagFound' AND outcome = 'ok'`,
      ),
    ).toEqual([{ n: 0 }]);
  });
});

describe('the birthday alert at check-in (issue 11, item 10)', () => {
  // The desk's business date in these fixtures is 2026-11-22.
  const member = (name: string, card: string, extra: Partial<Input<'clients.create'>>) => ({
    ...LI_SI,
    name,
    phones: [],
    cardNumber: card,
    ...extra,
  });

  it('comes from the PRC ID when the file has no birthday, and the file wins when it has one', () => {
    const v = frontDesk();
    const fromId = v.ok(
      'clients.create',
      member('周一', 'VIP-0101', {
        idType: 'prcId',
        idNumber: withPrcCheckDigit('11010519901122123'),
      }),
      v.as('reception'),
    );
    const fromFile = v.ok(
      'clients.create',
      member('吴二', 'VIP-0102', { birthday: '1985-11-22' }),
      v.as('reception'),
    );
    const corrected = v.ok(
      'clients.create',
      member('郑三', 'VIP-0103', {
        birthday: '1991-05-01',
        idType: 'prcId',
        idNumber: withPrcCheckDigit('11010519911122123'),
      }),
      v.as('reception'),
    );
    const kinds = (id: string) =>
      v.ok('desk.checkIn', { clientId: id }, v.as('reception')).summary.alerts.map((a) => a.kind);
    expect(kinds(fromId.id)).toContain('birthday');
    expect(kinds(fromFile.id)).toContain('birthday');
    expect(kinds(corrected.id)).not.toContain('birthday');
    // 张三's ID says 7 March: no alert today.
    expect(kinds(v.zhang.id)).not.toContain('birthday');
  });

  it('an ID number of another kind is not read as a PRC ID', () => {
    expect(
      birthDateOf(
        { birthday: null, id_type: 'passport', id_number: '110105199011221234' },
        '2026-11-22',
      ),
    ).toBeNull();
  });

  it('someone born on 29 February is greeted on the 28th in a year without one', () => {
    expect(isBirthday('2000-02-29', '2027-02-28')).toBe(true);
    expect(isBirthday('2000-02-29', '2028-02-28')).toBe(false);
    expect(isBirthday('2000-02-29', '2028-02-29')).toBe(true);
    expect(isBirthday('2000-03-01', '2027-02-28')).toBe(false);
  });
});
