import { describe, expect, it } from 'vitest';
import { canSee, NAV_ITEMS } from './nav';

const visible = (role: Parameters<typeof canSee>[1]) =>
  NAV_ITEMS.filter((i) => canSee(i, role)).map((i) => i.route);

describe('navigation', () => {
  it('shows each role only the screens its channels allow', () => {
    expect(visible('receptionist')).toEqual([
      'desk',
      'queue',
      'onsite',
      'home',
      'clients',
      'reviews',
    ]);
    expect(visible('dutyManager')).toEqual([
      'desk',
      'queue',
      'onsite',
      'home',
      'clients',
      'reviews',
      'approvals',
    ]);
    expect(visible('supervisor')).toEqual([
      'desk',
      'queue',
      'onsite',
      'prices',
      'blocklist',
      'waivertext',
      'fairness',
      'home',
      'clients',
      'reviews',
      'approvals',
      'access',
      'audit',
    ]);
    expect(visible('admin')).toEqual([
      'desk',
      'queue',
      'onsite',
      'prices',
      'blocklist',
      'waivertext',
      'fairness',
      'home',
      'clients',
      'reviews',
      'approvals',
      'access',
      'staff',
      'audit',
      'settings',
    ]);
  });
});
