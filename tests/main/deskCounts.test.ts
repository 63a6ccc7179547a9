import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';
import { ZHANG_SAN } from '../helpers/clientFixtures';
import { frontDesk } from '../helpers/deskFixtures';

const HOUR = 3_600_000;

describe('cards sold (卖出卡种及张数)', () => {
  it('records type and count only: no price field in the input, the row or the result', () => {
    const v = frontDesk();
    const shape = contract['desk.recordCardSale'].input.shape;
    expect(Object.keys(shape).sort()).toEqual(['cardType', 'count']);
    expect(
      v.call(
        'desk.recordCardSale',
        { cardType: '年卡', count: 1, priceCents: 298_000 } as never,
        v.as('reception'),
      ),
    ).toMatchObject({ error: { code: 'VALIDATION', fields: { priceCents: 'unknown field' } } });
    const sale = v.ok('desk.recordCardSale', { cardType: '年卡', count: 2 }, v.as('reception'));
    expect(Object.keys(sale).sort()).toEqual(['businessDate', 'cardType', 'count', 'id', 'soldAt']);
    const columns = v.rows('SELECT name FROM pragma_table_info(?)', 'card_sales') as {
      name: string;
    }[];
    expect(columns.map((c) => c.name).filter((n) => /price|cents|amount/i.test(n))).toEqual([]);
    const counts = v.ok('desk.dayCounts', {}, v.as('reception'));
    expect(JSON.stringify(counts.cardsSold)).not.toMatch(/price|cents/i);
  });

  it('the receptionist never receives a card price from any desk channel', () => {
    const v = frontDesk();
    v.ok('desk.recordCardSale', { cardType: '年卡', count: 1 }, v.as('reception'));
    v.ok('desk.checkIn', { clientId: v.zhang.id }, v.as('reception'));
    const everything = JSON.stringify([
      v.ok('desk.dayCounts', {}, v.as('reception')),
      v.ok('desk.lookup', { q: 'VIP' }, v.as('reception')),
      v.ok('desk.onSite', undefined, v.as('reception')),
      v.ok('desk.tagsOut', undefined, v.as('reception')),
    ]);
    expect(everything).not.toMatch(/price/i);
    // Prices on the water-bar list are item prices, never card types.
    const cardTypes = new Set(['年卡', '季卡', '月卡']);
    expect(
      v.ok('desk.priceList', undefined, v.as('reception')).some((i) => cardTypes.has(i.name)),
    ).toBe(false);
  });
});

describe('the day’s counts', () => {
  it('counts entries by gender per business day, cards by type, tags out and unsettled charges', () => {
    const v = frontDesk();
    const wang = v.ok(
      'clients.create',
      {
        ...ZHANG_SAN,
        name: '王五',
        cardNumber: 'VIP-0003',
        phones: ['13700003333'],
        idNumber: undefined,
        idType: undefined,
      },
      v.as('reception'),
    );
    v.ok('desk.checkIn', { clientId: v.zhang.id }, v.as('reception'));
    v.ok('desk.checkIn', { clientId: v.li.id }, v.as('reception'));
    v.ok('desk.checkIn', { clientId: wang.id }, v.as('reception'));
    v.ok('desk.checkOut', { tagNumber: '1' }, v.as('reception'));
    v.ok('desk.checkIn', { clientId: v.zhang.id }, v.as('reception'));
    v.ok('desk.addCharge', { tagNumber: '2', itemId: v.shake.id, quantity: 1 }, v.as('reception'));
    v.ok('desk.recordCardSale', { cardType: '年卡', count: 2 }, v.as('reception'));
    v.ok('desk.recordCardSale', { cardType: '月卡', count: 1 }, v.as('consultant'));
    v.ok('desk.recordCardSale', { cardType: '年卡', count: 1 }, v.as('reception'));

    const today = v.ok('desk.dayCounts', undefined, v.as('reception'));
    expect(today).toEqual({
      businessDate: '2026-11-22',
      entries: { female: 1, male: 3, unspecified: 0, total: 4 },
      cardsSold: [
        { cardType: '年卡', count: 3 },
        { cardType: '月卡', count: 1 },
      ],
      tagsOut: 3,
      unsettled: { count: 1, totalCents: 2800 },
      tagsLost: 0,
    });

    v.clock.advance(24 * HOUR);
    v.wake();
    v.ok('desk.checkOut', { tagNumber: '3' }, v.as('reception'));
    v.ok('desk.checkIn', { clientId: wang.id }, v.as('reception'));
    const next = v.ok('desk.dayCounts', {}, v.as('reception'));
    expect(next.entries).toEqual({ female: 0, male: 1, unspecified: 0, total: 1 });
    expect(next.cardsSold).toEqual([]);
    expect(
      v.ok('desk.dayCounts', { businessDate: '2026-11-22' }, v.as('reception')).entries.total,
    ).toBe(4);
  });
});

