import { describe, expect, it } from 'vitest';
import { channelNames } from '../../shared/contract';
import { moduleOf, NAMESPACE_MODULES } from '../../shared/contract/modules';
import { MODULES, PROFILE_MODULES } from '../../shared/domain/modules';
import { readSettings } from '../../electron/features/settings';
import { receptionDesk } from '../helpers/receptionFixtures';
import { ADMIN, createTestVault } from '../helpers/testVault';

describe('site profiles', () => {
  it('every channel belongs to a module or is always on, by its namespace', () => {
    for (const name of channelNames) {
      const ns = name.slice(0, name.indexOf('.'));
      expect(Object.keys(NAMESPACE_MODULES), name).toContain(ns);
    }
    // The books every desk keeps are never switched off.
    for (const name of [
      'calls.record',
      'messages.send',
      'shiftLog.add',
      'handover.signOutgoing',
      'staff.list',
      'staff.directory',
      'settings.update',
      'audit.list',
      'backups.run',
    ] as const)
      expect(moduleOf(name), name).toBeNull();
    expect(moduleOf('desk.checkIn')).toBe('handTags');
    expect(moduleOf('rotation.signIn')).toBe('consultants');
    expect(moduleOf('clients.get')).toBe('clientFiles');
  });

  it('a vault from before profiles is a gym with every module; a profile sets its defaults', () => {
    const v = createTestVault();
    v.login(ADMIN.username, ADMIN.pin);
    expect(v.ok('settings.get')).toMatchObject({ siteProfile: 'gym', modules: [...MODULES] });
    const office = v.ok('settings.update', { siteProfile: 'office' });
    expect(office).toMatchObject({ siteProfile: 'office', modules: PROFILE_MODULES.office });
    // The admin adjusts the set afterwards; the profile stays as chosen.
    const adjusted = v.ok('settings.update', { modules: ['visitors'] });
    expect(adjusted).toMatchObject({ siteProfile: 'office', modules: ['visitors'] });
    v.close();
    const after = readSettings(v.reopen().db!);
    expect(after).toMatchObject({ siteProfile: 'office', modules: ['visitors'] });
  });

  it('a module without what it needs is refused naming the field, and nothing is written', () => {
    const v = createTestVault();
    v.login(ADMIN.username, ADMIN.pin);
    const before = v.ok('settings.get');
    expect(v.call('settings.update', { modules: ['handTags', 'queue'] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { modules: expect.stringMatching(/clientFiles/) } },
    });
    expect(v.call('settings.update', { modules: ['queue', 'queue'] })).toMatchObject({
      error: { code: 'VALIDATION', fields: { modules: expect.any(String) } },
    });
    expect(v.ok('settings.get')).toEqual(before);
  });

  it('only the admin chooses; first-run setup may choose the profile', () => {
    const v = receptionDesk();
    expect(v.call('settings.update', { siteProfile: 'office' }, v.desk)).toMatchObject({
      error: { code: 'FORBIDDEN', reason: 'auth.role' },
    });
    const hall = createTestVault({ setup: false });
    hall.ok('vault.setup', {
      siteName: '市民服务大厅',
      language: 'zh-CN',
      siteProfile: 'serviceHall',
      admin: { displayName: ADMIN.displayName, username: ADMIN.username, pin: ADMIN.pin },
    });
    hall.login(ADMIN.username, ADMIN.pin);
    expect(hall.ok('settings.get')).toMatchObject({
      siteProfile: 'serviceHall',
      modules: ['queue'],
    });
  });

  it("home leaves out the figures of modules not in use; the admin's page shows the settings", () => {
    const v = receptionDesk();
    v.ok('settings.update', { siteProfile: 'office' }, 'desk-admin');
    const desk = Object.keys(v.ok('home.summary', undefined, v.desk));
    expect(desk).toEqual(
      expect.arrayContaining(['followUpsOpen', 'unreadNotes', 'visitorsWaiting']),
    );
    for (const gone of ['onSite', 'tagsOut', 'queueWaiting']) expect(desk).not.toContain(gone);
    const consultant = Object.keys(v.ok('home.summary', undefined, v.as('consultant')));
    expect(consultant).toEqual(expect.arrayContaining(['myTrialsToday', 'myVisitorsWaiting']));
    expect(consultant).not.toContain('rotation');
    const sup = Object.keys(v.ok('home.summary', undefined, v.as('supervisor')));
    expect(sup).toContain('approvalsWaiting');
    v.ok('settings.update', { siteProfile: 'serviceHall' }, 'desk-admin');
    const hall = Object.keys(v.ok('home.summary', undefined, v.as('supervisor')));
    for (const gone of ['approvalsWaiting', 'reviewsOverdue']) expect(hall).not.toContain(gone);
    v.ok('settings.update', { siteProfile: 'office' }, 'desk-admin');
    expect(v.ok('home.summary', undefined, 'desk-admin')).toMatchObject({
      settings: {
        siteProfile: 'office',
        modules: ['visitors', 'clientFiles'],
        idleLockMinutes: 120,
      },
    });
  });

  it('without consultants a call becomes a message and a visitor waits, even with some signed in', () => {
    const v = receptionDesk();
    v.signIn('liu', 'chen');
    v.ok('settings.update', { modules: ['visitors', 'clientFiles'] }, 'desk-admin');
    const call = v.ok(
      'calls.record',
      {
        callerName: '王先生',
        callbackPhone: '13800138000',
        purpose: '咨询会员卡',
        appointment: false,
        route: 'rotation',
      },
      v.desk,
    );
    expect(call.call).toMatchObject({ route: 'message', consultantName: null });
    const visitor = v.ok('visitors.register', { name: '王女士', scenario: 'A' }, v.desk);
    expect(visitor.visitor.consultantId).toBeNull();
  });

  it('a module switched off is pushed to nobody; the new settings are pushed to everyone', () => {
    const v = receptionDesk();
    v.ok('settings.update', { siteProfile: 'office' }, 'desk-admin');
    const settingsPushed = v.events.filter((e) => e.event === 'view:settings.get');
    expect(settingsPushed.map((e) => e.clientId)).toContain(v.desk);
    expect(settingsPushed.at(-1)!.payload).toMatchObject({ siteProfile: 'office' });
    v.events.length = 0;
    v.ok(
      'calls.record',
      {
        callerName: '王先生',
        callbackPhone: '13800138000',
        purpose: '咨询',
        appointment: false,
        route: 'message',
      },
      v.desk,
    );
    const pushed = new Set(v.events.map((e) => e.event));
    expect(pushed.has('view:messages.list')).toBe(true);
    expect(pushed.has('view:rotation.today')).toBe(false);
  });
});
