import type { handoverEn } from './handover.en';

export const handoverZhCN: Record<keyof typeof handoverEn, string> = {
  'nav.handovers': '交接班',

  'audit.problem.anchor': '某行与已签交接班记录的链头不符：该交接后日志被改写',
  'audit.action.handover.prepare': '准备交班',
  'audit.action.handover.saveDraft': '保存交班草稿',
  'audit.action.handover.signOutgoing': '交班人签字',
  'audit.action.handover.receive': '接班人签字',
  'audit.action.handover.review': '审阅交接班',
  'audit.action.handover.correct': '更正交接班',
  'audit.action.handover.printDay': '打印当日交接班',
  'audit.action.handover.purgeExpired': '清除过期交接记录',
  'audit.action.audit.checkFingerprint': '核对打印指纹',
  'audit.action.print.savePdf': '保存为 PDF',
};
