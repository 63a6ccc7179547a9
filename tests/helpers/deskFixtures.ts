import type { Input } from '../../shared/contract';
import { deskWithStaff, STAFF, ZHANG_SAN } from './clientFixtures';

export const LI_SI: Input<'clients.create'> = {
  kind: 'person',
  name: '李四',
  gender: 'female',
  phones: ['13900002222'],
  cardType: '季卡',
  cardNumber: 'VIP-0002',
  membershipStart: '2026-09-01',
  membershipExpiry: '2026-12-31',
  membershipStatus: 'active',
};

/** A desk with every role signed in, two active members and a small price list. */
export function frontDesk() {
  const v = deskWithStaff();
  const zhang = v.ok('clients.create', ZHANG_SAN, v.as('reception'));
  const li = v.ok('clients.create', LI_SI, v.as('reception'));
  const water = v.ok('desk.setPriceItem', { name: '矿泉水', priceCents: 300 }, v.as('supervisor'));
  const shake = v.ok(
    'desk.setPriceItem',
    { name: '蛋白奶昔', priceCents: 2800, sort: 1 },
    v.as('supervisor'),
  );
  const rows = (sql: string, ...args: unknown[]) => v.core.db!.prepare(sql).all(...args);
  const count = (table: string) =>
    v.core.db!.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  const manager = { overrideStaff: STAFF.duty.username, overridePin: STAFF.duty.pin };
  return { ...v, zhang, li, water, shake, rows, count, manager };
}
