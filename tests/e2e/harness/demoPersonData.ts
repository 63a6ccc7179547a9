import type { Core } from '../../../electron/app/core';
import { caller } from './demoClients';

interface Login {
  username: string;
  pin: string;
}

/** The member whose card ran out two months ago and who asked in writing to be forgotten. */
const LEAVING_CARD = 'M-1015';

/**
 * One erasure waiting at the 个人信息请求 screen: the duty manager took 郭静's written
 * request at the desk (her card ended two months ago), the supervisor approved it, and the
 * admin's approval — the one that erases — is still to come. Her file, visits and handovers
 * stay untouched until then.
 */
export function seedDemoPersonData(core: Core, logins: { duty: Login; supervisor: Login }): void {
  const call = caller(core);
  const duty = 'demo-persondata-duty';
  const sup = 'demo-persondata-supervisor';
  call(duty, 'auth.login', { username: logins.duty.username, pin: logins.duty.pin });
  call(sup, 'auth.login', { username: logins.supervisor.username, pin: logins.supervisor.pin });
  const clientId = core
    .db!.prepare('SELECT id FROM clients WHERE card_number = ?')
    .pluck()
    .get(LEAVING_CARD) as string;
  const req = call(duty, 'personData.request', {
    kind: 'erase',
    subject: { clientId },
    reason: '会员本人书面申请删除个人信息（会籍已到期，不再续卡）',
  }) as { id: string };
  call(sup, 'personData.approve', { id: req.id });
  call(duty, 'auth.logout');
  call(sup, 'auth.logout');
}
