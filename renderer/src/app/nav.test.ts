import { describe, expect, it } from 'vitest';
import { activeNavRoute, canSee, navFor, NAV_ITEMS } from './nav';

const visible = (role: Parameters<typeof canSee>[1]) =>
  NAV_ITEMS.filter((i) => canSee(i, role)).map((i) => i.route);

describe('navigation', () => {
  it('shows each role only the screens its channels allow', () => {
    expect(visible('receptionist')).toEqual([
      'home',
      'desk',
      'queue',
      'onsite',
      'shift',
      'clients',
      'reviews',
    ]);
    expect(visible('consultant')).toEqual(['home', 'desk', 'onsite', 'clients', 'reviews']);
    expect(visible('dutyManager')).toEqual([
      'home',
      'desk',
      'queue',
      'onsite',
      'shift',
      'clients',
      'reviews',
      'handovers',
      'approvals',
    ]);
    expect(visible('supervisor')).toEqual([
      'home',
      'desk',
      'queue',
      'onsite',
      'shift',
      'clients',
      'reviews',
      'handovers',
      'fairness',
      'approvals',
      'access',
      'audit',
      'prices',
      'blocklist',
      'waivertext',
      'shiftsetup',
    ]);
    expect(visible('admin')).toEqual([
      'home',
      'desk',
      'queue',
      'onsite',
      'shift',
      'clients',
      'reviews',
      'handovers',
      'fairness',
      'approvals',
      'access',
      'audit',
      'prices',
      'blocklist',
      'waivertext',
      'shiftsetup',
      'staff',
      'settings',
      'backups',
    ]);
  });

  it('groups the links and leaves out groups a role has nothing in', () => {
    expect(navFor('consultant').map((g) => g.group)).toEqual(['start', 'frontDesk', 'clients']);
    expect(navFor('supervisor').map((g) => g.group)).toEqual([
      'start',
      'frontDesk',
      'clients',
      'oversight',
      'setup',
    ]);
  });
});

describe('the link a page lights up', () => {
  it('a handover lights 交接班 for those who have it, 值班 for a receptionist', () => {
    expect(activeNavRoute('handover', 'supervisor')).toBe('handovers');
    expect(activeNavRoute('handover', 'dutyManager')).toBe('handovers');
    expect(activeNavRoute('handover', 'receptionist')).toBe('shift');
    expect(activeNavRoute('client', 'receptionist')).toBe('clients');
    expect(activeNavRoute('shift', 'supervisor')).toBe('shift');
  });
});
