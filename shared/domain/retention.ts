import { addMonths } from './time';

/**
 * Kinds of record kept only as long as they may be (PIPL; seed 001 保密制度). Each has its
 * own period in months, set by the admin; when it ends, the record's personal fields are
 * anonymised and its row, counts and times stay.
 */
export const RETENTION_KINDS = [
  'visitors',
  'callBacks',
  'queueTickets',
  'waivers',
  'blockList',
  'shiftLog',
  'complaints',
  'accessRecords',
  'handovers',
] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

/**
 * Defaults, in months, chosen for a front desk (why: docs/ARCHITECTURE.md, Retention). A
 * visitor not converted in half a year will not be; a call-back is done or dead in a quarter;
 * a complaint or an injury may be claimed for three years (PRC Civil Code §188).
 */
export const RETENTION_DEFAULTS: Record<RetentionKind, number> = {
  visitors: 6,
  callBacks: 3,
  queueTickets: 3,
  waivers: 24,
  blockList: 24,
  shiftLog: 12,
  complaints: 36,
  accessRecords: 36,
  handovers: 12,
};

/** Every period is at least a month (handovers: 交班记录要保存至少一个月) and at most ten years. */
export const RETENTION_MIN_MONTHS = 1;
export const RETENTION_MAX_MONTHS = 120;

/** The first day kept: records dated before it are due. */
export function retentionCutOff(today: string, months: number): string {
  return addMonths(today, -months);
}
