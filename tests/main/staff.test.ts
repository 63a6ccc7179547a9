import { describe, expect, it } from 'vitest';
import { ADMIN, createTestVault } from '../helpers/testVault';

function asAdmin() {
  const v = createTestVault();
  v.login(ADMIN.username, ADMIN.pin);
  return v;
}

describe('staff administration', () => {
  it('adds staff of every role and lists them', () => {
    const v = asAdmin();
    const roles = ['receptionist', 'consultant', 'dutyManager', 'supervisor'] as const;
    roles.forEach((role, i) =>
      v.ok('staff.create', { username: `u${i}`, displayName: `员工${i}`, role, pin: '135790' }),
    );
    const list = v.ok('staff.list', {});
    expect(list.map((s) => s.role).sort()).toEqual([
      'admin',
      'consultant',
      'dutyManager',
      'receptionist',
      'supervisor',
    ]);
    expect(JSON.stringify(list)).not.toMatch(/scrypt|pin_hash/);
  });

  it('user names are unique regardless of case', () => {
    const v = asAdmin();
    v.ok('staff.create', {
      username: 'liwei',
      displayName: '李伟',
      role: 'consultant',
      pin: '1234',
    });
    const dup = v.call('staff.create', {
      username: 'LiWei',
      displayName: '李伟2',
      role: 'consultant',
      pin: '1234',
    });
    expect(dup).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fields: { username: expect.any(String) } },
    });
  });

  it('supervisors and admins need PINs of at least 6 characters', () => {
    const v = asAdmin();
    const r = v.call('staff.create', {
      username: 'sup',
      displayName: '赵敏',
      role: 'supervisor',
      pin: '1234',
    });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { pin: expect.any(String) } },
    });
  });

  it('edits name, user name and role, and records what changed', () => {
    const v = asAdmin();
    const s = v.ok('staff.create', {
      username: 'chen',
      displayName: '陈静',
      role: 'receptionist',
      pin: '1234',
    });
    const changed = v.ok('staff.update', { id: s.id, displayName: '陈静怡', role: 'dutyManager' });
    expect(changed).toMatchObject({ displayName: '陈静怡', role: 'dutyManager' });
    const row = v.ok('audit.list', { action: 'staff.update' }).rows[0]!;
    expect(row).toMatchObject({
      targetId: s.id,
      detail: { role: { from: 'receptionist', to: 'dutyManager' } },
    });
  });

  it('keeps at least one active admin and never deactivates oneself', () => {
    const v = asAdmin();
    const me = v.ok('session.get')!;
    expect(v.call('staff.update', { id: me.staffId, role: 'supervisor' })).toMatchObject({
      error: { reason: 'staff.lastAdmin' },
    });
    expect(v.call('staff.setActive', { id: me.staffId, active: false })).toMatchObject({
      error: { reason: 'staff.self' },
    });
  });

  it('deactivated staff stay in the list and their audit rows keep their name', () => {
    const v = asAdmin();
    const s = v.ok('staff.create', {
      username: 'zhou',
      displayName: '周杰',
      role: 'consultant',
      pin: '1234',
    });
    v.login('zhou', '1234', 'other');
    v.ok('staff.setActive', { id: s.id, active: false });
    expect(v.ok('staff.list', {}).find((x) => x.id === s.id)).toMatchObject({ active: false });
    expect(v.ok('audit.list', { actorId: s.id }).rows[0]).toMatchObject({ actorName: '周杰' });
    v.ok('staff.setActive', { id: s.id, active: true });
    v.login('zhou', '1234', 'other');
  });

  it('unknown ids answer NOT_FOUND', () => {
    const v = asAdmin();
    expect(v.call('staff.resetPin', { id: 'nope', newPin: '123456' })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('the staff directory (pickers for recipients and owners)', () => {
  it('gives each active colleague the pinyin and initials of the name, surnames read as names', () => {
    const v = asAdmin();
    v.ok('staff.create', {
      username: 'liuy',
      displayName: '刘洋',
      role: 'consultant',
      pin: '1234',
    });
    // 单 as a surname is read "shan", not "dan": the picker must find 单伟 by "shan".
    v.ok('staff.create', {
      username: 'shanw',
      displayName: '单伟',
      role: 'receptionist',
      pin: '1234',
    });
    const gone = v.ok('staff.create', {
      username: 'old',
      displayName: '旧员工',
      role: 'receptionist',
      pin: '1234',
    });
    v.ok('staff.setActive', { id: gone.id, active: false });
    const dir = v.ok('staff.directory', undefined);
    const byName = new Map(dir.map((d) => [d.displayName, d.pinyin]));
    expect(byName.get('刘洋')).toBe('liuyang ly');
    expect(byName.get('单伟')).toBe('shanwei sw');
    expect(byName.has('旧员工')).toBe(false);
  });
});