describe('destroyed files', () => {
  it('a destroyed file leaves its past entries in the counts, without a link to the person', () => {
    const v = frontDesk();
    v.ok('desk.checkIn', { clientId: v.li.id }, v.as('reception'));
    v.ok('desk.checkOut', { tagNumber: '1' }, v.as('reception'));
    v.core.db!.prepare('DELETE FROM clients WHERE id = ?').run(v.li.id);
    expect(v.rows('SELECT client_id, gender FROM check_ins')).toEqual([
      { client_id: null, gender: 'female' },
    ]);
    expect(v.ok('desk.dayCounts', {}, v.as('reception')).entries.female).toBe(1);
  });
});

describe('indexes and bad input', () => {
  it('open-check-in, tag and day lookups use their indexes (EXPLAIN QUERY PLAN)', () => {
    const v = frontDesk();
    const plan = (sql: string, ...args: unknown[]) =>
      (v.rows(`EXPLAIN QUERY PLAN ${sql}`, ...args) as { detail: string }[])
        .map((r) => r.detail)
        .join(' | ');
    const q = (name: 'OPEN_BY_CLIENT_SQL' | 'OPEN_BY_TAG_SQL' | 'OPEN_TAGS_SQL') =>
      import('../../electron/features/desk/deskQueries').then((m) => m[name]);
    return Promise.all([q('OPEN_BY_CLIENT_SQL'), q('OPEN_BY_TAG_SQL'), q('OPEN_TAGS_SQL')]).then(
      ([byClient, byTag, openTags]) => {
        expect(plan(byClient, 'x')).toMatch(/USING INDEX check_ins_open_client \(client_id=\?\)/);
        expect(plan(byTag, '1')).toMatch(/USING INDEX check_ins_open_tag \(tag_number=\?\)/);
        expect(plan(openTags)).toMatch(/check_ins_open_tag/);
        expect(
          plan(
            'SELECT gender, count(*) FROM check_ins WHERE business_date = ? GROUP BY gender',
            'd',
          ),
        ).toMatch(/check_ins_day \(business_date=\?\)/);
        expect(
          plan(
            'SELECT * FROM tag_charges WHERE check_in_id = ? AND voided_at IS NULL AND settled_at IS NULL',
            'x',
          ),
        ).toMatch(/tag_charges_open \(check_in_id=\?\)|tag_charges_check_in \(check_in_id=\?\)/);
      },
    );
  });

  it('bad input to desk channels writes nothing', () => {
    const v = frontDesk();
    const db = v.core.db!;
    const digest = () =>
      JSON.stringify(
        ['check_ins', 'tag_charges', 'card_sales', 'hand_tags', 'price_items', 'audit_log'].map(
          (t) => db.prepare(`SELECT * FROM ${t}`).all(),
        ),
      );
    v.ok('desk.checkIn', { clientId: v.zhang.id }, v.as('reception'));
    const before = digest();
    const bad: [string, unknown][] = [
      ['desk.checkIn', { clientId: v.li.id, tagNumber: '' }],
      ['desk.checkIn', { clientId: 5 }],
      ['desk.checkOut', { checkInId: 'a', tagNumber: '1' }],
      ['desk.addCharge', { tagNumber: '1', itemId: v.water.id, quantity: 0 }],
      ['desk.addCharge', { tagNumber: '1', itemId: v.water.id, quantity: 1.5 }],
      ['desk.settle', { checkInId: 'x', method: 'bitcoin' }],
      [
        'desk.voidCharge',
        { chargeId: 'x', managerUsername: 'zhaolei', managerPin: '1', reason: 'r' },
      ],
      ['desk.setPriceItem', { name: '水', priceCents: -1 }],
      ['desk.recordCardSale', { cardType: '年卡', count: 0 }],
      ['desk.recordCardSale', { cardType: '', count: 1 }],
      ['desk.tagLost', { tagNumber: '1' }],
      ['desk.dayCounts', { businessDate: '22/11/2026' }],
    ];
    for (const [channel, input] of bad) {
      const r = v.core.dispatch(channel, input, v.as('supervisor'));
      expect(r, channel).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    // Refusals decided in main roll back too (unknown tag, unknown item, unknown check-in).
    expect(
      v.call('desk.tagLost', { tagNumber: '5000', reason: '丢了' }, v.as('reception')).ok,
    ).toBe(false);
    expect(
      v.call('desk.addCharge', { tagNumber: '1', itemId: 'nope', quantity: 1 }, v.as('reception'))
        .ok,
    ).toBe(false);
    expect(v.call('desk.settle', { checkInId: 'nope', method: 'cash' }, v.as('reception')).ok).toBe(
      false,
    );
    expect(digest()).toBe(before);
  });
});
