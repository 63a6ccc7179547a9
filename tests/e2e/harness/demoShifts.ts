import type { Core } from '../../../electron/app/core';
import { HANDOVER_SECTIONS, type HandoverSection } from '../../../shared/domain/shift';
import { caller, type DemoClock } from './demoClients';

interface Login {
  username: string;
  pin: string;
}

export interface ShiftCast {
  early: Login & { displayName: string };
  late: Login & { displayName: string };
  duty: Login;
  supervisor: Login;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const MEMBERS = ['M-1001', 'M-1003', 'M-1007', 'M-1012', 'M-1014', 'M-1018', 'VIP-0001'];

/** What happens in one past shift beyond the routine (a desk's week is never the same twice). */
interface ShiftStory {
  entries: {
    category: 'general' | 'maintenance' | 'complaint' | 'vip' | 'cash' | 'security';
    body: string;
    followUp?: boolean;
  }[];
  /** Cash counted minus expected, in cents; a note explains it when not zero. */
  varianceCents?: number;
  varianceNote?: string;
  summary: string;
  flag?: { section: HandoverSection; note: string };
  reviewed?: string;
  abandoned?: string;
}

const STORIES: ShiftStory[] = [
  {
    entries: [
      {
        category: 'maintenance',
        body: '3号跑步机运转时有异响，已停用并挂牌，报工程部维修。',
        followUp: true,
      },
      { category: 'vip', body: 'VIP 会员王总预约周六上午私教体测，已通知教练。' },
    ],
    summary: '客流平稳。3号跑步机待修，已挂停用牌；其余设备正常。',
    reviewed: '已阅。跑步机维修请工程部本周内完成。',
  },
  {
    entries: [
      {
        category: 'complaint',
        body: '会员反映女更衣室热水不稳定，已致歉并报物业。',
        followUp: true,
      },
      { category: 'general', body: '团课表下周更新，新表已放在前台。' },
    ],
    summary: '晚高峰入场较多，更衣室热水问题已报物业，等回复。',
    reviewed: '已阅，热水问题明早跟进物业。',
  },
  {
    entries: [{ category: 'cash', body: '备用金中 50 元面额不足，已向财务申领。' }],
    varianceCents: -2000,
    varianceNote: '少 20 元：一笔水吧现金找零多找，已与会员核实，明日补回。',
    summary: '水吧现金短款 20 元，原因已查明。',
    flag: { section: 'cash', note: '接班清点备用金与交班记录不符，请经理核对。' },
  },
  {
    entries: [{ category: 'security', body: '22:05 停车场有陌生人徘徊，保安已到场劝离。' }],
    summary: '',
    abandoned: '交班人身体不适提前离岗，未能交接；由值班经理关班。',
  },
  {
    entries: [
      { category: 'general', body: '游泳池 14:00–15:00 清洁维护，已提前广播通知。' },
      { category: 'maintenance', body: '前台打印机卡纸，已处理，可正常打印。' },
    ],
    summary: '上午会员较少，完成了会员资料整理。泳池维护按时完成。',
    reviewed: '已阅。',
  },
  {
    entries: [{ category: 'vip', body: '陈女士生日，已送上会所贺卡。' }],
    summary: '晚班顺利，无异常。',
  },
];

/**
 * The last days of the desk: early and late shifts opened with their checklists, members in
 * and out, drinks paid in cash, log entries and follow-ups, handovers signed by both sides,
 * one flagged, one missing, most accepted by the supervisor. Leaves yesterday's late shift
 * handed over and received, so today's desk opens its own shift.
 */
export function seedDemoShifts(core: Core, clock: DemoClock, cast: ShiftCast, days = 3): void {
  const call = caller(core);
  let n = 0;
  const pins = new Map<string, string>();
  const session = (who: Login) => {
    const id = `demo-shift-${(n += 1)}`;
    call(id, 'auth.login', { username: who.username, pin: who.pin });
    pins.set(id, who.pin);
    return id;
  };
  const at = (ms: number) => clock.travel(ms - clock.now());

  const sup = session(cast.supervisor);
  const templates = call(sup, 'shifts.templates').filter((t) => t.active);
  const price =
    call(sup, 'desk.priceList')[0] ??
    call(sup, 'desk.setPriceItem', { name: '矿泉水', priceCents: 300, sort: 0 });
  // 排班: the early shift is Li Na's, the late one Wang Fang's, from the history to next week.
  const staff = call(sup, 'staff.directory');
  const idOf = (who: { displayName: string }) =>
    staff.find((x) => x.displayName === who.displayName)?.id;
  for (let d = -days; d <= 6; d += 1) {
    const date = new Date(Date.now() + d * DAY);
    const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    templates.forEach((t) => {
      const id = idOf(t.sort % 2 === 0 ? cast.early : cast.late);
      if (id)
        call(sup, 'shifts.setRoster', { businessDate: day, templateId: t.id, staffIds: [id] });
    });
  }
  call(sup, 'auth.logout');

  const pendingStory = new Map<string, ShiftStory>();
  /** The next shift's person takes over in their own session: flags where the story has one. */
  function receive(desk: string, handoverId: string) {
    const s = pendingStory.get(handoverId);
    const flags = s?.flag ? [s.flag] : [];
    call(desk, 'handover.receive', {
      handoverId,
      pin: pins.get(desk)!,
      confirmed: HANDOVER_SECTIONS.filter((x) => !flags.some((f) => f.section === x)),
      flags,
    });
    if (s?.reviewed) {
      const review = session(cast.supervisor);
      call(review, 'handover.review', { handoverId, note: s.reviewed });
      call(review, 'auth.logout');
    }
  }

  const today = new Date();
  let story = 0;
  for (let d = days; d >= 1; d -= 1) {
    const date = new Date(today.getFullYear(), today.getMonth(), today.getDate() - d);
    for (const t of templates) {
      const [sh, sm] = t.startsAt.split(':').map(Number) as [number, number];
      const [eh, em] = t.endsAt.split(':').map(Number) as [number, number];
      const start = new Date(date.getFullYear(), date.getMonth(), date.getDate(), sh, sm).getTime();
      const end = new Date(date.getFullYear(), date.getMonth(), date.getDate(), eh, em).getTime();
      if (start <= clock.now()) continue;
      const who = t.sort % 2 === 0 ? cast.early : cast.late;
      runShift(STORIES[story % STORIES.length]!, t.id, who, start, end);
      story += 1;
    }
  }

  function runShift(s: ShiftStory, templateId: string, who: Login, start: number, end: number) {
    at(start - 12 * MINUTE);
    const desk = session(who);
    const current = call(desk, 'shifts.current');
    if (current.awaitingHandover) receive(desk, current.awaitingHandover.handoverId);
    let shift = call(desk, 'shifts.open', {
      templateId,
      openingFloatCents: current.suggestedFloatCents || 50_000,
    });
    for (const c of shift.checks.filter((x) => x.phase === 'opening'))
      shift = call(desk, 'shifts.check', { shiftId: shift.id, itemId: c.itemId, done: true });
    for (const a of shift.acks)
      shift = call(desk, 'shifts.acknowledge', { shiftId: shift.id, kind: a.kind, refId: a.refId });
    call(desk, 'shifts.start', { shiftId: shift.id });
    call(desk, 'auth.logout');

    const span = end - start;
    at(start + span * 0.2);
    const work = session(who);
    const ins = MEMBERS.slice(0, 3 + (start % 4)).map((card) => {
      const [hit] = call(work, 'desk.lookup', { q: card });
      return call(work, 'desk.checkIn', { clientId: hit!.summary.id }).checkIn.id;
    });
    call(work, 'desk.addCharge', { checkInId: ins[0]!, itemId: price.id, quantity: 2 });
    call(work, 'desk.settle', { checkInId: ins[0]!, method: 'cash' });
    call(work, 'desk.recordCardSale', { cardType: start % 2 ? '月卡' : '年卡', count: 1 });
    call(work, 'calls.record', {
      callerName: '林女士',
      callbackPhone: '13700001111',
      purpose: '咨询私教课价格与时间',
      appointment: false,
      route: 'rotation',
    });
    for (const e of s.entries) {
      call(work, 'shiftLog.add', {
        category: e.category,
        body: e.body,
        ...(e.followUp ? { followUp: { dueAt: end + DAY } } : {}),
      });
    }
    call(work, 'auth.logout');

    at(start + span * 0.7);
    const out = session(who);
    for (const id of ins) call(out, 'desk.checkOut', { checkInId: id });
    if (s.abandoned) {
      call(out, 'auth.logout');
      at(end + 20 * MINUTE);
      const duty = session(cast.duty);
      call(duty, 'shifts.abandon', { shiftId: shift.id, reason: s.abandoned });
      call(duty, 'auth.logout');
      return;
    }
    call(out, 'auth.logout');

    at(end - 8 * MINUTE);
    const close = session(who);
    for (const c of shift.checks.filter((x) => x.phase === 'closing'))
      call(close, 'shifts.check', { shiftId: shift.id, itemId: c.itemId, done: true });
    const draft = call(close, 'handover.prepare', { shiftId: shift.id });
    const expected = draft.content.cash.expectedCents;
    call(close, 'handover.saveDraft', {
      handoverId: draft.id,
      coaches: { female: 2, male: 3 },
      countedCents: expected + (s.varianceCents ?? 0),
      ...(s.varianceNote ? { cashNote: s.varianceNote } : {}),
      summary: s.summary,
    });
    call(close, 'handover.signOutgoing', { handoverId: draft.id, pin: who.pin });
    call(close, 'auth.logout');
    pendingStory.set(draft.id, s);
  }

  // Yesterday's late shift is taken over by the duty manager closing the night.
  const last = session(cast.duty);
  const waiting = call(last, 'shifts.current').awaitingHandover;
  if (waiting) receive(last, waiting.handoverId);
  call(last, 'auth.logout');
}

/**
 * Today's shift, opened by `who` shortly before its start when the desk is inside a shift's
 * hours right now; outside them the desk waits for someone to open one.
 */
export function openTodaysShift(core: Core, clock: DemoClock, who: Login): void {
  const call = caller(core);
  const now = Date.now();
  const id = 'demo-shift-today';
  call(id, 'auth.login', { username: who.username, pin: who.pin });
  const current = call(id, 'shifts.current');
  const template = current.templates.find((t) => t.id === current.suggestedTemplateId);
  call(id, 'auth.logout');
  if (!template) return;
  const d = new Date(now);
  const [h, m] = template.startsAt.split(':').map(Number) as [number, number];
  const start = new Date(d.getFullYear(), d.getMonth(), d.getDate(), h, m).getTime();
  if (start > now || start - 10 * MINUTE < clock.now()) return;
  clock.travel(start - 10 * MINUTE - clock.now());
  call(id, 'auth.login', { username: who.username, pin: who.pin });
  let shift = call(id, 'shifts.open', {
    templateId: template.id,
    openingFloatCents: current.suggestedFloatCents || 50_000,
  });
  for (const c of shift.checks.filter((x) => x.phase === 'opening'))
    shift = call(id, 'shifts.check', { shiftId: shift.id, itemId: c.itemId, done: true });
  for (const a of shift.acks)
    shift = call(id, 'shifts.acknowledge', { shiftId: shift.id, kind: a.kind, refId: a.refId });
  call(id, 'shifts.start', { shiftId: shift.id });
  call(id, 'auth.logout');
  clock.travel(Math.min(now, start + 30 * MINUTE) - clock.now());
  // Up to 40 minutes pass at the desk: longer than the idle lock, so sign in again.
  call(id, 'auth.login', { username: who.username, pin: who.pin });
  call(id, 'shiftLog.add', {
    category: 'general',
    body: '今日团课：19:00 动感单车改到 2 号教室，已在前台告示。',
  });
  call(id, 'auth.logout');
}
