/**
 * The columns of a client list as a spreadsheet: what export writes and import reads.
 * Headers are matched in Chinese or English, case and spaces ignored.
 */
export const SHEET_COLUMNS = [
  { field: 'kind', zh: '类型', en: 'Kind' },
  { field: 'name', zh: '姓名', en: 'Name' },
  { field: 'nameLatin', zh: '拼音或英文名', en: 'Latin name' },
  { field: 'gender', zh: '性别', en: 'Gender' },
  { field: 'birthday', zh: '生日', en: 'Birthday' },
  { field: 'phones', zh: '手机', en: 'Phone' },
  { field: 'email', zh: '邮箱', en: 'Email' },
  { field: 'address', zh: '地址', en: 'Address' },
  { field: 'idType', zh: '证件类型', en: 'ID type' },
  { field: 'idNumber', zh: '证件号码', en: 'ID number' },
  { field: 'cardType', zh: '卡类型', en: 'Card type' },
  { field: 'cardNumber', zh: '卡号', en: 'Card number' },
  { field: 'membershipStart', zh: '开卡日期', en: 'Start' },
  { field: 'membershipExpiry', zh: '到期日期', en: 'Expiry' },
  { field: 'membershipStatus', zh: '会籍状态', en: 'Status' },
  { field: 'creditGrade', zh: '信用等级', en: 'Credit grade' },
  { field: 'tags', zh: '标签', en: 'Tags' },
  { field: 'notes', zh: '备注', en: 'Notes' },
] as const;

export type SheetField = (typeof SHEET_COLUMNS)[number]['field'];

const norm = (s: string) => s.toLowerCase().replace(/[\s_()（）]/g, '');

/** Extra spellings people use in their own lists. */
const ALIASES: Record<string, SheetField> = {
  [norm('手机号')]: 'phones',
  [norm('电话')]: 'phones',
  [norm('联系电话')]: 'phones',
  [norm('phones')]: 'phones',
  [norm('身份证号')]: 'idNumber',
  [norm('身份证')]: 'idNumber',
  [norm('会员卡号')]: 'cardNumber',
  [norm('英文名')]: 'nameLatin',
  [norm('状态')]: 'membershipStatus',
  [norm('等级')]: 'creditGrade',
};

export function fieldForHeader(header: string): SheetField | null {
  const h = norm(header);
  const col = SHEET_COLUMNS.find(
    (c) => norm(c.zh) === h || norm(c.en) === h || norm(c.field) === h,
  );
  return col?.field ?? ALIASES[h] ?? null;
}

/** Words a sheet may use for coded values, both languages. */
export const VALUE_WORDS: Record<string, Record<string, string>> = {
  kind: {
    个人: 'person',
    person: 'person',
    机构: 'organisation',
    单位: 'organisation',
    企业: 'organisation',
    organisation: 'organisation',
    organization: 'organisation',
  },
  gender: {
    女: 'female',
    female: 'female',
    f: 'female',
    男: 'male',
    male: 'male',
    m: 'male',
    未知: 'unspecified',
    unspecified: 'unspecified',
  },
  idType: {
    身份证: 'prcId',
    居民身份证: 'prcId',
    prcid: 'prcId',
    护照: 'passport',
    passport: 'passport',
    其他: 'other',
    other: 'other',
  },
  membershipStatus: {
    正常: 'active',
    有效: 'active',
    active: 'active',
    冻结: 'frozen',
    frozen: 'frozen',
    过期: 'expired',
    已过期: 'expired',
    expired: 'expired',
    未缴费: 'unpaid',
    欠费: 'unpaid',
    unpaid: 'unpaid',
    禁止入场: 'banned',
    黑名单: 'banned',
    banned: 'banned',
  },
};

/** The Chinese word export writes for a coded value. */
export const EXPORT_WORDS: Record<string, Record<string, string>> = {
  kind: { person: '个人', organisation: '机构' },
  gender: { female: '女', male: '男', unspecified: '未知' },
  idType: { prcId: '身份证', passport: '护照', other: '其他' },
  membershipStatus: {
    active: '正常',
    frozen: '冻结',
    expired: '过期',
    unpaid: '未缴费',
    banned: '禁止入场',
  },
};
