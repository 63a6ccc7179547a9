import type { ClientContact } from '../../shared/contract/clientViews';
import { addMonths } from '../../shared/domain/time';
import {
  nextCreditReview,
  nextFileReview,
  type CreditGrade,
  type MembershipStatus,
  type SecrecyLevel,
} from '../../shared/domain/clients';
import { birthdayFromPrcId, withPrcCheckDigit } from '../../shared/domain/idNumber';
import type { ClientColumns } from '../../electron/features/clients/clientQueries';
import { Random } from './random';

/** The day the bench pretends it is (alerts, effective status). */
export const TODAY = '2026-06-15';
const TODAY_MS = Date.UTC(2026, 5, 15);
/** The moment the bench runs at: 01:00 UTC that day (check-ins, decay of visits). */
export const NOW = TODAY_MS + 3_600_000;
const FIRST_MS = Date.UTC(2021, 0, 4);
const DAY_MS = 86_400_000;

/** Common surnames, most frequent first; weights fall off so 王李张刘陈 dominate as in life. */
const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const SURNAME_WEIGHTS = SURNAMES.map((_, i) => 1 / (i + 3));

const GIVEN = [
  ...new Set(
    '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞宇浩然欣怡子轩梓涵诺雨泽思彤佳琪晨博文俊凯嘉豪婷雪梅琳晶颖慧建国志辉海燕春龙云峰亮成斌波宁丹蕾倩瑶璐婧雯晓东鑫莉凤坤帅宏健康德福生林荣兵辰阳光远航哲瀚睿铭淑贞芬翠菊香月珍莹洁玲琴岩立新永利清正安家和美金旭鸿昊天宸宁馨若曦语桐彬松柏凌霄悦然可馨诗涵梦瑶紫萱欣妍一鸣景行子墨逸凡星辰振华国强秋实冬青秀英玉珍丽华建军文静海涛慧敏晓燕立群少华卫东红梅春花桂芝'.split(
      '',
    ),
  ),
];

const ORG_WORDS = [
  ...'星光 华腾 悦动 飞跃 金桥 海纳 鼎盛 恒通 博远 瑞丰 东方 新锐 启航 卓越 汇智 天成 宏图 锦程 云帆 创优 长青 明德 凯旋 精诚 和信 嘉禾 万达 远景 同创 美好'.split(
    ' ',
  ),
];
const ORG_TRADES = ['健身', '瑜伽', '舞蹈', '科技', '文化', '体育', '商贸', '教育', '传媒', '网络'];
const ORG_SUFFIXES = ['有限公司', '工作室', '俱乐部'];
const TITLES = ['经理', '行政', '人事主管', '前台', '负责人'];

const PHONE_PREFIXES = [
  ...Array.from({ length: 10 }, (_, i) => `13${i}`),
  ...['150', '151', '152', '153', '155', '156', '157', '158', '159'],
  ...Array.from({ length: 10 }, (_, i) => `18${i}`),
];
const REGIONS = ['110105', '110108', '310104', '310115', '440106', '440305', '330106', '510107'];
const CITIES = [
  ['北京市', ['朝阳区', '海淀区', '东城区']],
  ['上海市', ['浦东新区', '徐汇区', '静安区']],
  ['广州市', ['天河区', '越秀区']],
  ['深圳市', ['南山区', '福田区']],
  ['杭州市', ['西湖区', '滨江区']],
] as const;
const ROADS = ['建国路', '中山路', '人民路', '解放路', '长安街', '科技园路', '滨河大道', '文化路'];
const CARD_TYPES = [
  ['年卡', 12],
  ['季卡', 3],
  ['月卡', 1],
  ['次卡', 12],
  ['私教卡', 6],
] as const;
const TAGS = [
  '私教',
  '瑜伽',
  '游泳',
  '团课',
  'VIP',
  '新会员',
  '续费意向',
  '老会员',
  '学生',
  '夜场',
];
const NOTES = [
  '膝盖旧伤,避免深蹲',
  '偏好早上训练',
  '需要开发票',
  '朋友推荐入会',
  '对器械区噪音敏感',
];
const ALERTS = ['上次消费未结清', '曾有投诉,接待请注意', '过敏体质,勿用香薰'];

