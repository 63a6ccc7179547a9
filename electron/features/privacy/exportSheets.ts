import { PERSON_DATA_KINDS, type PersonDataKind } from '../../../shared/contract/personDataViews';
import type { Db } from '../../db/types';
import type { SheetSpec } from '../../files/workbook';
import { personRecords } from './personRecords';
import type { Subject } from './subject';

/** Sheet names as a Chinese desk writes them (the client export's headers are Chinese too). */
const KIND_NAMES: Record<PersonDataKind, string> = {
  clientFile: '客户档案',
  checkIns: '到店记录',
  visitors: '访客登记',
  calls: '来电登记',
  messages: '留言',
  complaints: '投诉',
  incidents: '突发事件',
  waivers: '免责协议',
  queueTickets: '排队取号',
  blockList: '黑名单',
  followUps: '回访',
  logEntries: '交班日志',
  handovers: '交接本',
};

const FILE_FIELDS: [string, string][] = [
  ['name', '姓名'],
  ['name_latin', '拼音/外文名'],
  ['gender', '性别'],
  ['birthday', '生日'],
  ['phones', '电话'],
  ['email', '邮箱'],
  ['address', '地址'],
  ['id_number', '证件号码'],
  ['card_type', '卡类型'],
  ['card_number', '卡号'],
  ['membership_start', '会籍开始'],
  ['membership_expiry', '会籍到期'],
  ['membership_status', '会籍状态'],
  ['notes', '备注'],
];

function fileSheet(db: Db, clientId: string): SheetSpec {
  const row = db.prepare('SELECT * FROM clients WHERE id = ?').get(clientId) as Record<
    string,
    unknown
  >;
  const text = (v: unknown) =>
    v === null || v === undefined
      ? null
      : typeof v === 'string' && v.startsWith('[')
        ? (JSON.parse(v) as string[]).join('、')
        : String(v);
  return {
    name: KIND_NAMES.clientFile,
    columns: [
      { header: '项目', kind: 'text', width: 14 },
      { header: '内容', kind: 'text', width: 40 },
    ],
    rows: FILE_FIELDS.map(([col, label]) => [label, text(row[col])]),
  };
}

/**
 * The person's own data (个人信息复制): a summary of what is held per kind, their file's
 * fields, and one sheet per kind with each record's time, kind, reference and content.
 */
export function personSheets(db: Db, s: Subject): SheetSpec[] {
  const records = personRecords(db, s);
  const summary: SheetSpec = {
    name: '概要',
    columns: [
      { header: '类别', kind: 'text', width: 14 },
      { header: '数量', kind: 'integer', width: 8 },
    ],
    rows: PERSON_DATA_KINDS.map((k) => [KIND_NAMES[k], records[k].length]),
  };
  const sheets = [summary];
  if (s.clientId) sheets.push(fileSheet(db, s.clientId));
  for (const kind of PERSON_DATA_KINDS) {
    if (kind === 'clientFile' || records[kind].length === 0) continue;
    sheets.push({
      name: KIND_NAMES[kind],
      columns: [
        { header: '时间', kind: 'dateTime', width: 17 },
        { header: '类别', kind: 'text', width: 18 },
        { header: '编号', kind: 'text', width: 16 },
        { header: '内容', kind: 'text', width: 50 },
      ],
      rows: records[kind].map((r) => [r.at, r.label, r.ref, r.detail]),
    });
  }
  return sheets;
}
