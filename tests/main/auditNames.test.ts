import { describe, expect, it } from 'vitest';
import { resolveNames } from '../../electron/features/audit/auditNames';
import { deskWithStaff, ZHANG_SAN } from '../helpers/clientFixtures';

/** Two files: 张三 made 机密 (confidential), 李四 unclassified. */
function deskWithFiles() {
  const v = deskWithStaff();
  const secret = v.ok('clients.create', ZHANG_SAN, v.as('reception'));
  const open = v.ok(
    'clients.create',
    {
      ...ZHANG_SAN,
      name: '李四',
      phones: ['13912345678'],
      idNumber: undefined,
      idType: undefined,
      cardNumber: 'VIP-0002',
    },
    v.as('reception'),
  );
  v.ok(
    'clients.setSecrecy',
    { id: secret.id, level: 'confidential', until: null, reason: '诉讼' },
    v.as('supervisor'),
  );
  return { v, secret, open };
}

describe('audit.list names what rows point to, as the viewer may read it', () => {
  it('staff targets and ids in details read as display names; client files by name', () => {
    const { v, secret } = deskWithFiles();
    const page = v.ok('audit.list', {}, v.as('supervisor'));
    const created = page.rows.find((r) => r.action === 'staff.create' && r.targetName === '刘洋');
    expect(created).toBeTruthy();
    const secrecy = page.rows.find((r) => r.action === 'clients.setSecrecy')!;
    expect(secrecy).toMatchObject({
      targetType: 'client',
      targetId: secret.id,
      targetName: '张三',
    });
    // Ids inside a detail (a consultant called, a client checked in) are named too.
    const detail = { consultant: v.staffId('consultant'), clientId: secret.id };
    const names = resolveNames(v.core.db!, 'admin', [{ ...secrecy, detail }]).names;
    expect(names).toMatchObject({ [v.staffId('consultant')]: '刘洋', [secret.id]: '张三' });
  });

  it('a restricted file is named only to a role that may open it; others read its card', () => {
    const { v, secret, open } = deskWithFiles();
    const rows = v.ok('audit.list', {}, v.as('admin')).rows;
    const db = v.core.db!;
    const guardian = resolveNames(db, 'supervisor', rows).names;
    expect(guardian[secret.id]).toBe('张三');
    const duty = resolveNames(db, 'dutyManager', rows).names;
    expect(duty[secret.id]).toBe('VIP-0001');
    expect(duty[open.id]).toBe('李四');
    expect(JSON.stringify(resolveNames(db, 'receptionist', rows))).not.toContain('张三');
  });

  it('a destroyed or unknown id stays unnamed', () => {
    const { v } = deskWithFiles();
    const rows = v.ok('audit.list', {}, v.as('admin')).rows;
    const names = resolveNames(v.core.db!, 'admin', [
      { ...rows[0]!, targetType: 'client', targetId: 'no-such-client-id', detail: null },
    ]).names;
    expect(names['no-such-client-id']).toBeUndefined();
  });
});
