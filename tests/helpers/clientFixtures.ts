import type { Input } from '../../shared/contract';
import { withPrcCheckDigit } from '../../shared/domain/idNumber';
import { ADMIN, createTestVault } from './testVault';

export const STAFF = {
  reception: {
    username: 'wangfang',
    displayName: '王芳',
    role: 'receptionist' as const,
    pin: '1357',
  },
  consultant: {
    username: 'liuyang',
    displayName: '刘洋',
    role: 'consultant' as const,
    pin: '3579',
  },
  duty: { username: 'zhaolei', displayName: '赵磊', role: 'dutyManager' as const, pin: '6802' },
  supervisor: {
    username: 'sunli',
    displayName: '孙丽',
    role: 'supervisor' as const,
    pin: '791357',
  },
  admin2: { username: 'qianhao', displayName: '钱浩', role: 'admin' as const, pin: '864200' },
};
export type Who = keyof typeof STAFF | 'admin';

export const ZHANG_SAN: Input<'clients.create'> = {
  kind: 'person',
  name: '张三',
  gender: 'male',
  phones: ['13812345678'],
  idType: 'prcId',
  idNumber: withPrcCheckDigit('11010519900307123'),
  cardType: '年卡',
  cardNumber: 'VIP-0001',
  membershipStart: '2026-01-01',
  membershipExpiry: '2026-12-31',
  membershipStatus: 'active',
  creditGrade: 'A',
  tags: ['私教'],
  notes: '膝盖旧伤,避免深蹲',
};

/** A vault with one account per role, each signed in at its own window ("desk-<who>"). */
export function deskWithStaff() {
  const v = createTestVault();
  v.login(ADMIN.username, ADMIN.pin, 'desk-admin');
  // Tests move the clock by hours; keep the windows from locking meanwhile.
  v.ok('settings.update', { idleLockMinutes: 120 }, 'desk-admin');
  for (const s of Object.values(STAFF)) v.ok('staff.create', s, 'desk-admin');
  for (const [who, s] of Object.entries(STAFF)) v.login(s.username, s.pin, `desk-${who}`);
  const as = (who: Who) => `desk-${who}`;
  const staffId = (who: Who) => v.ok('session.get', undefined, as(who))!.staffId;
  /** After a long jump of the clock every window has locked itself: unlock them all. */
  const wake = () => {
    v.core.tick();
    v.ok('auth.unlock', { pin: ADMIN.pin }, 'desk-admin');
    for (const [who, s] of Object.entries(STAFF))
      v.ok('auth.unlock', { pin: s.pin }, `desk-${who}`);
  };
  return { ...v, as, staffId, wake };
}
