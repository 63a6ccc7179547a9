import type { Core } from '../../../electron/app/core';
import type { ChannelName, Input, Output } from '../../../shared/contract';
import { withPrcCheckDigit } from '../../../shared/domain/idNumber';
import { DEMO_PORTRAITS, pngDataUrl, portraitPng } from './demoPhotos';

type Call = <C extends ChannelName>(client: string, channel: C, input?: Input<C>) => Output<C>;

export function caller(core: Core): Call {
  return (client, channel, input) => {
    const r = core.dispatch(channel, input, client);
    if (!r.ok) throw new Error(`demo seed: ${channel} failed: ${r.error.message}`);
    return r.data as never;
  };
}

const DAY = 86_400_000;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const day = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

interface Member {
  name: string;
  nameLatin?: string;
  gender: 'female' | 'male';
  born: string; // YYYYMMDD
  phone: string;
  card: string;
  cardType: string;
  /** Months of membership left (negative: expired that long ago). */
  monthsLeft: number;
  status?: 'frozen' | 'unpaid' | 'banned';
  grade: 'A' | 'B' | 'C' | 'D';
  tags?: string[];
  alertNote?: string;
  notes?: string;
}

/** YYYYMMDD of today's month and day in a leap year (the harness runs on today; 29 February too). */
function bornToday(year: number): string {
  const d = new Date();
  return `${year}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
}

/** A gym's members as a Beijing desk would have them. */
const MEMBERS: Member[] = [
  {
    name: '张三',
    gender: 'male',
    born: '19900307',
    phone: '13812345678',
    card: 'VIP-0001',
    cardType: '年卡',
    monthsLeft: 7,
    grade: 'A',
    tags: ['私教'],
    notes: '膝盖旧伤,避免深蹲',
  },
  {
    name: '李娟',
    gender: 'female',
    born: '19880415',
    phone: '13911112222',
    card: 'M-1001',
    cardType: '季卡',
    monthsLeft: 2,
    grade: 'B',
    tags: ['瑜伽'],
  },
  {
    name: '王建国',
    gender: 'male',
    born: '19751122',
    phone: '13700001234',
    card: 'M-1002',
    cardType: '年卡',
    monthsLeft: 0,
    grade: 'B',
    alertNote: '本周会籍到期,请提醒续卡',
  },
  {
    name: '刘思雨',
    nameLatin: 'Lucy Liu',
    gender: 'female',
    born: '19950620',
    phone: '18600005566',
    card: 'M-1003',
    cardType: '次卡',
    monthsLeft: 4,
    grade: 'A',
  },
  {
    name: '陈志强',
    gender: 'male',
    born: '19820109',
    phone: '15800007788',
    card: 'M-1004',
    cardType: '年卡',
    monthsLeft: -1,
    grade: 'C',
  },
  {
    name: '杨晓燕',
    gender: 'female',
    born: '19930812',
    phone: '13522223333',
    card: 'M-1005',
    cardType: '月卡',
    monthsLeft: 1,
    grade: 'B',
    status: 'frozen',
    notes: '出差三个月,申请冻结',
  },
  {
    name: '黄伟',
    gender: 'male',
    born: '19870630',
    phone: '13644445555',
    card: 'M-1006',
    cardType: '年卡',
    monthsLeft: 9,
    grade: 'D',
    status: 'unpaid',
    alertNote: '分期第二期未缴',
  },
  {
    name: '赵丽',
    gender: 'female',
    born: '19911203',
    phone: '13766667777',
    card: 'M-1007',
    cardType: '季卡',
    monthsLeft: 3,
    grade: 'A',
    tags: ['游泳'],
  },
  {
    name: '周杰伦',
    nameLatin: 'Jay Zhou',
    gender: 'male',
    born: '19790118',
    phone: '13988889999',
    card: 'M-1008',
    cardType: '年卡',
    monthsLeft: 11,
    grade: 'A',
    tags: ['私教', 'VIP'],
  },
  {
    name: '吴敏',
    gender: 'female',
    born: '19960505',
    phone: '18911110000',
    card: 'M-1009',
    cardType: '月卡',
    monthsLeft: 1,
    grade: 'B',
  },
  {
    name: '徐磊',
    gender: 'male',
    born: '19850925',
    phone: '15011112233',
    card: 'M-1010',
    cardType: '年卡',
    monthsLeft: 6,
    grade: 'C',
    status: 'banned',
    alertNote: '多次违规,已禁止入场',
  },
  {
    name: '孙悦',
    gender: 'female',
    born: '19990214',
    phone: '13322224444',
    card: 'M-1011',
    cardType: '季卡',
    monthsLeft: 2,
    grade: 'B',
    tags: ['团课'],
  },
  {
    name: '马超',
    gender: 'male',
    // Born on the day the demo is shown, so the desk greets someone on its birthday.
    born: bornToday(1992),
    phone: '13455556666',
    card: 'M-1012',
    cardType: '年卡',
    monthsLeft: 8,
    grade: 'A',
  },
  {
    name: '朱婷',
    gender: 'female',
    born: '19941129',
    phone: '13577778888',
    card: 'M-1013',
    cardType: '次卡',
    monthsLeft: 5,
    grade: 'B',
    tags: ['瑜伽', '普拉提'],
  },
  {
    name: '胡歌',
    gender: 'male',
    born: '19820920',
    phone: '13899990000',
    card: 'M-1014',
    cardType: '年卡',
    monthsLeft: 10,
    grade: 'A',
    tags: ['VIP'],
  },
  {
    name: '郭静',
    gender: 'female',
    born: '19890101',
    phone: '15600001111',
    card: 'M-1015',
    cardType: '月卡',
    monthsLeft: -2,
    grade: 'C',
  },
  {
    name: '欧阳娜娜',
    nameLatin: 'Nana Ouyang',
    gender: 'female',
    born: '20000615',
    phone: '13600005678',
    card: 'M-1016',
    cardType: '季卡',
    monthsLeft: 2,
    grade: 'B',
  },
  {
    name: '林峰',
    gender: 'male',
    born: '19830731',
    phone: '18700002222',
    card: 'M-1017',
    cardType: '年卡',
    monthsLeft: 4,
    grade: 'B',
  },
  {
    name: '何洁',
    gender: 'female',
    born: '19971010',
    phone: '15911113333',
    card: 'M-1018',
    cardType: '年卡',
    monthsLeft: 12,
    grade: 'A',
    tags: ['私教'],
  },
  {
    name: '罗志祥',
    gender: 'male',
    born: '19790730',
    phone: '13233334444',
    card: 'M-1019',
    cardType: '月卡',
    monthsLeft: 1,
    grade: 'D',
    alertNote: '上次投诉已处理,态度友好接待',
  },
];

function memberInput(
  m: Member,
  now: number,
  consultantId: string | undefined,
): Input<'clients.create'> {
  const expiry = now + m.monthsLeft * 30 * DAY + 3 * DAY;
  return {
    kind: 'person',
    name: m.name,
    ...(m.nameLatin ? { nameLatin: m.nameLatin } : {}),
    gender: m.gender,
    birthday: `${m.born.slice(0, 4)}-${m.born.slice(4, 6)}-${m.born.slice(6)}`,
    phones: [m.phone],
    idType: 'prcId',
    idNumber: withPrcCheckDigit(`110105${m.born}${pad(MEMBERS.indexOf(m) + 10, 3)}`),
    cardType: m.cardType,
    cardNumber: m.card,
    membershipStart: day(expiry - 365 * DAY),
    membershipExpiry: day(expiry),
    membershipStatus: m.status ?? 'active',
    creditGrade: m.grade,
    tags: m.tags ?? [],
    ...(m.alertNote ? { alertNote: m.alertNote } : {}),
    ...(m.notes ? { notes: m.notes } : {}),
    ...(consultantId ? { consultantId } : {}),
    address: '北京市朝阳区建国路88号',
  };
}

export interface DemoClock {
  /** Moves the harness clock; the seed plays months of desk life in a moment. */
  travel(ms: number): void;
  now(): number;
}

/**
 * Months of client files: members of every status, an organisation with contacts, two
 * classified files, reviews falling due, access records, an export and a destruction
 * request waiting for approval.
 */
export function seedDemoClients(
  core: Core,
  clock: DemoClock,
  logins: Record<string, { username: string; pin: string }>,
): void {
  const call = caller(core);
  const as = (who: string) => {
    const id = `demo-${who}-${clock.now()}`;
    const { username, pin } = logins[who]!;
    call(id, 'auth.login', { username, pin });
    return id;
  };
  const done = (id: string) => call(id, 'auth.logout');

  const desk = as('reception');
  const consultants = call(desk, 'staff.directory').filter((s) => s.role === 'consultant');
  const ids = MEMBERS.map(
    (m, i) =>
      call(
        desk,
        'clients.create',
        memberInput(m, clock.now() + 120 * DAY, consultants[i % consultants.length]?.id),
      ).id,
  );
  // Photos as the desk's webcam would have taken them; a few members have none yet.
  MEMBERS.forEach((m, i) => {
    const look = DEMO_PORTRAITS[m.card];
    if (look)
      call(desk, 'clients.setPhoto', { id: ids[i]!, dataUrl: pngDataUrl(portraitPng(look)) });
  });
  call(desk, 'clients.create', {
    kind: 'organisation',
    name: '阳光科技有限公司',
    nameLatin: 'Sunshine Tech Co., Ltd.',
    phones: ['01065529988'],
    address: '北京市朝阳区望京SOHO T1 1808',
    contacts: [
      { name: '周敏', title: '行政经理', phone: '13700009999' },
      { name: '钱学森', title: '人事专员', phone: '13800006666' },
    ],
    cardType: '企业卡',
    cardNumber: 'ORG-001',
    membershipStart: day(clock.now()),
    membershipExpiry: day(clock.now() + 365 * DAY),
    membershipStatus: 'active',
    creditGrade: 'A',
    tags: ['企业客户'],
    notes: '企业团购 30 张年卡,月结',
  });
  done(desk);

  const sup = as('supervisor');
  call(sup, 'clients.setSecrecy', {
    id: ids[8]!,
    level: 'confidential',
    until: null,
    reason: '公众人物,个人信息保密',
  });
  call(sup, 'clients.setSecrecy', {
    id: ids[10]!,
    level: 'topSecret',
    until: clock.now() + 400 * DAY,
    reason: '纠纷调查期间',
  });
  call(sup, 'clients.setSecrecy', {
    id: ids[13]!,
    level: 'secret',
    until: clock.now() + 30 * DAY,
    reason: '短期保密',
  });
  done(sup);

  clock.travel(100 * DAY);
  const duty = as('duty');
  call(duty, 'reviews.complete', {
    clientId: ids[4]!,
    kind: 'credit',
    grade: 'D',
    note: '两次逾期缴费',
  });
  const f = call(duty, 'clients.get', { id: ids[1]! });
  call(duty, 'clients.update', { id: ids[1]!, version: f.version, phones: ['13911113333'] });
  done(duty);

  clock.travel(18 * DAY);
  const sup2 = as('supervisor');
  call(sup2, 'clients.get', { id: ids[8]!, reason: '会员投诉核查' });
  call(sup2, 'clients.reveal', { id: ids[8]!, field: 'phones', reason: '回访电话' });
  call(sup2, 'clients.get', { id: ids[10]!, reason: '配合纠纷调查' });
  done(sup2);
  const desk2 = as('reception');
  call(desk2, 'clients.reveal', { id: ids[2]!, field: 'phones' });
  done(desk2);
  const duty2 = as('duty');
  const exp = call(duty2, 'exports.request', {
    clientIds: ids.slice(0, 6),
    format: 'xlsx',
    reason: '季度会员续费名单',
  });
  call(duty2, 'exports.request', {
    clientIds: [ids[10]!, ids[11]!],
    format: 'csv',
    reason: '配合律师函调取资料',
  });
  call(duty2, 'destruction.request', { clientId: ids[15]!, reason: '会员注销满两年,按制度销毁' });
  done(duty2);
  const sup3 = as('supervisor');
  call(sup3, 'exports.approve', { id: exp.id });
  done(sup3);
}

/** The seed starts this long ago, so reviews fall due and the logs have a past. */
export const DEMO_HISTORY_MS = 122 * DAY;
