import { describe, expect, it } from 'vitest';
import { STAFF } from '../helpers/clientFixtures';
import { frontDesk } from '../helpers/deskFixtures';

function withTag() {
  const v = frontDesk();
  const { checkIn } = v.ok(
    'desk.checkIn',
    { clientId: v.zhang.id, tagNumber: '12' },
    v.as('reception'),
  );
  return { ...v, checkIn };
}

describe('charges on a tag (水吧单)', () => {
  it('adds items by tag at the list price, in cents, and shows them on the board', () => {
    const v = withTag();
    const c = v.ok(
      'desk.addCharge',
      { tagNumber: '12', itemId: v.shake.id, quantity: 2 },
      v.as('reception'),
    );
    expect(c).toMatchObject({
      checkInId: v.checkIn.id,
      name: '蛋白奶昔',
      unitCents: 2800,
      quantity: 2,
      totalCents: 5600,
      state: 'open',
      addedByName: STAFF.reception.displayName,
    });
    v.ok(
      'desk.addCharge',
      { checkInId: v.checkIn.id, itemId: v.water.id, quantity: 1 },
      v.as('consultant'),
    );
    expect(v.ok('desk.tagsOut', undefined, v.as('reception'))[0]).toMatchObject({
      tagNumber: '12',
      openCharges: 2,
      openChargesCents: 5900,
    });
    // A later price change leaves the slip as written.
    v.ok(
      'desk.setPriceItem',
      { id: v.water.id, name: '矿泉水', priceCents: 400 },
      v.as('supervisor'),
    );
    expect(v.ok('desk.charges', { checkInId: v.checkIn.id }, v.as('reception'))[1]!.unitCents).toBe(
      300,
    );
  });

  it('unsettled charges block check-out until settled', () => {
    const v = withTag();
    v.ok('desk.addCharge', { tagNumber: '12', itemId: v.water.id, quantity: 3 }, v.as('reception'));
    const blocked = v.call('desk.checkOut', { tagNumber: '12' }, v.as('reception'));
    expect(blocked).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        reason: 'desk.unsettled',
        fields: { charges: '1', totalCents: '900' },
      },
    });
    expect(v.rows('SELECT checked_out_at FROM check_ins')).toEqual([{ checked_out_at: null }]);
    const settled = v.ok(
      'desk.settle',
      { checkInId: v.checkIn.id, method: 'mobile' },
      v.as('reception'),
    );
    expect(settled).toEqual([expect.objectContaining({ state: 'settled', method: 'mobile' })]);
    const out = v.ok('desk.checkOut', { tagNumber: '12' }, v.as('reception'));
    expect(out.charges).toEqual([expect.objectContaining({ state: 'settled', totalCents: 900 })]);
  });

  it('or left with a reason', () => {
    const v = withTag();
    v.ok('desk.addCharge', { tagNumber: '12', itemId: v.shake.id, quantity: 1 }, v.as('reception'));
    expect(
      v.call(
        'desk.settle',
        { checkInId: v.checkIn.id, method: 'cash', leaveReason: '两样都有' },
        v.as('reception'),
      ),
    ).toMatchObject({ error: { code: 'VALIDATION' } });
    expect(v.call('desk.settle', { checkInId: v.checkIn.id }, v.as('reception'))).toMatchObject({
      error: { code: 'VALIDATION', fields: { method: expect.any(String) } },
    });
    const left = v.ok(
      'desk.settle',
      { checkInId: v.checkIn.id, leaveReason: '会员明日来付' },
      v.as('reception'),
    );
    expect(left).toEqual([expect.objectContaining({ state: 'left', leftReason: '会员明日来付' })]);
    v.ok('desk.checkOut', { checkInId: v.checkIn.id }, v.as('reception'));
    // Charges go on open check-ins only.
    expect(
      v.call(
        'desk.addCharge',
        { checkInId: v.checkIn.id, itemId: v.water.id, quantity: 1 },
        v.as('reception'),
      ),
    ).toMatchObject({ error: { code: 'CONFLICT', reason: 'desk.alreadyOut' } });
  });

  it('voiding a slip needs a manager’s PIN; the receptionist’s own PIN is refused', () => {
    const v = withTag();
    const c = v.ok(
      'desk.addCharge',
      { tagNumber: '12', itemId: v.shake.id, quantity: 1 },
      v.as('reception'),
    );
    const ownPin = v.call(
      'desk.voidCharge',
      {
        chargeId: c.id,
        managerUsername: STAFF.reception.username,
        managerPin: STAFF.reception.pin,
        reason: '点错了',
      },
      v.as('reception'),
    );
    expect(ownPin).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', reason: 'desk.overrideRefused' },
    });
    const consultant = v.call(
      'desk.voidCharge',
      {
        chargeId: c.id,
        managerUsername: STAFF.consultant.username,
        managerPin: STAFF.consultant.pin,
        reason: '点错了',
      },
      v.as('reception'),
    );
    expect(consultant).toMatchObject({ error: { reason: 'desk.overrideRefused' } });
    const wrongPin = v.call(
      'desk.voidCharge',
      {
        chargeId: c.id,
        managerUsername: STAFF.supervisor.username,
        managerPin: '000000',
        reason: '点错了',
      },
      v.as('reception'),
    );
    expect(wrongPin).toMatchObject({ error: { reason: 'desk.overrideRefused' } });
    expect(v.rows('SELECT voided_at FROM tag_charges')).toEqual([{ voided_at: null }]);

    const voided = v.ok(
      'desk.voidCharge',
      {
        chargeId: c.id,
        managerUsername: STAFF.duty.username,
        managerPin: STAFF.duty.pin,
        reason: '点错了',
      },
      v.as('reception'),
    );
    expect(voided).toMatchObject({ state: 'voided', voidReason: '点错了' });
    expect(v.rows('SELECT voided_by FROM tag_charges')).toEqual([{ voided_by: v.staffId('duty') }]);
    const audit = v.ok('audit.list', { action: 'desk.voidCharge' }, 'desk-admin').rows;
    expect(audit.map((a) => a.outcome)).toEqual(['ok', 'failed', 'failed', 'failed']);
    expect(audit[0]!.detail).toMatchObject({ voidedBy: v.staffId('duty') });
    // Voided lines no longer block check-out.
    v.ok('desk.checkOut', { tagNumber: '12' }, v.as('reception'));
  });

  it('the price list is the supervisor’s to change, and every role reads it with prices', () => {
    const v = frontDesk();
    expect(
      v.call('desk.setPriceItem', { name: '功能饮料', priceCents: 800 }, v.as('reception')),
    ).toMatchObject({ error: { code: 'FORBIDDEN', reason: 'auth.role' } });
    expect(
      v.call('desk.setPriceItem', { name: '功能饮料', priceCents: 800 }, v.as('duty')),
    ).toMatchObject({ error: { code: 'FORBIDDEN' } });
    v.ok(
      'desk.setPriceItem',
      { id: v.water.id, name: '矿泉水', priceCents: 300, active: false },
      'desk-admin',
    );
    const list = v.ok('desk.priceList', undefined, v.as('reception'));
    expect(list).toEqual([
      { id: v.shake.id, name: '蛋白奶昔', priceCents: 2800, active: true, sort: 1 },
      { id: v.water.id, name: '矿泉水', priceCents: 300, active: false, sort: 0 },
    ]);
    v.ok('desk.checkIn', { clientId: v.zhang.id }, v.as('reception'));
    expect(
      v.call(
        'desk.addCharge',
        { tagNumber: '1', itemId: v.water.id, quantity: 1 },
        v.as('reception'),
      ),
    ).toMatchObject({ error: { code: 'VALIDATION', fields: { itemId: 'inactive' } } });
  });
});
