import type { HqBranchFigures, HqReportView } from '../../shared/contract/hqViews';
import type { Language } from '../../shared/contract/views';
import type { SheetColumn, SheetSpec } from '../files/workbook';
// Until reports/index.ts exports reportSheets (asked for in requests-merge.md).
import { reportSheets } from '../features/reports';

/** The branches sheet's words in the head office's language (main writes the file). */
const ZH = {
  sheet: '分店',
  branch: '分店名称',
  siteId: '分店编号',
  daysReported: '已报天数',
  checkIns: '入场人次',
  visitors: '访客',
  cardsSold: '售卡张数',
  cardSales: '售卡金额',
  takings: '现金收入',
  variance: '现金差额',
  handoversExpected: '应交班',
  handoversSigned: '已交班',
  handoversMissing: '缺交班',
  handoversFlagged: '有异议交班',
  complaintsOpened: '新投诉',
} as const;

type HqWord = keyof typeof ZH;

const EN: Record<HqWord, string> = {
  sheet: 'Branches',
  branch: 'Branch',
  siteId: 'Site ID',
  daysReported: 'Days reported',
  checkIns: 'Check-ins',
  visitors: 'Visitors',
  cardsSold: 'Cards sold',
  cardSales: 'Card sales',
  takings: 'Cash takings',
  variance: 'Cash variance',
  handoversExpected: 'Handovers due',
  handoversSigned: 'Handovers signed',
  handoversMissing: 'Handovers missing',
  handoversFlagged: 'Handovers flagged',
  complaintsOpened: 'Complaints received',
};

type Cell = string | number | null;

/**
 * One column per figure a branch is compared by. Money stays integer cents in the spec, as
 * reportSheets writes it: the workbook's money cells show it as yuan (¥ 1,234.50).
 */
const COLUMNS: [HqWord, SheetColumn['kind'], (b: HqBranchFigures) => Cell][] = [
  ['branch', 'text', (b) => b.name],
  ['siteId', 'text', (b) => b.siteId],
  ['daysReported', 'integer', (b) => b.daysReported],
  ['checkIns', 'integer', (b) => b.figures.checkIns.gender.total],
  ['visitors', 'integer', (b) => b.figures.visitors.total],
  ['cardsSold', 'integer', (b) => b.figures.cardsSold.count],
  ['cardSales', 'money', (b) => b.figures.cardsSold.cents],
  ['takings', 'money', (b) => b.figures.cash.takingsCents],
  ['variance', 'money', (b) => b.figures.cash.varianceCents],
  ['handoversExpected', 'integer', (b) => b.figures.handovers.expected],
  ['handoversSigned', 'integer', (b) => b.figures.handovers.signed],
  ['handoversMissing', 'integer', (b) => b.figures.handovers.missing],
  ['handoversFlagged', 'integer', (b) => b.figures.handovers.flagged],
  ['complaintsOpened', 'integer', (b) => b.figures.complaints.opened],
];

function branchesSheet(view: HqReportView, language: Language): SheetSpec {
  const w = language === 'en' ? EN : ZH;
  return {
    name: w.sheet,
    columns: COLUMNS.map(([word, kind]) => ({ header: w[word], kind })),
    rows: view.branches.map((b) => COLUMNS.map(([, , pick]) => pick(b))),
  };
}

/** 跨店报表 as a workbook: the branch report's own sheets of the chain, then one row per branch. */
export function hqReportSheets(view: HqReportView, language: Language): SheetSpec[] {
  return [...reportSheets(view, language), branchesSheet(view, language)];
}
