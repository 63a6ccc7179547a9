import type { Core } from '../../../electron/app/core';
import { caller } from './demoClients';

interface Login {
  username: string;
  pin: string;
}

/**
 * This morning at the desk: a drinks list, consultants signed in for the rotation, members
 * in with their hand tags and a few drinks on them, visitors and calls, notes in the message
 * book, cards sold. Run at "now", after the client files' history.
 */
export function seedDemoFrontDesk(
  core: Core,
  logins: Record<'reception' | 'supervisor', Login>,
  consultants: (Login & { displayName: string })[],
): void {
  const call = caller(core);
  const session = (who: Login, tag: string) => {
    const id = `demo-desk-${tag}`;
    call(id, 'auth.login', { username: who.username, pin: who.pin });
    return id;
  };

  const sup = session(logins.supervisor, 'supervisor');
  const existing = call(sup, 'desk.priceList');
  const items = [
    ['矿泉水', 300],
    ['运动饮料', 800],
    ['蛋白奶昔', 2500],
    ['毛巾租用', 500],
    ['能量棒', 1200],
  ].map(
    ([name, priceCents], sort) =>
      existing.find((i) => i.name === name) ??
      call(sup, 'desk.setPriceItem', { name: String(name), priceCents: Number(priceCents), sort }),
  );
  call(sup, 'messages.send', {
    toStaffId: null,
    body: '今晚 21:00 泳池水质检测，20:30 起停止入池，请提前告知会员。',
  });
  call(sup, 'auth.logout');

  const desk = session(logins.reception, 'reception');
  for (const c of consultants) call(desk, 'rotation.signIn', { username: c.username, pin: c.pin });
  const staff = call(desk, 'staff.directory');
  const liu = staff.find((s) => s.displayName === '刘洋')!;

  const members = ['VIP-0001', 'M-1001', 'M-1003', 'M-1007', 'M-1012', 'M-1014', 'M-1018'];
  const ins = members.map((card) => {
    const [hit] = call(desk, 'desk.lookup', { q: card });
    return call(desk, 'desk.checkIn', { clientId: hit!.summary.id });
  });
  const [water, sports, shake] = items;
  call(desk, 'desk.addCharge', { checkInId: ins[0]!.checkIn.id, itemId: shake!.id, quantity: 1 });
  call(desk, 'desk.addCharge', { checkInId: ins[1]!.checkIn.id, itemId: water!.id, quantity: 2 });
  call(desk, 'desk.addCharge', { checkInId: ins[3]!.checkIn.id, itemId: sports!.id, quantity: 1 });
  call(desk, 'desk.settle', { checkInId: ins[3]!.checkIn.id, method: 'mobile' });
  call(desk, 'desk.checkOut', { checkInId: ins[3]!.checkIn.id });
  call(desk, 'desk.recordCardSale', { cardType: '年卡', count: 2 });
  call(desk, 'desk.recordCardSale', { cardType: '季卡', count: 1 });

  const first = call(desk, 'visitors.register', {
    name: '宋佳',
    phone: '13866667777',
    gender: 'female',
    source: '朋友介绍',
    interest: '减脂、私教课',
    scenario: 'A',
    trial: true,
  });
  const assigned = consultants.find((c) => c.displayName === first.visitor.consultantName);
  if (assigned) {
    call(desk, 'visitors.confirm', {
      visitorId: first.visitor.id,
      username: assigned.username,
      pin: assigned.pin,
    });
  }
  call(desk, 'visitors.register', {
    name: '冯远',
    phone: '15977778888',
    gender: 'male',
    source: '大众点评',
    interest: '游泳年卡',
    scenario: 'C',
    consultantId: liu.id,
  });
  call(desk, 'calls.record', {
    callerName: '曹女士',
    callbackPhone: '13512345678',
    purpose: '咨询团课时间表',
    appointment: false,
    route: 'rotation',
  });
  call(desk, 'calls.record', {
    callerName: '彭先生',
    callbackPhone: '18812345678',
    purpose: '想预约周六上午参观，请回电',
    appointment: true,
    route: 'message',
    toStaffId: liu.id,
  });
  const han = call(desk, 'calls.record', {
    callerName: '韩女士',
    callbackPhone: '13698765432',
    purpose: '询问年卡价格和停车',
    appointment: false,
    route: 'message',
    toStaffId: liu.id,
  });
  call(desk, 'auth.logout');
  // 刘洋 has already called one back this morning; 彭先生 still waits on his list.
  const liuLogin = consultants.find((c) => c.displayName === '刘洋');
  if (liuLogin) {
    const liuDesk = session(liuLogin, 'liu');
    call(liuDesk, 'calls.calledBack', { callId: han.call.id, note: '已发价目表，周五来店' });
    call(liuDesk, 'auth.logout');
  }
}
