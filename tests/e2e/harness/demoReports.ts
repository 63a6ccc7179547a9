import type { Core } from '../../../electron/app/core';
import { caller, type DemoClock } from './demoClients';

interface Login {
  username: string;
  pin: string;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Signed-in activity at least this often keeps the desk's session open across a night. */
const KEEP_ALIVE = 100 * MINUTE;

/** Members who come often; the rest of the active members now and then. */
const REGULARS = ['M-1001', 'M-1003', 'M-1007', 'M-1012', 'M-1014', 'VIP-0001'];

/** A small deterministic random, so every demo vault has the same history. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

/** An arrival hour: mornings, a lunch bump, and the evening rush after work. */
function arrivalMinute(r: () => number, weekend: boolean): number {
  const x = r();
  if (weekend) return (9 + r() * 10) * 60;
  if (x < 0.2) return (7 + r() * 2) * 60;
  if (x < 0.35) return (11.5 + r() * 2) * 60;
  if (x < 0.45) return (14 + r() * 3) * 60;
  return (17.5 + r() * 3.5) * 60;
}

type Event = { at: number; act: () => void };

const SURNAMES = ['王', '李', '赵', '陈', '杨', '吴', '郑', '冯', '何', '许'];

/**
 * 报表的历史: the weeks before the demo's shifts (days `from`…`to` ago) as a desk lives them —
 * members in and out through the day, busier evenings and weekends, a drink paid in cash,
 * phone inquiries and now and then a card sold — so a monthly report has a month to show
 * and a month before to compare with. One desk session kept open (the idle lock raised for
 * the seed and put back), through the real router at each event's time.
 */
export function seedDemoReportHistory(
  core: Core,
  clock: DemoClock,
  cast: { reception: Login; admin: Login },
  days: { from: number; to: number } = { from: 75, to: 4 },
): void {
  const call = caller(core);
  const login = (client: string, who: Login) =>
    call(client, 'auth.login', { username: who.username, pin: who.pin });
  // Whole milliseconds: ids and times are built from the clock.
  const at = (ms: number) => clock.travel(Math.round(ms) - clock.now());
  const admin = 'demo-report-admin';
  login(admin, cast.admin);
  call(admin, 'settings.update', { idleLockMinutes: 120 });
  call(admin, 'auth.logout');

  const desk = 'demo-report-desk';
  const r = random(20261103);
  const first = new Date(Date.now() - days.from * DAY);
  at(new Date(first.getFullYear(), first.getMonth(), first.getDate(), 6, 50).getTime());
  login(desk, cast.reception);
  const members = [...REGULARS, 'M-1004', 'M-1009', 'M-1013', 'M-1015', 'M-1016', 'M-1019']
    .map((card) => call(desk, 'desk.lookup', { q: card })[0]?.summary)
    .filter((s) => s && s.status === 'active')
    .map((s) => ({ id: s!.id, until: s!.expiresOn ?? '9999-12-31' }));
  const price = call(desk, 'desk.priceList')[0];
  const consultants = call(desk, 'staff.directory')
    .filter((x) => x.role === 'consultant')
    .map((x) => x.id);
  let visitorNo = 0;

  const events: Event[] = [];
  // Nothing after the last history day: the demo's shifts follow from the next morning.
  const last = new Date(Date.now() - days.to * DAY);
  const endAt = new Date(last.getFullYear(), last.getMonth(), last.getDate(), 23, 30).getTime();
  for (let d = days.from; d >= days.to; d -= 1) {
    const date = new Date(Date.now() - d * DAY);
    const midnight = new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
    const weekend = date.getDay() === 0 || date.getDay() === 6;
    const visits = Math.round((weekend ? 10 : 7) + r() * 5);
    const ymd = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    // Members whose card still runs that day; each at most once, so no one is in twice.
    const valid = members.filter((m) => m.until >= ymd).map((m) => m.id);
    const today = [...valid].sort(() => r() - 0.5).slice(0, Math.min(visits, valid.length));
    today.forEach((clientId, i) => {
      const inAt = midnight + arrivalMinute(r, weekend) * MINUTE;
      const outAt = inAt + (50 + r() * 70) * MINUTE;
      let checkInId = '';
      events.push({
        at: inAt,
        act: () => (checkInId = call(desk, 'desk.checkIn', { clientId }).checkIn.id),
      });
      if (i === 0 && price)
        events.push({
          at: inAt + 30 * MINUTE,
          act: () => {
            call(desk, 'desk.addCharge', { checkInId, itemId: price.id, quantity: 1 });
            call(desk, 'desk.settle', { checkInId, method: 'cash' });
          },
        });
      events.push({ at: outAt, act: () => call(desk, 'desk.checkOut', { checkInId }) });
    });
    for (let c = 0; c < 1 + Math.round(r() * 2); c += 1)
      events.push({
        at: midnight + (10 + r() * 9) * 60 * MINUTE,
        act: () => {
          const { call: logged } = call(desk, 'calls.record', {
            callerName: r() < 0.5 ? '周先生' : '吴女士',
            callbackPhone: '13700002222',
            purpose: r() < 0.5 ? '咨询年卡价格' : '咨询团课时间',
            appointment: false,
            route: 'message',
          });
          // Called back the same day: the history leaves no open call-backs behind.
          call(desk, 'calls.calledBack', { callId: logged.id, note: '已回电说明' });
        },
      });
    for (let v = 0; v < Math.round(r() * (weekend ? 3 : 2)); v += 1)
      events.push(visitor(midnight + (10 + r() * 10) * 60 * MINUTE));
    if (r() < 0.3)
      events.push({
        at: midnight + (15 + r() * 5) * 60 * MINUTE,
        act: () =>
          call(desk, 'desk.recordCardSale', { cardType: r() < 0.6 ? '月卡' : '年卡', count: 1 }),
      });
  }
  /**
   * 预约访客: a consultant's appointment, shown round and gone within the hour; some take a
   * trial, and about one in four comes back within days to buy a card (a file with their phone).
   */
  function visitor(at: number): Event {
    visitorNo += 1;
    const n = visitorNo;
    const phone = `139${String(20_000_000 + n * 7919).slice(-8)}`;
    const consultantId = consultants[n % consultants.length]!;
    const name = `${SURNAMES[n % SURNAMES.length]}${n % 2 ? '女士' : '先生'}`;
    return {
      at,
      act: () => {
        const { visitor: v } = call(desk, 'visitors.register', {
          name,
          phone,
          scenario: 'C',
          consultantId,
          trial: r() < 0.4,
          source: r() < 0.5 ? '朋友介绍' : '大众点评',
        });
        events.push({
          at: at + 40 * MINUTE,
          act: () => call(desk, 'visitors.leave', { visitorId: v.id }),
        });
        const back = at + (2 + Math.floor(r() * 4)) * DAY;
        if (r() < 0.25 && back < endAt)
          events.push({
            at: back,
            act: () => member(name, phone, consultantId, n),
          });
      },
    };
  }

  function member(name: string, phone: string, consultantId: string, n: number) {
    const start = new Date(clock.now());
    const ymd = (d: Date) =>
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const end = new Date(start.getFullYear() + 1, start.getMonth(), start.getDate());
    call(desk, 'clients.create', {
      kind: 'person',
      name,
      phones: [phone],
      cardType: '年卡',
      cardNumber: `M-2${String(n).padStart(3, '0')}`,
      membershipStart: ymd(start),
      membershipExpiry: ymd(end),
      membershipStatus: 'active',
      consultantId,
    });
  }

  // Events may add later ones (a visitor leaving, coming back to buy): taken in time order.
  events.sort((a, b) => a.at - b.at);
  while (events.length > 0) {
    const e = events.shift()!;
    // Activity through the night, as a desk PC left signed in would not lock.
    while (e.at - clock.now() > KEEP_ALIVE) {
      at(clock.now() + KEEP_ALIVE);
      call(desk, 'auth.activity');
    }
    at(e.at);
    const before = events.length;
    e.act();
    if (events.length > before) events.sort((a, b) => a.at - b.at);
  }
  call(desk, 'auth.logout');
  login(admin, cast.admin);
  call(admin, 'settings.update', { idleLockMinutes: 10 });
  call(admin, 'auth.logout');
}
