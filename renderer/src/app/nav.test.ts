import { describe, expect, it } from 'vitest';
import { canSee, NAV_ITEMS } from './nav';

const visible = (role: Parameters<typeof canSee>[1]) =>
  NAV_ITEMS.filter((i) => canSee(i, role)).map((i) => i.route);

describe('navigation', () => {
  it('shows each role only the screens its channels allow', () => {
    expect(visible('receptionist')).toEqual(['home']);
    expect(visible('dutyManager')).toEqual(['home']);
    expect(visible('supervisor')).toEqual(['home', 'audit']);
    expect(visible('admin')).toEqual(['home', 'staff', 'audit', 'settings']);
  });
});
