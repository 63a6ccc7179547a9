import type { Core } from '../../../electron/app/core';
import type { Input } from '../../../shared/contract';
import type { ComplaintView } from '../../../shared/contract/complaintViews';
import { caller, type DemoClock } from './demoClients';

interface Login {
  username: string;
  pin: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * 投诉 at the demo desk, a case in every state: open ones taken today (one anonymous by
 * phone, one offered to a consultant), one overdue since yesterday and escalated by main's
 * timer, one responded with a plan, one waiting for the client, one resolved with a remedy
 * and its follow-up call due, one closed by a satisfied call (5), one reopened (2), and an
 * internal note on staff responsibility only the supervisor and admin read, a critical case
 * due soon, and the shift log's complaint entries (no owner until now) turned into linked
 * cases. Steps back a day and returns the clock to where it was.
 */
export function seedDemoComplaints(
  core: Core,
  clock: DemoClock,
  logins: { reception: Login; colleague: Login; consultant: Login; supervisor: Login },
): void {
  const call = caller(core);
  const back = clock.now();
  let n = 0;
  const session = (who: Login) => {
    const id = `demo-complaints-${(n += 1)}`;
    call(id, 'auth.login', { username: who.username, pin: who.pin });
    return id;
  };
  const clientId = (as: string, name: string) =>
    (call(as, 'clients.search', { q: name, limit: 1 }) as { id: string }[])[0]?.id;
  const open = (as: string, input: Input<'complaints.open'>) =>
    call(as, 'complaints.open', input) as ComplaintView;
  const step = (as: string, channel: string, input: unknown) =>
    call(
      as,
      channel as 'complaints.respond',
      input as Input<'complaints.respond'>,
    ) as ComplaintView;
  const closeBy = (as: string, c: ComplaintView, score: number, note: string) => {
    const callId = (call(as, 'complaints.get', { complaintId: c.id }) as ComplaintView)
      .followUps[0]!.callId;
    call(as, 'followUps.record', { callId, outcome: 'reached', score, note });
  };

  clock.travel(-26 * HOUR);
  const desk = session(logins.reception);
  const zhang = clientId(desk, '张三');
  const late = open(desk, {
    channel: 'desk',
    ...(zhang ? { clientId: zhang } : { contactName: '张三', callBackPhone: '13901234567' }),
    category: 'safety',
    severity: 'high',
    summary: '力量区一台龙门架的钢索起毛，会员担心断裂，要求停用检修。',
    clientWants: '立即停用并书面答复检修结果',
  });
  const closed = open(desk, {
    channel: 'phone',
    contactName: '孙先生',
    callBackPhone: '13612345678',
    category: 'hygiene',
    severity: 'normal',
    summary: '男更衣室地面积水，毛巾架上没有干净毛巾。',
  });
  // Answered 35 minutes later and resolved that afternoon: the board's times read like a desk's.
  clock.travel(35 * MINUTE);
  const answer = session(logins.reception);
  step(answer, 'complaints.respond', { complaintId: closed.id, body: '已致电致歉，保洁已处理。' });
  clock.travel(2 * HOUR + 10 * MINUTE);
  const settle = session(logins.reception);
  step(settle, 'complaints.resolve', {
    complaintId: closed.id,
    result: '增加午间保洁巡查一次，毛巾补货改为每两小时。',
  });
  const reopened = open(settle, {
    channel: 'online',
    contactName: '周女士',
    callBackPhone: '13587654321',
    category: 'billing',
    severity: 'normal',
    summary: '网上续卡付款成功，但会员卡有效期没有延长。',
  });
  clock.travel(50 * MINUTE);
  const billing = session(logins.reception);
  step(billing, 'complaints.resolve', {
    complaintId: reopened.id,
    result: '财务核对后已补录续卡。',
    remedy: { kind: 'extension', days: 7 },
  });
  // The shift log's complaint entry of an earlier shift had no owner: now it is a case.
  for (const entry of unlinkedComplaintEntries(core)) {
    const taken = open(billing, {
      channel: 'desk',
      contactName: '何女士',
      category: 'facility',
      severity: 'normal',
      summary: entry.body,
      clientWants: '热水恢复稳定',
      logEntryId: entry.id,
    });
    step(billing, 'complaints.addAction', {
      complaintId: taken.id,
      body: '已联系物业工程部，约定明早检修热水器。',
    });
  }

  // A critical case taken 50 minutes ago: its hour for the first reply is nearly up.
  clock.travel(back - 50 * MINUTE - clock.now());
  const early = session(logins.colleague);
  open(early, {
    channel: 'desk',
    contactName: '陈先生',
    callBackPhone: '13911112222',
    category: 'safety',
    severity: 'critical',
    summary: '泳池边防滑垫翘起，一位老人差点滑倒，家属情绪激动。',
    clientWants: '马上处理并给个说法',
  });
  clock.travel(back - clock.now());

  const desk2 = session(logins.reception);
  closeBy(desk2, closed, 5, '孙先生对处理满意。');
  closeBy(desk2, reopened, 2, '周女士说有效期仍显示旧日期，不满意。');
  open(desk2, {
    channel: 'phone',
    contactName: '赵女士',
    callBackPhone: '13800138000',
    category: 'facility',
    severity: 'normal',
    summary: '女更衣室淋浴热水时有时无，已经三天了。',
    clientWants: '尽快修好',
  });
  const offered = open(desk2, {
    channel: 'desk',
    contactName: '钱先生',
    callBackPhone: '13711223344',
    category: 'service',
    severity: 'low',
    summary: '体验课后销售电话太频繁，希望只在约定时间联系。',
  });
  const consultant = session(logins.consultant);
  const staff = call(consultant, 'session.get', undefined) as { staffId: string };
  step(desk2, 'complaints.offerTransfer', {
    complaintId: offered.id,
    toStaffId: staff.staffId,
    reason: '涉及会籍顾问的回访安排，请顾问接手。',
  });

  const lina = session(logins.colleague);
  const planned = open(lina, {
    channel: 'letter',
    contactName: '吴老师',
    callBackPhone: '13366778899',
    category: 'staff',
    severity: 'normal',
    summary: '来信反映周三晚上的团课教练两次迟到十分钟以上。',
  });
  step(lina, 'complaints.respond', { complaintId: planned.id, body: '已电话回复，正在核实排班。' });
  step(lina, 'complaints.setPlan', {
    complaintId: planned.id,
    plan: '调取周三签到记录，约谈教练，下周三由值班经理现场确认准时开课。',
  });
  const waiting = open(lina, {
    channel: 'message',
    contactName: '郑女士',
    callBackPhone: '13255667788',
    category: 'billing',
    severity: 'normal',
    summary: '留言说私教课包被多扣了一节。',
  });
  step(lina, 'complaints.respond', {
    complaintId: waiting.id,
    body: '已回电，请会员提供上课日期。',
  });
  step(lina, 'complaints.wait', {
    complaintId: waiting.id,
    waiting: true,
    body: '等会员发来上课截图',
  });
  const resolved = open(lina, {
    channel: 'desk',
    contactName: '冯先生',
    callBackPhone: '13155443322',
    category: 'facility',
    severity: 'normal',
    summary: '储物柜锁坏了，手表被卡在柜内半小时。',
  });
  step(lina, 'complaints.resolve', {
    complaintId: resolved.id,
    result: '当场开柜取出手表，更换门锁，赠送一次私教体验课。',
    remedy: { kind: 'freeSession', sessions: 1 },
  });

  // The overdue case moves up the chain on main's timer; the supervisor notes who was at fault.
  core.tick();
  const supervisor = session(logins.supervisor);
  call(supervisor, 'complaints.addInternalNote', {
    complaintId: late.id,
    body: '器械日检表显示当班教练连续两天未检查钢索，按制度扣当月考核分。',
  });
  for (let i = 1; i <= n; i += 1) core.dispatch('auth.logout', undefined, `demo-complaints-${i}`);
}

/** Complaint entries of the shift log not yet linked to a case (read, not written). */
function unlinkedComplaintEntries(core: Core): { id: string; body: string }[] {
  return core
    .db!.prepare(
      `SELECT l.id, l.body FROM log_entries l
       WHERE l.category = 'complaint' AND l.corrects_id IS NULL
         AND NOT EXISTS (SELECT 1 FROM complaints k WHERE k.log_entry_id = l.id)
       ORDER BY l.at`,
    )
    .all() as { id: string; body: string }[];
}
