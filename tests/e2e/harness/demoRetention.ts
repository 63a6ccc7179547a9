import type { Core } from '../../../electron/app/core';
import { businessDate } from '../../../shared/domain/time';
import { caller, type DemoClock } from './demoClients';

interface Login {
  username: string;
  pin: string;
}

const DAY = 86_400_000;

/** Visitors from the paper 访客登记本 of the months before the desk used Deskbook. */
const PAPER_VISITORS = [
  ['邹晓燕', '13621087745', 'female', '朋友介绍', 1],
  ['严建国', '13910235567', 'male', '路过', 0],
  ['孔丽华', '15801126634', 'female', '美团', 1],
  ['蒋涛', '13716650928', 'male', '小区传单', 0],
  ['傅雪', '18610073321', 'female', '朋友介绍', 1],
  ['苗志强', '13501398862', 'male', '大众点评', 0],
] as const;

/** Phone inquiries of the desk's first weeks, each called back the same day. */
const FIRST_CALLS = [
  ['蔡先生', '13811236678', '问私教课价格'],
  ['潘女士', '13522814490', '游泳馆开放时间'],
  ['田先生', '18911357702', '公司团体卡报价'],
  ['董女士', '13693380015', '产后恢复课程'],
] as const;

/**
 * Records past their retention period, so the 保留期限 preview of `npm run harness` has
 * something to show: visitors typed in from the paper register seven to eight months back
 * (before the vault existed, so written as the import of that book would leave them) and
 * phone inquiries of the desk's first days, taken and called back through the channels.
 * Runs at the start of the demo's history, right after the staff accounts exist.
 */
export function seedDemoRetention(
  core: Core,
  clock: DemoClock,
  logins: { reception: Login; consultant: Login },
): void {
  const call = caller(core);
  const staff = (username: string) =>
    core.db!.prepare('SELECT id FROM staff WHERE username = ?').pluck().get(username) as string;
  const desk = staff(logins.reception.username);
  const consultant = staff(logins.consultant.username);
  const insert = core.db!.prepare(
    `INSERT INTO visitors (id, business_date, registered_at, registered_by, name, phone, gender,
       source, interest, scenario, trial, consultant_id, assigned_at, confirmed_at, confirmed_by,
       status, left_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, '年卡', 'A', ?, ?, ?, ?, ?, 'left', ?)`,
  );
  PAPER_VISITORS.forEach(([name, phone, gender, source, trial], i) => {
    const at = clock.now() - (95 + i * 6) * DAY + 10 * 3_600_000;
    insert.run(
      `demo-paper-visitor-${i + 1}`,
      businessDate(at),
      at,
      desk,
      name,
      phone,
      gender,
      source,
      trial,
      consultant,
      at,
      at + 120_000,
      consultant,
      at + 3_600_000,
    );
  });
  const reception = 'demo-retention-desk';
  call(reception, 'auth.login', {
    username: logins.reception.username,
    pin: logins.reception.pin,
  });
  const ids = FIRST_CALLS.map(([callerName, callbackPhone, purpose]) => {
    clock.travel(4 * 60_000);
    return call(reception, 'calls.record', {
      callerName,
      callbackPhone,
      purpose,
      appointment: false,
      route: 'message',
      toStaffId: consultant,
    }).call.id;
  });
  call(reception, 'auth.logout');
  const back = 'demo-retention-consultant';
  call(back, 'auth.login', {
    username: logins.consultant.username,
    pin: logins.consultant.pin,
  });
  for (const callId of ids) {
    clock.travel(6 * 60_000);
    call(back, 'calls.calledBack', { callId, note: '已回电，约了到店参观' });
  }
  call(back, 'auth.logout');
}
