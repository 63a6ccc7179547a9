import type { Core } from '../../../electron/app/core';
import type { Input } from '../../../shared/contract';
import { NEW_MEMBER_PLAN, type FollowUpRule } from '../../../shared/domain/followUpPlan';
import { addDays, addMonths, businessDate } from '../../../shared/domain/time';
import { caller, type DemoClock } from './demoClients';

interface Login {
  username: string;
  pin: string;
}

const MONTHLY: FollowUpRule = { kind: 'recurring', steps: [{ everyMonths: 1, times: null }] };
const QUARTERLY: FollowUpRule = { kind: 'recurring', steps: [{ everyMonths: 3, times: null }] };

function localAt(day: string, hh: number, mm = 0): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hh, mm).getTime();
}

/**
 * 回访 at the desk: plans on several members, set over the last two days, so today's list has
 * calls made (reached with a score, not answered and tried again, unreachable after three
 * attempts), calls still open (one overdue, one a call-back at 16:00) and plans of every kind.
 * Runs last, at "now"; it steps back two days and returns the clock to where it was.
 */
export function seedDemoFollowUps(
  core: Core,
  clock: DemoClock,
  logins: { reception: Login; supervisor: Login },
): void {
  const call = caller(core);
  const back = clock.now();
  const today = businessDate(back);
  let n = 0;
  const session = (who: Login) => {
    const id = `demo-followups-${(n += 1)}`;
    call(id, 'auth.login', { username: who.username, pin: who.pin });
    return id;
  };
  const desk0 = session(logins.reception);
  const cards = ['VIP-0001', 'M-1001', 'M-1002', 'M-1003', 'M-1004', 'M-1006', 'M-1007'];
  cards.push('M-1009', 'M-1011', 'M-1012', 'M-1015');
  const ids = new Map(
    cards.map((card) => [card, call(desk0, 'desk.lookup', { q: card })[0]!.summary.id]),
  );
  const idOf = (card: string) => ids.get(card)!;
  const liu = call(desk0, 'staff.directory').find((s) => s.displayName === '刘洋')!.id;
  call(desk0, 'auth.logout');

  const plan = (
    desk: string,
    card: string,
    rule: FollowUpRule,
    startsOn: string,
    extra: Partial<Input<'followUps.setPlan'>> = {},
  ) =>
    call(desk, 'followUps.setPlan', {
      clientId: idOf(card),
      rule,
      startsOn,
      assignedTo: null,
      ...extra,
    });
  /** The open call of a member in the day's list (everyone's: the duty manager's view). */
  const openCall = (desk: string, card: string) => {
    const clientId = idOf(card);
    return call(desk, 'followUps.ofClient', { clientId }).upcoming.find(
      (c) => c.dueDay <= businessDate(clock.now()),
    )!.id;
  };
  const record = (desk: string, input: Input<'followUps.record'>) =>
    call(desk, 'followUps.record', input);

  // Two days ago, 10:00.
  const d2 = addDays(today, -2);
  clock.travel(localAt(d2, 10) - clock.now());
  let desk = session(logins.reception);
  plan(desk, 'M-1001', NEW_MEMBER_PLAN, addMonths(d2, -1), { note: '新会员，关注上课体验' });
  plan(desk, 'M-1002', QUARTERLY, addMonths(d2, -3));
  record(desk, { callId: openCall(desk, 'M-1001'), outcome: 'noAnswer' });
  record(desk, {
    callId: openCall(desk, 'M-1002'),
    outcome: 'reached',
    score: 4,
    note: '对新开的团课很满意，建议增加晚间场次',
  });
  call(desk, 'auth.logout');

  // Yesterday, 11:00.
  const d1 = addDays(today, -1);
  clock.travel(localAt(d1, 11) - clock.now());
  desk = session(logins.reception);
  record(desk, { callId: openCall(desk, 'M-1001'), outcome: 'noAnswer' });
  plan(desk, 'M-1003', NEW_MEMBER_PLAN, addMonths(d1, -1), { assignedTo: liu });
  plan(desk, 'M-1004', MONTHLY, addMonths(d1, -1));
  plan(desk, 'M-1006', MONTHLY, addMonths(d1, -1));
  record(desk, {
    callId: openCall(desk, 'M-1004'),
    outcome: 'callBack',
    callBackAt: localAt(today, 16),
    note: '在开会，约今天下午四点再打',
  });
  record(desk, { callId: openCall(desk, 'M-1006'), outcome: 'wrongNumber', note: '号码已停机' });
  call(desk, 'auth.logout');

  // Today, as it is.
  clock.travel(back - clock.now());
  desk = session(logins.reception);
  plan(desk, 'M-1007', NEW_MEMBER_PLAN, addMonths(today, -1));
  plan(desk, 'M-1009', QUARTERLY, addMonths(today, -3), { assignedTo: liu });
  plan(desk, 'M-1011', MONTHLY, addMonths(today, -1));
  plan(desk, 'VIP-0001', MONTHLY, addMonths(today, -1));
  record(desk, { callId: openCall(desk, 'VIP-0001'), outcome: 'noAnswer' });
  plan(desk, 'VIP-0001', { kind: 'beforeExpiry', days: 30 }, today, { assignedTo: liu });
  plan(desk, 'M-1012', { kind: 'afterFirstVisit', days: 3 }, today);
  plan(desk, 'M-1015', { kind: 'notSeen', days: 30 }, today, { note: '长期未到店会员关怀' });
  record(desk, { callId: openCall(desk, 'M-1001'), outcome: 'noAnswer' });
  record(desk, {
    callId: openCall(desk, 'M-1011'),
    outcome: 'reached',
    score: 5,
    note: '私教服务很好，准备续卡',
  });
  call(desk, 'auth.logout');
  // The desk's own rules over every member, as a supervisor sets them up (自动回访规则).
  const boss = session(logins.supervisor);
  call(boss, 'followUps.setRule', { kind: 'beforeExpiry', days: 30 });
  call(boss, 'followUps.setRule', { kind: 'notSeen', days: 30 });
  call(boss, 'auth.logout');
}
