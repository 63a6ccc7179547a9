import { describe, expect, it } from 'vitest';
import { MODULES, PROFILE_MODULES } from '../../../shared/domain/modules';
import {
  activeNavRoute,
  canSee,
  landingRoute,
  moduleOfItem,
  moduleOfRoute,
  navFor,
  NAV_ITEMS,
  routeAllowedAt,
  startRoute,
} from './nav';

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
      'callbacks',
      'followups',
      'complaints',
      'incidents',
      'clients',
      'reviews',
    ]);
    expect(visible('consultant')).toEqual([
      'home',
      'desk',
      'onsite',
      'callbacks',
      'followups',
      'complaints',
      'incidents',
      'clients',
      'reviews',
    ]);
    expect(visible('dutyManager')).toEqual([
      'home',
      'desk',
      'queue',
      'onsite',
      'shift',
      'callbacks',
      'followups',
      'complaints',
      'incidents',
      'clients',
      'reviews',
      'handovers',
      'reports',
      'approvals',
    ]);
    expect(visible('supervisor')).toEqual([
      'home',
      'desk',
      'queue',
      'onsite',
      'shift',
      'followups',
      'complaints',
      'incidents',
      'clients',
      'reviews',
      'handovers',
      'reports',
      'fairness',
      'approvals',
      'persondata',
      'access',
      'audit',
      'prices',
      'blocklist',
      'waivertext',
      'shiftsetup',
      'retention',
    ]);
    expect(visible('admin')).toEqual([
      'home',
      'desk',
      'queue',
      'onsite',
      'shift',
      'followups',
      'complaints',
      'incidents',
      'clients',
      'reviews',
      'handovers',
      'reports',
      'fairness',
      'approvals',
      'persondata',
      'access',
      'audit',
      'prices',
      'blocklist',
      'waivertext',
      'shiftsetup',
      'servicelevels',
      'staff',
      'settings',
      'retention',
      'backups',
      'stations',
      'headoffice',
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

describe('site profiles in the navigation', () => {
  const admin = (modules: Parameters<typeof navFor>[1]) =>
    navFor('admin', modules).flatMap((g) => g.items.map((i) => i.route));

  it('an office hides the member desk, the queue, the rotation and what they set up', () => {
    const office = admin(PROFILE_MODULES.office);
    for (const gone of ['queue', 'onsite', 'fairness', 'prices', 'waivertext'])
      expect(office, gone).not.toContain(gone);
    // The reception screen stays: its phone log and message book belong to every desk.
    for (const kept of ['home', 'desk', 'shift', 'clients', 'reviews', 'approvals', 'staff'])
      expect(office, kept).toContain(kept);
  });

  it('a service hall hides the client files and their oversight; every module shows them all', () => {
    const hall = admin(PROFILE_MODULES.serviceHall);
    for (const gone of ['clients', 'reviews', 'approvals', 'access', 'onsite'])
      expect(hall, gone).not.toContain(gone);
    expect(hall).toContain('queue');
    expect(navFor('admin', PROFILE_MODULES.serviceHall).map((g) => g.group)).not.toContain(
      'clients',
    );
    expect(admin([...MODULES])).toEqual(visible('admin'));
  });

  it("a screen's module is its channel's unless the item says otherwise", () => {
    const of = (route: string) => moduleOfItem(NAV_ITEMS.find((i) => i.route === route)!);
    expect(of('onsite')).toBe('handTags');
    expect(of('queue')).toBe('queue');
    expect(of('desk')).toBeNull();
    expect(of('settings')).toBeNull();
    // A client file and the import have no link; they go with the client list.
    expect(moduleOfRoute('client')).toBe('clientFiles');
    expect(moduleOfRoute('import')).toBe('clientFiles');
    expect(moduleOfRoute('queue')).toBe('queue');
    expect(moduleOfRoute('handover')).toBeNull();
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

describe('where a receptionist lands', () => {
  it('on the reception desk, or on the queue at a service hall that has nothing else', () => {
    expect(landingRoute(['handTags', 'consultants', 'visitors', 'clientFiles'])).toBe('desk');
    expect(landingRoute(['visitors', 'clientFiles'])).toBe('desk');
    expect(landingRoute(['queue'])).toBe('queue');
    expect(landingRoute(['queue', 'visitors'])).toBe('desk');
    expect(landingRoute([])).toBe('desk');
  });
});

describe('head office and branch in the navigation', () => {
  const routes = (role: Parameters<typeof navFor>[0], headOffice: boolean) =>
    navFor(role, PROFILE_MODULES[headOffice ? 'headOffice' : 'gym'], headOffice).flatMap((g) =>
      g.items.map((i) => i.route),
    );
  const HQ = ['hqboard', 'hqreport', 'hqbranches', 'hqsettings'];

  it('a head office shows only its screens, staff, audit, backups and settings', () => {
    expect(routes('admin', true)).toEqual([
      'hqboard',
      'hqreport',
      'hqbranches',
      'audit',
      'staff',
      'settings',
      'backups',
      'hqsettings',
    ]);
    // A supervisor reads the branches; the connection is the admin's.
    expect(routes('supervisor', true)).toEqual(['hqboard', 'hqreport', 'hqbranches', 'audit']);
    expect(navFor('admin', [], true)[0]).toMatchObject({ group: 'start' });
    expect(navFor('admin', [], true)[0]!.items.map((i) => i.route)).toEqual(['hqboard']);
  });

  it('a branch never shows the head-office screens', () => {
    for (const role of ['admin', 'supervisor', 'dutyManager', 'receptionist'] as const)
      for (const hq of HQ) expect(routes(role, false), `${role} ${hq}`).not.toContain(hq);
    expect(routes('admin', false)).toContain('home');
    expect(routes('admin', false)).toContain('headoffice');
  });

  it('a screen belongs to one kind of site, its linkless screens with their list', () => {
    expect(routeAllowedAt('hqboard', true)).toBe(true);
    expect(routeAllowedAt('hqboard', false)).toBe(false);
    expect(routeAllowedAt('home', true)).toBe(false);
    expect(routeAllowedAt('desk', true)).toBe(false);
    expect(routeAllowedAt('client', true)).toBe(false);
    expect(routeAllowedAt('handover', true)).toBe(false);
    expect(routeAllowedAt('headoffice', true)).toBe(false);
    for (const kept of ['staff', 'audit', 'backups', 'settings'] as const) {
      expect(routeAllowedAt(kept, true), kept).toBe(true);
      expect(routeAllowedAt(kept, false), kept).toBe(true);
    }
    expect(routeAllowedAt('client', false)).toBe(true);
    expect(startRoute(true)).toBe('hqboard');
    expect(startRoute(false)).toBe('home');
  });
});