export interface BenchStaff {
  adminId: string;
  consultantIds: string[];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A UUIDv7 as the app makes them (time first), but from the seeded PRNG. */
function idAt(ms: number, rng: Random): string {
  const t = ms.toString(16).padStart(12, '0');
  const variant = rng.pick(['8', '9', 'a', 'b']);
  return `${t.slice(0, 8)}-${t.slice(8)}-7${rng.hex(3)}-${variant}${rng.hex(3)}-${rng.hex(12)}`;
}

function phone(rng: Random): string {
  return rng.pick(PHONE_PREFIXES) + rng.digits(8);
}

function personName(rng: Random): string {
  const given = rng.chance(0.62) ? rng.pick(GIVEN) + rng.pick(GIVEN) : rng.pick(GIVEN);
  return rng.weighted(SURNAMES, SURNAME_WEIGHTS) + given;
}

function address(rng: Random): string {
  const [city, districts] = rng.pick(CITIES);
  return `${city}${rng.pick(districts)}${rng.pick(ROADS)}${rng.int(1, 300)}号${rng.int(1, 30)}楼${rng.int(101, 2808)}`;
}

function prcId(rng: Random, male: boolean): string {
  const birth = new Date(Date.UTC(1955, 0, 1) + rng.int(0, 19_000) * DAY_MS);
  const ymd = `${birth.getUTCFullYear()}${pad(birth.getUTCMonth() + 1)}${pad(birth.getUTCDate())}`;
  const seq = rng.int(0, 49) * 20 + rng.int(0, 9) * 2 + (male ? 1 : 0);
  return withPrcCheckDigit(`${rng.pick(REGIONS)}${ymd}${pad(seq, 3)}`);
}

function membership(rng: Random, createdMs: number) {
  if (!rng.chance(0.93)) {
    return {
      card_type: null,
      membership_start: null,
      membership_expiry: null,
      membership_status: null,
    };
  }
  const [cardType, months] = rng.pick(CARD_TYPES);
  const startMs = createdMs + rng.int(0, Math.max(0, (TODAY_MS - createdMs) / DAY_MS)) * DAY_MS;
  const start = dayOf(startMs);
  const expiry = addMonths(start, months);
  let status: MembershipStatus = rng.weighted(
    ['active', 'frozen', 'unpaid', 'banned'] as const,
    [88, 6, 5, 1],
  );
  if (status === 'active' && expiry < TODAY && rng.chance(0.6)) status = 'expired';
  return {
    card_type: cardType as string,
    membership_start: start,
    membership_expiry: expiry,
    membership_status: status,
  };
}

function secrecy(rng: Random): { secrecy: SecrecyLevel; secrecy_until: number | null } {
  const level = rng.weighted(
    ['none', 'secret', 'confidential', 'topSecret'] as const,
    [965, 20, 10, 5],
  );
  if (level === 'none') return { secrecy: level, secrecy_until: null };
  return {
    secrecy: level,
    secrecy_until: rng.chance(0.5) ? TODAY_MS + rng.int(30, 730) * DAY_MS : null,
  };
}

function tags(rng: Random): string[] {
  const out = new Set<string>();
  for (let n = rng.weighted([0, 1, 2, 3], [35, 35, 20, 10]); n > 0; n -= 1) out.add(rng.pick(TAGS));
  return [...out];
}

function person(rng: Random) {
  const male = rng.chance(0.5);
  const hasPrcId = rng.chance(0.85);
  const id = hasPrcId ? prcId(rng, male) : null;
  const passport = !hasPrcId && rng.chance(0.2) ? `E${rng.digits(8)}` : null;
  const phones = [phone(rng), ...(rng.chance(0.1) ? [phone(rng)] : [])];
  return {
    kind: 'person' as const,
    name: personName(rng),
    gender: rng.chance(0.03)
      ? ('unspecified' as const)
      : male
        ? ('male' as const)
        : ('female' as const),
    birthday: id ? birthdayFromPrcId(id) : null,
    phones,
    id_type: id ? ('prcId' as const) : passport ? ('passport' as const) : null,
    id_number: id ?? passport,
    contacts: [] as ClientContact[],
  };
}

function organisation(rng: Random) {
  const name = `${rng.pick(ORG_WORDS)}${rng.pick(ORG_TRADES)}${rng.pick(ORG_SUFFIXES)}`;
  const contacts: ClientContact[] = Array.from({ length: rng.int(1, 2) }, () => ({
    name: personName(rng),
    title: rng.pick(TITLES),
    phone: phone(rng),
  }));
  return {
    kind: 'organisation' as const,
    name,
    gender: null,
    birthday: null,
    phones: [phone(rng)],
    id_type: rng.chance(0.5) ? ('other' as const) : null,
    id_number: null as string | null,
    contacts,
  };
}

/**
 * `count` client files as `createClientRecord` would store them, created in time order over
 * five years (so ids sort like the app's UUIDv7 ids), from a fixed seed.
 */
export function generateClients(count: number, seed: number, staff: BenchStaff): ClientColumns[] {
  const rng = new Random(seed);
  const rows: ClientColumns[] = [];
  const span = TODAY_MS - FIRST_MS;
  for (let i = 0; i < count; i += 1) {
    const createdMs = FIRST_MS + Math.floor((span * i) / count) + rng.int(0, 59_999);
    const who = rng.chance(0.05) ? organisation(rng) : person(rng);
    if (who.id_type === 'other') who.id_number = `91${rng.digits(16)}`;
    const grade: CreditGrade = rng.weighted(['A', 'B', 'C', 'D'] as const, [20, 55, 18, 7]);
    const reviewedOn = dayOf(TODAY_MS - rng.int(0, 120) * DAY_MS);
    const member = membership(rng, createdMs);
    rows.push({
      id: idAt(createdMs, rng),
      kind: who.kind,
      name: who.name,
      name_latin: null,
      sort_key: '',
      gender: who.gender,
      birthday: who.birthday,
      phones: JSON.stringify(who.phones),
      email: rng.chance(0.3)
        ? `${rng.hex(8)}@${rng.pick(['qq.com', '163.com', 'example.cn'])}`
        : null,
      address: rng.chance(0.7) ? address(rng) : null,
      id_type: who.id_type,
      id_number: who.id_number,
      contacts: JSON.stringify(who.contacts),
      notes: rng.chance(0.2) ? rng.pick(NOTES) : null,
      alert_note: rng.chance(0.03) ? rng.pick(ALERTS) : null,
      tags: JSON.stringify(tags(rng)),
      consultant_id: rng.chance(0.6) ? rng.pick(staff.consultantIds) : null,
      credit_grade: grade,
      card_number: member.card_type ? `M-${pad(i + 1, 6)}` : null,
      ...member,
      ...secrecy(rng),
      file_review_due: nextFileReview(reviewedOn),
      credit_review_due: nextCreditReview(reviewedOn, grade),
      version: 1,
      created_by: staff.adminId,
      created_at: createdMs,
      updated_at: createdMs,
    });
  }
  return rows;
}
