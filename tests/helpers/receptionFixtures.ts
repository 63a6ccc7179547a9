import { deskWithStaff, STAFF } from './clientFixtures';

/** Three membership consultants: 刘洋 (from deskWithStaff), 陈静 and 周敏. */
export const CONSULTANTS = {
  liu: STAFF.consultant,
  chen: { username: 'chenjing', displayName: '陈静', role: 'consultant' as const, pin: '2468' },
  zhou: { username: 'zhoumin', displayName: '周敏', role: 'consultant' as const, pin: '8642' },
};
export type ConsultantKey = keyof typeof CONSULTANTS;

/** A desk with every role signed in plus three consultants, none signed in to the rotation yet. */
export function receptionDesk() {
  const v = deskWithStaff();
  const ids: Record<ConsultantKey, string> = {
    liu: v.staffId('consultant'),
    chen: v.ok('staff.create', CONSULTANTS.chen, 'desk-admin').id,
    zhou: v.ok('staff.create', CONSULTANTS.zhou, 'desk-admin').id,
  };
  const desk = v.as('reception');
  /** The consultant types their own name and PIN at the desk PC. */
  const signIn = (...who: ConsultantKey[]) => {
    for (const k of who) {
      v.ok('rotation.signIn', { username: CONSULTANTS[k].username, pin: CONSULTANTS[k].pin }, desk);
      v.clock.advance(1000);
    }
  };
  const confirm = (visitorId: string, k: ConsultantKey) =>
    v.call(
      'visitors.confirm',
      { visitorId, username: CONSULTANTS[k].username, pin: CONSULTANTS[k].pin },
      desk,
    );
  const order = () => v.ok('rotation.today', undefined, desk).consultants.map((c) => c.displayName);
  const next = () => v.ok('rotation.today', undefined, desk).nextStaffId;
  const count = (table: string) =>
    v.core.db!.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return { ...v, ids, desk, signIn, confirm, order, next, count };
}
